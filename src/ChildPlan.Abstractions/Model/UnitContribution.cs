namespace ChildPlan;

/// <summary>An old unit that went, wholly or in part, into the unit a <see cref="UnitChange"/> forms.</summary>
/// <param name="Code">The old unit's code, as it was the day before the change (it may be reused by the new unit).</param>
/// <param name="Share">Whether the whole old unit went in, or only part of it.</param>
public sealed record UnitContribution(string Code, UnitShare Share);
