using NodaTime;

namespace ChildPlan;

/// <summary>
/// An agency that was dissolved, merged or renamed: from <see cref="Effective"/> the duties a plan gave it
/// belong to <see cref="SuccessorName"/>, or to nobody named when <see cref="SuccessorName"/> is <see langword="null"/>.
/// Plans themselves are never rewritten; reports name the successor and quote the plan's assignment.
/// </summary>
public sealed record AgencyChange
{
    /// <summary>The plans whose agency this is (an agency id is only meaningful inside a plan).</summary>
    public required IReadOnlyList<string> PlanIds { get; init; }

    /// <summary>The agency's id in those plans.</summary>
    public required string AgencyId { get; init; }

    /// <summary>The first day under the new arrangement.</summary>
    public required LocalDate Effective { get; init; }

    /// <summary>The successor's name, or <see langword="null"/> when the agency ended without one.</summary>
    public string? SuccessorName { get; init; }

    /// <summary>The successor's id in the plan, where the plan already names it (<c>so-y-te</c>).</summary>
    public string? SuccessorId { get; init; }

    /// <summary>The legal basis (<c>Nghị định 45/2025/NĐ-CP</c>).</summary>
    public required string Basis { get; init; }

    /// <summary>What moved where, in words.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// Whether the succession was checked against the instrument cited in <see cref="Basis"/> (default <see langword="true"/>);
    /// <see langword="false"/> records one that could not be confirmed, which reports then say instead of asserting it.
    /// </summary>
    public bool Confirmed { get; init; } = true;
}
