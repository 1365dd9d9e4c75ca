namespace ChildPlan.Indicators;

/// <summary>The evaluation of a plan for one administrative unit.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="UnitCode">The unit evaluated.</param>
/// <param name="Results">One result per measure and year, in plan order then year.</param>
public sealed record PlanEvaluation(Plan Plan, string UnitCode, IReadOnlyList<IndicatorResult> Results)
{
    /// <summary>The one year evaluated (<see cref="EvaluationOptions.Year"/>), or <see langword="null"/> when every year was.</summary>
    public int? Year { get; init; }

    /// <summary>
    /// For an evaluation of one year, the unit evaluated as it is on <see cref="Geography"/>, where the hierarchy knows it (what each
    /// result's <see cref="IndicatorResult.Unit"/> is, and known also for a plan without indicators); otherwise <see langword="null"/>.
    /// </summary>
    public AdministrativeUnit? Unit { get; init; }

    /// <summary>For an evaluation of one year, the date of the map its results are shown on; otherwise <see langword="null"/>.</summary>
    public NodaTime.LocalDate? Geography { get; init; }
}
