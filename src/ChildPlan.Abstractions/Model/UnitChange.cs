using NodaTime;

namespace ChildPlan;

/// <summary>
/// An administrative unit that ended, was renamed or merged: from <see cref="Effective"/> its data and
/// responsibilities belong to <see cref="Successor"/> (which may keep the same code, as a renamed unit does).
/// </summary>
public sealed record UnitChange
{
    /// <summary>Code of the unit that changed.</summary>
    public required string Code { get; init; }

    /// <summary>The first day under the new arrangement (the unit's validity ends the day before).</summary>
    public required LocalDate Effective { get; init; }

    /// <summary>The unit that takes over.</summary>
    public required AdministrativeUnit Successor { get; init; }

    /// <summary>The legal basis (<c>Nghị quyết 202/2025/QH15</c>).</summary>
    public required string Basis { get; init; }

    /// <summary>What changed, in words.</summary>
    public string? Note { get; init; }
}
