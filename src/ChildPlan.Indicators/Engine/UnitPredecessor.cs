namespace ChildPlan.Indicators;

/// <summary>An old unit a unit was formed from, as it was the day before the change, with how much of it went in.</summary>
/// <param name="Unit">The old unit.</param>
/// <param name="Share">Whether the whole old unit went in, or only part of it (it was split).</param>
public sealed record UnitPredecessor(AdministrativeUnit Unit, UnitShare Share);
