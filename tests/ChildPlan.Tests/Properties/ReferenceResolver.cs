using ChildPlan.Indicators;
using NodaTime;

namespace ChildPlan.Tests.Properties;

/// <summary>
/// The roll-up as it was first written (recursive LINQ over the hierarchy's public queries, one dictionary entry per row):
/// the reference the indexed roll-up of <see cref="ActualResolver"/> must agree with, result for result.
/// </summary>
internal sealed class ReferenceResolver
{
    private readonly AdministrativeHierarchy hierarchy;
    private readonly Dictionary<(string Indicator, string? Measure, string Unit, LocalDate? From, int Year), Observation> index = [];

    public ReferenceResolver(Plan plan, IEnumerable<Observation> observations, AdministrativeHierarchy hierarchy)
    {
        this.hierarchy = hierarchy;
        foreach (var o in observations)
        {
            var code = ActualResolver.UnitOf(plan, o);
            index[(o.IndicatorId, o.MeasureId, code, hierarchy.InYear(code, o.Year)?.ValidFrom, o.Year)] = o;
        }
    }

    public IEnumerable<int> YearsWithData(Indicator indicator, Measure measure) =>
        index.Keys.Where(k => k.Indicator == indicator.Id && k.Measure == measure.Id).Select(k => k.Year).Distinct();

    public ActualResolution Resolve(Indicator indicator, Measure measure, AdministrativeUnit unit, int year)
    {
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
            return new ActualResolution(parts[0] with { CarriedOver = true, Coverage = coverage }, null);
        }

        if (valueOnly.Count > 0)
        {
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
        return new Actual { Value = computed ?? o.Value ?? 0, Numerator = o.Numerator, Denominator = o.Denominator, Observations = [o] };
    }
}
