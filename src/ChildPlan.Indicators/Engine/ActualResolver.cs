using NodaTime;

namespace ChildPlan.Indicators;

/// <summary>
/// Finds the actual value of a measure for a unit and year, rolling up the hierarchy where needed. Each observation's
/// code is read on its year's own map (<see cref="AdministrativeHierarchy.InYear"/>); a unit that existed in the year
/// is rolled up from its units as they were then, and a unit formed later is carried over from the old units it was
/// formed from when each went into it in full.
/// </summary>
/// <remarks>
/// The observations are indexed once by measure, year and unit code (an array per measure and year), and a roll-up walks
/// the numbered hierarchy once, visiting each unit below the one asked for once, with sums kept on the stack: only the
/// value asked for becomes an <see cref="Actual"/>. The observations a rolled-up value rests on
/// (<see cref="Actual.Observations"/>) are gathered when first read, by the same walk.
/// </remarks>
public sealed class ActualResolver
{
    private readonly AdministrativeHierarchy hierarchy;
    private readonly HierarchyIndex units;
    private readonly ObservationIndex index;

    /// <summary>Indexes <paramref name="observations"/> (which must have passed <see cref="ObservationValidator"/>).</summary>
    /// <remarks>Of two observations for the same measure, unit and year, the later one is taken.</remarks>
    public ActualResolver(Plan plan, IEnumerable<Observation> observations, AdministrativeHierarchy hierarchy)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(observations);
        this.hierarchy = hierarchy ?? AdministrativeHierarchy.Empty;
        units = this.hierarchy.Index;
        index = new ObservationIndex(plan, units);
        foreach (var o in observations)
        {
            // An observation of an indicator or measure the plan does not have, or not naming the measure as the plan does,
            // is never asked for.
            var position = index.IndicatorPosition(o.IndicatorId);
            if (position < 0)
            {
                continue;
            }

            var indicator = plan.Indicators[position];
            var measure = ObservationIndex.MeasurePosition(indicator, o.MeasureId);
            if (measure >= 0 && ObservationIndex.IsFor(o, indicator.Measures[measure]))
            {
                index.Put(index.FirstSlot(position) + measure, o.Year, index.CodeId(UnitOf(plan, o)), o, replace: true);
            }
        }
    }

    /// <summary>Resolves over observations already checked and indexed (<see cref="ObservationValidator.IndexValid"/>).</summary>
    internal ActualResolver(ObservationIndex index, AdministrativeHierarchy hierarchy)
    {
        this.hierarchy = hierarchy;
        units = index.Units;
        this.index = index;
    }

    /// <summary>The code an observation's unit stands for: its own, or the plan's area when empty.</summary>
    public static string UnitOf(Plan plan, Observation observation)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(observation);
        return observation.UnitCode ?? plan.AreaCode ?? string.Empty;
    }

    /// <summary>The years for which any unit reports the measure, in the order they first appear.</summary>
    public IEnumerable<int> YearsWithData(Indicator indicator, Measure measure)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(measure);
        return YearsWithData(Slot(indicator, measure));
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
        return Resolve(Slot(indicator, measure), measure, unit, year);
    }

    /// <summary>The slot the observations of <paramref name="measure"/> are indexed under (-1 when the plan has no such measure).</summary>
    internal int Slot(Indicator indicator, Measure measure) => index.Slot(indicator, measure);

    /// <summary>The years with data of the measure in <paramref name="slot"/>.</summary>
    internal IReadOnlyList<int> YearsWithData(int slot) => index.YearsWithData(slot);

    /// <summary>The actual of the measure in <paramref name="slot"/> for <paramref name="unit"/> in <paramref name="year"/>.</summary>
    internal ActualResolution Resolve(int slot, Measure measure, AdministrativeUnit unit, int year)
    {
        var query = new Query(measure, year, index.Cells(slot, year));
        var id = units.IdOf(unit);
        var rolled = Resolve(query, id, unit, sink: null);
        if (!rolled.HasValue)
        {
            return new ActualResolution(null, rolled.Reason);
        }

        IReadOnlyList<Observation> observations = rolled.Own is { } own
            ? [own]
            : new GatheredObservations(() =>
            {
                var gathered = new List<Observation>();
                Resolve(query, id, unit, gathered);
                return gathered;
            });
        var actual = new Actual
        {
            Value = rolled.RateOfCounts ? Rates.Compute(measure.Unit, rolled.Numerator!.Value, rolled.Denominator!.Value) : rolled.Value,
            Numerator = rolled.Numerator,
            Denominator = rolled.Denominator,
            RolledUp = rolled.RolledUp,
            CarriedOver = rolled.CarriedOver,
            Coverage = rolled.HasCoverage ? new UnitCoverage(rolled.Reporting, rolled.Total) : null,
            Observations = observations,
        };
        return new ActualResolution(actual, null);
    }

    /// <summary>A unit the hierarchy does not know (the plan's own area without units), valid at all times.</summary>
    internal static AdministrativeUnit Unknown(string code) => new(code, code, AdministrativeLevel.Province, null);

    private static Rolled NoValue(NoValueReason reason) => new() { Reason = reason };

    private static Rolled FromObservation(in Query query, Observation o)
    {
        var fromCounts = o is { Numerator: not null, Denominator: { } d } && d != 0 && query.IsRate;
        return new Rolled
        {
            HasValue = true,
            RateOfCounts = fromCounts,
            Value = fromCounts ? 0 : o.Value ?? 0,
            Numerator = o.Numerator,
            Denominator = o.Denominator,
            Own = o,
        };
    }

    private static void Truncate(List<Observation>? sink, int mark)
    {
        if (sink is not null && sink.Count > mark)
        {
            sink.RemoveRange(mark, sink.Count - mark);
        }
    }

    /// <summary>
    /// Resolves <paramref name="self"/> (number <paramref name="id"/>, or -1 for a unit the hierarchy does not hold); with a
    /// <paramref name="sink"/>, adds the observations the value rests on (none when there is no value).
    /// </summary>
    private Rolled Resolve(in Query query, int id, AdministrativeUnit self, List<Observation>? sink) =>
        id >= 0 ? ResolveUnit(query, id, self, sink) : ResolveOther(query, self, sink);

    private Rolled ResolveUnit(in Query query, int id, AdministrativeUnit self, List<Observation>? sink)
    {
        var year = query.Year;
        if (units.IsValidIn(id, year))
        {
            // Below a unit of the year, every unit is one of the year too: without a row of the measure and year, no value and no reason.
            if (query.Cells is not { } cells)
            {
                return default;
            }

            var code = units.CodeOf[id];
            if (cells.Row(code) is { } own && ObservationIndex.IsFor(own, query.Measure) && units.InYear(code, year) == id)
            {
                sink?.Add(own);
                return FromObservation(query, own);
            }

            var mark = sink?.Count ?? 0;
            var asOf = Math.Min(units.ToDay[id], query.LastDay);
            var parts = default(Parts);
            AddChildren(ref parts, query, cells, code, asOf, sink);
            foreach (var ended in units.Absorbed[id])
            {
                if (units.ToYear[ended] == year)
                {
                    Add(ref parts, query, ended, ResolveUnit(query, ended, units.Units[ended], sink), ended: true);
                }
            }

            return Combine(query, self, ref parts, carried: false, sink, mark);
        }

        if (units.FromYear[id] > year)
        {
            return ResolveFormed(query, id, self, sink);
        }

        return NoValue(new NoValueReason(NoValueReasonKind.EndedBefore, self, []));
    }

    /// <summary>A unit formed after the year: the sum of the old units it was formed from, when each went into it in full.</summary>
    private Rolled ResolveFormed(in Query query, int id, AdministrativeUnit self, List<Observation>? sink)
    {
        var predecessors = units.Predecessors[id];
        if (predecessors.Length == 0)
        {
            return NoValue(new NoValueReason(NoValueReasonKind.FormedLater, self, []));
        }

        if (predecessors.Any(p => p.Share == UnitShare.Partial))
        {
            return NoValue(new NoValueReason(NoValueReasonKind.SplitPredecessor, self, [.. predecessors.Where(p => p.Share == UnitShare.Partial).Select(p => p.Unit)]));
        }

        var mark = sink?.Count ?? 0;
        var parts = default(Parts);
        var first = default(Rolled);
        NoValueReason? inner = null;
        foreach (var old in units.PredecessorIds[id])
        {
            var resolved = ResolveUnit(query, old, units.Units[old], sink);
            if (inner is null && resolved.Reason is { Kind: not NoValueReasonKind.RateWithoutCounts } reason)
            {
                inner = reason;
            }

            if (resolved.HasValue && parts.Actuals == 0)
            {
                first = resolved;
            }

            Add(ref parts, query, old, resolved, ended: false);
        }

        if (inner is not null)
        {
            Truncate(sink, mark);
            return NoValue(inner);
        }

        if (parts.Count == 1 && parts.Actuals == 1)
        {
            // The same area under a new unit (a rename, a province becoming a city): its value, whatever its form, carries.
            first.CarriedOver = true;
            first.HasCoverage = true;
            (first.Reporting, first.Total) = (1, parts.Count);
            return first;
        }

        return Combine(query, self, ref parts, carried: true, sink, mark);
    }

    /// <summary>A unit the hierarchy does not hold (the plan's area outside the units file): its own row, or the units below its code.</summary>
    private Rolled ResolveOther(in Query query, AdministrativeUnit unit, List<Observation>? sink)
    {
        var year = query.Year;
        var last = new LocalDate(year, 12, 31);
        if (unit.IsValidBetween(new LocalDate(year, 1, 1), last))
        {
            if (query.Cells is not { } cells)
            {
                return default;
            }

            var code = index.KnownCodeId(unit.Code);
            if (cells.Row(code) is { } own && ObservationIndex.IsFor(own, query.Measure))
            {
                var held = units.InYear(code, year);
                if ((held < 0 ? null : units.Units[held].ValidFrom) == unit.ValidFrom)
                {
                    sink?.Add(own);
                    return FromObservation(query, own);
                }
            }

            var mark = sink?.Count ?? 0;
            var asOf = unit.ValidTo is { } end && end < last ? HierarchyIndex.Day(end) : query.LastDay;
            var parts = default(Parts);
            if (code >= 0 && code < units.CodeCount)
            {
                AddChildren(ref parts, query, cells, code, asOf, sink);
            }

            return Combine(query, unit, ref parts, carried: false, sink, mark);
        }

        // Not one of the hierarchy's units, so formed by no recorded change.
        return unit.ValidFrom is { } start && start > last
            ? NoValue(new NoValueReason(NoValueReasonKind.FormedLater, unit, []))
            : NoValue(new NoValueReason(NoValueReasonKind.EndedBefore, unit, []));
    }

    /// <summary>Counts the units below code <paramref name="code"/> on the day numbered <paramref name="asOf"/>.</summary>
    private void AddChildren(ref Parts parts, in Query query, YearCells cells, int code, int asOf, List<Observation>? sink)
    {
        var row = cells.Cells;
        var compact = cells.IsRate == query.IsRate;
        foreach (var child in units.ChildrenOf[code])
        {
            if (!units.IsValidOn(child, asOf))
            {
                continue;
            }

            if (!units.IsLeaf[child] || !compact)
            {
                Add(ref parts, query, child, ResolveUnit(query, child, units.Units[child], sink), ended: false);
                continue;
            }

            // A unit with no unit below it or ended into it (a commune): its own row, or nothing; what ResolveUnit gives, added
            // from the arrays. Its own row is one read on the unit (no later unit holding its code began in the year).
            parts.Count++;
            parts.Total++;
            var childCode = units.CodeOf[child];
            if (childCode < row.Length && row[childCode].Kind is var kind and not YearCells.None && units.NextFromYear[child] > query.Year)
            {
                ref readonly var cell = ref row[childCode];
                sink?.Add(cell.Row!);
                parts.Actuals++;
                switch (kind)
                {
                    case YearCells.Counts:
                        parts.Numerator += cell.First;
                        parts.Denominator += cell.Second;
                        break;
                    case YearCells.ValueOnly:
                        (parts.ValueOnly ??= []).Add(units.Units[child]);
                        break;
                    default:
                        parts.Sum += cell.First;
                        break;
                }
            }
        }
    }

    /// <summary>Counts one of the units a value stands on (<paramref name="ended"/>: one that ended into it, counted only when it reports).</summary>
    private void Add(ref Parts parts, in Query query, int unit, in Rolled resolved, bool ended)
    {
        parts.Count++;
        if (!ended || resolved.HasValue)
        {
            parts.Total++;
        }

        if (query.IsRate)
        {
            if (resolved.HasValue && (resolved.Numerator is null || resolved.Denominator is null))
            {
                (parts.ValueOnly ??= []).Add(units.Units[unit]);
            }
            else if (resolved.Reason is { Kind: NoValueReasonKind.RateWithoutCounts } inner)
            {
                (parts.ValueOnly ??= []).AddRange(inner.Blocking);
            }
        }

        if (resolved.HasValue)
        {
            parts.Actuals++;
            if (query.IsRate)
            {
                // Summed in the order of the parts; only used when every part has both (otherwise the value-only parts block it).
                parts.Numerator += resolved.Numerator ?? 0;
                parts.Denominator += resolved.Denominator ?? 0;
            }
            else
            {
                parts.Sum += resolved.Value;
            }
        }
    }

    /// <summary>
    /// Combines the values of the units a value stands on into the value of <paramref name="unit"/>. A rate needs every part's
    /// numerator and denominator: when a part gave only a value, or has none because a unit below it did, there is no value
    /// and the reason names the units that gave a value only.
    /// </summary>
    private static Rolled Combine(in Query query, AdministrativeUnit unit, ref Parts parts, bool carried, List<Observation>? sink, int mark)
    {
        var valueOnly = parts.ValueOnly is { Count: > 0 } list ? list : null;
        if (parts.Actuals == 0 && valueOnly is null)
        {
            return default;
        }

        // (A value carried from a single old unit that has one was carried as it is, before this: ResolveFormed.)
        var total = carried ? parts.Count : parts.Total;
        if (valueOnly is not null)
        {
            // A rate given only as a value cannot be combined: a province is never the mean of its communes.
            Truncate(sink, mark);
            return NoValue(new NoValueReason(NoValueReasonKind.RateWithoutCounts, unit, valueOnly.Distinct().ToList()));
        }

        if (query.IsRate && parts.Denominator != 0)
        {
            return new Rolled
            {
                HasValue = true,
                RateOfCounts = true,
                Numerator = parts.Numerator,
                Denominator = parts.Denominator,
                RolledUp = true,
                CarriedOver = carried,
                HasCoverage = true,
                Reporting = parts.Actuals,
                Total = total,
            };
        }

        if (!query.IsRate && query.Measure.Unit == IndicatorUnit.Count)
        {
            return new Rolled { HasValue = true, Value = parts.Sum, RolledUp = true, CarriedOver = carried, HasCoverage = true, Reporting = parts.Actuals, Total = total };
        }

        Truncate(sink, mark);
        return default;
    }

    /// <summary>What is asked: a measure in a year, with that year's rows of the measure by code number.</summary>
    private readonly struct Query(Measure measure, int year, YearCells? cells)
    {
        public Measure Measure { get; } = measure;

        public int Year { get; } = year;

        public YearCells? Cells { get; } = cells;

        public bool IsRate { get; } = measure.Unit.IsRate();

        public int LastDay { get; } = HierarchyIndex.LastDay(year);
    }

    /// <summary>An actual, or why there is none, without the objects: what a unit passes up to the unit above it.</summary>
    private struct Rolled
    {
        public bool HasValue;

        /// <summary>Whether the value is the measure's rate of the numerator over the denominator, computed only when shown.</summary>
        public bool RateOfCounts;

        /// <summary>The value, unless <see cref="RateOfCounts"/>.</summary>
        public decimal Value;
        public decimal? Numerator;
        public decimal? Denominator;
        public bool RolledUp;
        public bool CarriedOver;
        public bool HasCoverage;
        public int Reporting;
        public int Total;

        /// <summary>The observation the value is, when it is one unit's own figure (perhaps carried onto a new unit).</summary>
        public Observation? Own;

        public NoValueReason? Reason;
    }

    /// <summary>The sums and counts over the units a value stands on.</summary>
    private struct Parts
    {
        public int Count;
        public int Actuals;
        public int Total;
        public decimal Numerator;
        public decimal Denominator;
        public decimal Sum;
        public List<AdministrativeUnit>? ValueOnly;
    }
}
