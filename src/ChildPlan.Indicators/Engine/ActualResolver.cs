namespace ChildPlan.Indicators;

/// <summary>Finds the actual value of a measure for a unit and year, rolling up the hierarchy where needed.</summary>
public sealed class ActualResolver
{
    private readonly Plan plan;
    private readonly AdministrativeHierarchy hierarchy;
    private readonly Dictionary<(string Indicator, string? Measure, string Unit, int Year), Observation> index;

    /// <summary>Indexes <paramref name="observations"/> (which must have passed <see cref="ObservationValidator"/>).</summary>
    public ActualResolver(Plan plan, IEnumerable<Observation> observations, AdministrativeHierarchy hierarchy)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(observations);
        this.plan = plan;
        this.hierarchy = hierarchy ?? AdministrativeHierarchy.Empty;
        index = [];
        foreach (var o in observations)
        {
            index[Key(plan, o)] = o;
        }
    }

    /// <summary>The code an observation's unit stands for: its own, or the plan's area when empty.</summary>
    public static string UnitOf(Plan plan, Observation observation)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(observation);
        return observation.UnitCode ?? plan.AreaCode ?? string.Empty;
    }

    /// <summary>The years for which any unit reports the measure.</summary>
    public IEnumerable<int> YearsWithData(Indicator indicator, Measure measure)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(measure);
        return index.Keys.Where(k => k.Indicator == indicator.Id && k.Measure == measure.Id).Select(k => k.Year).Distinct();
    }

    /// <summary>
    /// The actual for <paramref name="unitCode"/> in <paramref name="year"/>, or <see langword="null"/>
    /// when neither the unit nor any unit below it reports a value that can be combined.
    /// </summary>
    public Actual? Resolve(Indicator indicator, Measure measure, string unitCode, int year)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(measure);
        if (index.TryGetValue((indicator.Id, measure.Id, unitCode, year), out var own))
        {
            return FromObservation(measure, own);
        }

        var parts = hierarchy.ChildrenOf(unitCode)
            .Select(child => Resolve(indicator, measure, child.Code, year))
            .OfType<Actual>()
            .ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        var observations = parts.SelectMany(p => p.Observations).ToList();
        if (measure.Unit.IsRate())
        {
            if (parts.Any(p => p.Numerator is null || p.Denominator is null))
            {
                // A rate given only as a value cannot be combined: a province is never the mean of its communes.
                return null;
            }

            var numerator = parts.Sum(p => p.Numerator!.Value);
            var denominator = parts.Sum(p => p.Denominator!.Value);
            return denominator == 0
                ? null
                : new Actual { Value = Rates.Compute(measure.Unit, numerator, denominator), Numerator = numerator, Denominator = denominator, RolledUp = true, Observations = observations };
        }

        return measure.Unit == IndicatorUnit.Count
            ? new Actual { Value = parts.Sum(p => p.Value), RolledUp = true, Observations = observations }
            : null;
    }

    private static Actual FromObservation(Measure measure, Observation o)
    {
        var computed = o is { Numerator: { } n, Denominator: { } d } && d != 0 && measure.Unit.IsRate()
            ? Rates.Compute(measure.Unit, n, d)
            : (decimal?)null;
        return new Actual
        {
            Value = computed ?? o.Value ?? 0,
            Numerator = o.Numerator,
            Denominator = o.Denominator,
            Observations = [o],
        };
    }

    private static (string, string?, string, int) Key(Plan plan, Observation o) => (o.IndicatorId, o.MeasureId, UnitOf(plan, o), o.Year);
}
