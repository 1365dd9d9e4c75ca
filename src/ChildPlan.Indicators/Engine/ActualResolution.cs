namespace ChildPlan.Indicators;

/// <summary>The actual of a measure for a unit and year, or why there is none.</summary>
/// <param name="Actual">The actual, or <see langword="null"/>.</param>
/// <param name="Reason">Why there is no actual although the map could give one (a split predecessor); <see langword="null"/> when there is an actual or simply no data.</param>
public sealed record ActualResolution(Actual? Actual, NoValueReason? Reason);
