namespace ChildPlan.Indicators;

/// <summary>
/// Evaluates a plan against observations: validates them, resolves the actual of each measure and
/// year (rolling up the hierarchy), and judges it against the target of that year.
/// </summary>
public static class PlanEvaluator
{
    /// <summary>Evaluates <paramref name="plan"/>.</summary>
    /// <exception cref="ChildPlanInputException">
    /// The year (problem at <c>year</c>) is neither one of the plan's years nor a baseline year, the unit (at <c>unit</c>)
    /// is unknown, or the observations do not fit the plan; nothing is evaluated.
    /// </exception>
    public static PlanEvaluation Evaluate(Plan plan, IReadOnlyCollection<Observation> observations, AdministrativeHierarchy? hierarchy = null, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(observations);
        hierarchy ??= AdministrativeHierarchy.Empty;
        options ??= new EvaluationOptions();
        if (options.Year is { } requestedYear && !plan.Years.Contains(requestedYear) && !plan.Indicators.SelectMany(i => i.Measures).Any(m => m.Baseline?.Year == requestedYear))
        {
            throw PlanValidator.YearOutside(plan, requestedYear);
        }

        ObservationValidator.ThrowIfInvalid(plan, observations, hierarchy);

        var unit = options.UnitCode ?? plan.AreaCode ?? string.Empty;
        if (options.UnitCode is { } requested && requested != plan.AreaCode && hierarchy.Find(requested) is null)
        {
            throw new ChildPlanInputException("unit", $"unknown administrative unit '{requested}'.");
        }

        var resolver = new ActualResolver(plan, observations, hierarchy);
        var results = new List<IndicatorResult>();
        foreach (var indicator in plan.Indicators)
        {
            foreach (var measure in indicator.Measures)
            {
                var years = options.Year is { } only
                    ? [only]
                    : measure.MilestoneYears.Concat(resolver.YearsWithData(indicator, measure)).Distinct().Order().ToList();
                foreach (var year in years)
                {
                    var actual = resolver.Resolve(indicator, measure, unit, year);
                    results.Add(new IndicatorResult
                    {
                        Indicator = indicator,
                        Measure = measure,
                        Year = year,
                        UnitCode = unit,
                        Actual = actual,
                        Judgement = TargetJudge.Judge(measure, year, actual?.Value),
                        Recorded = unit == plan.AreaCode ? indicator.Assessments.FirstOrDefault(a => a.Year == year) : null,
                    });
                }
            }
        }

        return new PlanEvaluation(plan, unit, results) { Year = options.Year };
    }
}
