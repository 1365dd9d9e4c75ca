namespace ChildPlan.Indicators;

/// <summary>The evaluation of a plan for one administrative unit.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="UnitCode">The unit evaluated.</param>
/// <param name="Results">One result per measure and year, in plan order then year.</param>
public sealed record PlanEvaluation(Plan Plan, string UnitCode, IReadOnlyList<IndicatorResult> Results)
{
    /// <summary>The one year evaluated (<see cref="EvaluationOptions.Year"/>), or <see langword="null"/> when every year was.</summary>
    public int? Year { get; init; }
}
