namespace ChildPlan.Indicators;

/// <summary>How many of the units a rolled-up or carried-over value stands on gave a value.</summary>
/// <param name="Reporting">The units with a value (reported, or rolled up from their own units).</param>
/// <param name="Total">
/// The units the value stands on: the unit's units on the map of the year (its children then, and those units that ended
/// into it that year which report: a district that ended on 30 June counts only when it gave data), or, for a value
/// carried onto a later map, the old units it was formed from.
/// </param>
public sealed record UnitCoverage(int Reporting, int Total);
