namespace ChildPlan.Indicators;

/// <summary>What to evaluate.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Only this year (one of the plan's years or a baseline year); by default every milestone year and every year with data.</summary>
    public int? Year { get; init; }

    /// <summary>The administrative unit to evaluate; by default the plan's own area.</summary>
    public string? UnitCode { get; init; }
}

/// <summary>The evaluation of one measure of one indicator in one year.</summary>
public sealed record IndicatorResult
{
    /// <summary>The indicator.</summary>
    public required Indicator Indicator { get; init; }

    /// <summary>The measure.</summary>
    public required Measure Measure { get; init; }

    /// <summary>The year.</summary>
    public required int Year { get; init; }

    /// <summary>The administrative unit evaluated.</summary>
    public required string UnitCode { get; init; }

    /// <summary>The actual, if there is one.</summary>
    public Actual? Actual { get; init; }

    /// <summary>The judgement.</summary>
    public required Judgement Judgement { get; init; }

    /// <summary>The status (shortcut for <see cref="Judgement"/>).</summary>
    public AchievementStatus Status => Judgement.Status;

    /// <summary>The verdict the source document records for this indicator and year, if any.</summary>
    public RecordedAssessment? Recorded { get; init; }

    /// <summary>The indicator id with the measure id (<c>CT15/tai-nan</c>) or alone.</summary>
    public string Key => Measure.Id is null ? Indicator.Id : $"{Indicator.Id}/{Measure.Id}";
}

/// <summary>The evaluation of a plan for one administrative unit.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="UnitCode">The unit evaluated.</param>
/// <param name="Results">One result per measure and year, in plan order then year.</param>
public sealed record PlanEvaluation(Plan Plan, string UnitCode, IReadOnlyList<IndicatorResult> Results)
{
    /// <summary>The one year evaluated (<see cref="EvaluationOptions.Year"/>), or <see langword="null"/> when every year was.</summary>
    public int? Year { get; init; }
}

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
            throw new ChildPlanInputException("year", $"{requestedYear} is outside the years of plan '{plan.Id}' ({plan.Years}).");
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
