using NodaTime;

namespace ChildPlan;

/// <summary>
/// A change of administrative units: from <see cref="Effective"/> the units in <see cref="From"/> (as they were the day
/// before) are, wholly or in part, <see cref="Successor"/>. The successor may be a new unit (valid from
/// <see cref="Effective"/>, perhaps reusing one old unit's code, as every 2025 commune does), the old unit renamed
/// (same code, new name), or a unit that continues and absorbs others (a province absorbing its ended districts).
/// </summary>
public sealed record UnitChange
{
    /// <summary>The old units and how much of each went into <see cref="Successor"/>; at least one.</summary>
    public required IReadOnlyList<UnitContribution> From { get; init; }

    /// <summary>The first day under the new arrangement (the old units' validity ends the day before).</summary>
    public required LocalDate Effective { get; init; }

    /// <summary>The unit that takes over.</summary>
    public required AdministrativeUnit Successor { get; init; }

    /// <summary>The legal basis (<c>Nghị quyết 1661/NQ-UBTVQH15</c>).</summary>
    public required string Basis { get; init; }

    /// <summary>The clause of <see cref="Basis"/> the change rests on, quoted (<c>44. Sắp xếp toàn bộ …</c>).</summary>
    public string? Clause { get; init; }

    /// <summary>What changed, in words.</summary>
    public string? Note { get; init; }

    /// <summary>Where the change was read from (<c>changes.json: $.units[3]</c>), for error messages.</summary>
    public string? Location { get; init; }

    /// <summary>Whether every old unit went into <see cref="Successor"/> in full (so their data can be carried into it).</summary>
    public bool IsWhole => From.All(f => f.Share == UnitShare.Full);
}
