namespace ChildPlan.Indicators;

/// <summary>The judgement of one measure in one year.</summary>
/// <param name="Status">The status.</param>
/// <param name="Target">The target of the year, if there is one.</param>
/// <param name="Expected">In a year without a target, the value on the straight line from the baseline (or the previous milestone) to the next target.</param>
/// <param name="Progress">The fraction of the way from the baseline to the target covered by the actual (1 = target reached), where a baseline is known.</param>
public sealed record Judgement(AchievementStatus Status, Target? Target, decimal? Expected, decimal? Progress);
