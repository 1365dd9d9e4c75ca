using NodaTime;

namespace ChildPlan.Indicators;

/// <summary>
/// Finds the actual value of a measure for a unit and year, rolling up the hierarchy where needed. Each observation's
/// code is read on its year's own map (<see cref="AdministrativeHierarchy.InYear"/>); a unit that existed in the year
/// is rolled up from its units as they were then, and a unit formed later is carried over from the old units it was
/// formed from when each went into it in full.
/// </summary>
public sealed class ActualResolver
{
    private readonly Plan plan;
    private readonly AdministrativeHierarchy hierarchy;
    private readonly Dictionary<(string Indicator, string? Measure, string Unit, LocalDate? From, int Year), Observation> index;

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
            var code = UnitOf(plan, o);
            index[(o.IndicatorId, o.MeasureId, code, this.hierarchy.InYear(code, o.Year)?.ValidFrom, o.Year)] = o;
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
    /// The actual for the unit <paramref name="unitCode"/> stands for in <paramref name="year"/> (on the year's own map), or
    /// <see langword="null"/> when neither the unit nor any unit below it reports a value that can be combined.
    /// </summary>
    public Actual? Resolve(Indicator indicator, Measure measure, string unitCode, int year)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        return Resolve(indicator, measure, hierarchy.InYear(unitCode, year) ?? Unknown(unitCode), year).Actual;
    }

    /// <summary>
    /// The actual for <paramref name="unit"/> (a unit of any map) in <paramref name="year"/>: its own observation, or the
    /// roll-up of its units as they were in the year when it existed then; when it was formed later, the sum of the old units
    /// it was formed from, or no value with a reason when one of them was split.
    /// </summary>
    public ActualResolution Resolve(Indicator indicator, Measure measure, AdministrativeUnit unit, int year)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(unit);
        var (first, last) = (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        if (unit.IsValidBetween(first, last))
        {
            if (index.TryGetValue((indicator.Id, measure.Id, unit.Code, unit.ValidFrom, year), out var own))
            {
                return new ActualResolution(FromObservation(measure, own), null);
            }

            var asOf = unit.ValidTo is { } end && end < last ? end : last;
            var onMap = hierarchy.ChildrenOn(unit.Code, asOf).Select(p => (Unit: p, Ended: false));
            var ended = hierarchy.EndedInto(unit, year).Select(p => (Unit: p, Ended: true));
            var parts = onMap.Concat(ended).Select(p => (p.Unit, p.Ended, Resolution: Resolve(indicator, measure, p.Unit, year))).ToList();
            // An ended unit counts towards the total only when it reports: the units on the map are what the value stands on.
            var total = parts.Count(p => !p.Ended || p.Resolution.Actual is not null);
            return Combine(measure, unit, [.. parts.Select(p => (p.Unit, p.Resolution))], total, carried: false);
        }

        if (unit.ValidFrom is { } start && start > last)
        {
            var predecessors = hierarchy.PredecessorsOf(unit);
            if (predecessors.Count == 0)
            {
                return new ActualResolution(null, new NoValueReason(NoValueReasonKind.FormedLater, unit, []));
            }

            var split = predecessors.Where(p => p.Share == UnitShare.Partial).Select(p => p.Unit).ToList();
            if (split.Count > 0)
            {
                return new ActualResolution(null, new NoValueReason(NoValueReasonKind.SplitPredecessor, unit, split));
            }

            var resolutions = predecessors.Select(p => (p.Unit, Resolution: Resolve(indicator, measure, p.Unit, year))).ToList();
            return resolutions.FirstOrDefault(r => r.Resolution.Reason is { Kind: not NoValueReasonKind.RateWithoutCounts }) is { Resolution.Reason: { } inner }
                ? new ActualResolution(null, inner)
                : Combine(measure, unit, resolutions, resolutions.Count, carried: true);
        }

        return new ActualResolution(null, new NoValueReason(NoValueReasonKind.EndedBefore, unit, []));
    }

    /// <summary>A unit the hierarchy does not know (the plan's own area without units), valid at all times.</summary>
    internal static AdministrativeUnit Unknown(string code) => new(code, code, AdministrativeLevel.Province, null);

    /// <summary>
    /// Combines the values of <paramref name="resolved"/> (the units a value stands on, each with its own resolution) into
    /// the value of <paramref name="unit"/>. A rate needs every part's numerator and denominator: when a part gave only a
    /// value, or has none because a unit below it did, there is no value and the reason names the units that gave a value only.
    /// </summary>
    private static ActualResolution Combine(Measure measure, AdministrativeUnit unit, List<(AdministrativeUnit Unit, ActualResolution Resolution)> resolved, int total, bool carried)
    {
        var valueOnly = resolved
            .SelectMany(r => r.Resolution switch
            {
                _ when !measure.Unit.IsRate() => (IReadOnlyList<AdministrativeUnit>)[],
                { Actual: { Numerator: null } or { Denominator: null } } => [r.Unit],
                { Reason: { Kind: NoValueReasonKind.RateWithoutCounts } inner } => inner.Blocking,
                _ => [],
            })
            .Distinct()
            .ToList();
        var parts = resolved.Select(r => r.Resolution.Actual).OfType<Actual>().ToList();
        if (parts.Count == 0 && valueOnly.Count == 0)
        {
            return new ActualResolution(null, null);
        }

        var coverage = new UnitCoverage(parts.Count, total);
        if (carried && resolved.Count == 1 && parts.Count == 1)
        {
            // The same area under a new unit (a rename, a province becoming a city): its value, whatever its form, carries.
            return new ActualResolution(parts[0] with { CarriedOver = true, Coverage = coverage }, null);
        }

        if (valueOnly.Count > 0)
        {
            // A rate given only as a value cannot be combined: a province is never the mean of its communes.
            return new ActualResolution(null, new NoValueReason(NoValueReasonKind.RateWithoutCounts, unit, valueOnly));
        }

        var observations = parts.SelectMany(p => p.Observations).ToList();
        if (measure.Unit.IsRate())
        {
            var numerator = parts.Sum(p => p.Numerator!.Value);
            var denominator = parts.Sum(p => p.Denominator!.Value);
            return new ActualResolution(
                denominator == 0
                    ? null
                    : new Actual { Value = Rates.Compute(measure.Unit, numerator, denominator), Numerator = numerator, Denominator = denominator, RolledUp = true, CarriedOver = carried, Coverage = coverage, Observations = observations },
                null);
        }

        return new ActualResolution(
            measure.Unit == IndicatorUnit.Count
                ? new Actual { Value = parts.Sum(p => p.Value), RolledUp = true, CarriedOver = carried, Coverage = coverage, Observations = observations }
                : null,
            null);
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
}
