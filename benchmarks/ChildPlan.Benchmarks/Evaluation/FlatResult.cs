namespace ChildPlan.Benchmarks.Evaluation;

/// <summary>One evaluated measure and year as both the library and the flat loop give it, for comparing the two.</summary>
/// <param name="Key">The indicator id with the measure id.</param>
/// <param name="Year">The year.</param>
/// <param name="Value">The actual value, if any.</param>
/// <param name="Numerator">The summed numerator of a rate.</param>
/// <param name="Denominator">The summed denominator of a rate.</param>
/// <param name="Status">The judgement.</param>
public readonly record struct FlatResult(string Key, int Year, decimal? Value, decimal? Numerator, decimal? Denominator, AchievementStatus Status);
