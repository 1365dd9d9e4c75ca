using NodaTime;

namespace ChildPlan.Indicators;

/// <summary>
/// Evaluates a plan against observations: validates them, resolves the actual of each measure and
/// year (rolling up the hierarchy), and judges it against the target of that year.
/// </summary>
public static class PlanEvaluator
{
    /// <summary>
    /// The unit shown for <paramref name="code"/> in <paramref name="year"/> and the date of the map it is shown on: the unit
    /// holding the code on the map (by default 31 December of the year; without a map, also the last unit holding it during
    /// the year), else the unit of its own level it went into in full by then (Hải Dương into Hải Phòng); <see langword="null"/>
/// when neither. A district that ended into its province did not become the province (whose value includes other districts):
/// it is not on a later map.
    /// </summary>
    private static (AdministrativeUnit? Unit, LocalDate Map) Target(AdministrativeHierarchy hierarchy, string code, int year, LocalDate? geography)
    {
        var map = geography ?? new LocalDate(year, 12, 31);
        if (hierarchy.Find(code) is null)
        {
            return (ActualResolver.Unknown(code), map);
        }

        var unit = hierarchy.Find(code, map)
            ?? (geography is null ? hierarchy.InYear(code, year) : null)
            ?? (hierarchy.Changes.UnitOn(code, map) is { } change && hierarchy.Find(change.Successor.Code, map) is { } successor
                && successor.Level == hierarchy.Find(code)!.Level ? successor : null);
        return (unit, map);
    }

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

        var index = ObservationValidator.IndexValid(plan, observations, hierarchy);

        var unit = options.UnitCode ?? plan.AreaCode ?? string.Empty;
        if (options.UnitCode is { } requested && requested != plan.AreaCode && hierarchy.Find(requested) is null)
        {
            throw new ChildPlanInputException("unit", $"unknown administrative unit '{requested}'.");
        }

        var resolver = new ActualResolver(index, hierarchy);
        var results = new List<IndicatorResult>();
        var targets = new Dictionary<int, (AdministrativeUnit? Unit, LocalDate Map)>();
        (AdministrativeUnit? Unit, LocalDate Map) TargetIn(int year)
        {
            if (!targets.TryGetValue(year, out var target))
            {
                target = Target(hierarchy, unit, year, options.Geography);
                targets[year] = target;
            }

            return target;
        }

        // The unit as shown, where the hierarchy knows it (a plan's area outside any units file is only a code).
        AdministrativeUnit? Known(AdministrativeUnit? shown) => shown is not null && !hierarchy.IsEmpty && hierarchy.Find(shown.Code) is not null ? shown : null;
        foreach (var indicator in plan.Indicators)
        {
            foreach (var measure in indicator.Measures)
            {
                var slot = resolver.Slot(indicator, measure);
                var years = options.Year is { } only
                    ? [only]
                    : measure.MilestoneYears.Concat(resolver.YearsWithData(slot)).Distinct().Order().ToList();
                foreach (var year in years)
                {
                    var target = TargetIn(year);
                    var resolution = target.Unit is { } shown
                        ? resolver.Resolve(slot, measure, shown, year)
                        : new ActualResolution(null, new NoValueReason(NoValueReasonKind.NotOnMap, hierarchy.Find(unit)!, []));
                    var actual = resolution.Actual;
                    results.Add(new IndicatorResult
                    {
                        Indicator = indicator,
                        Measure = measure,
                        Year = year,
                        UnitCode = target.Unit?.Code ?? unit,
                        Unit = Known(target.Unit),
                        Geography = target.Map,
                        Reason = resolution.Reason,
                        Actual = actual,
                        Judgement = TargetJudge.Judge(measure, year, actual?.Value),
                        Recorded = unit == plan.AreaCode && target.Unit?.Code == unit ? indicator.Assessments.FirstOrDefault(a => a.Year == year) : null,
                    });
                }
            }
        }

        var evaluated = options.Year is { } one ? TargetIn(one) : ((AdministrativeUnit?)null, (LocalDate?)null);
        return new PlanEvaluation(plan, unit, results) { Year = options.Year, Unit = Known(evaluated.Item1), Geography = evaluated.Item2 };
    }
}
