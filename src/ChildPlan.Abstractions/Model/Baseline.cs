namespace ChildPlan;

/// <summary>A baseline: the value of a measure in a reference year.</summary>
/// <param name="Year">The reference year.</param>
/// <param name="Value">The value in the measure's unit.</param>
/// <param name="Source">Where the value is stated.</param>
public sealed record Baseline(int Year, decimal Value, SourceReference? Source);
