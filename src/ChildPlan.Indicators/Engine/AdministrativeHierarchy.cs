using NodaTime;

namespace ChildPlan.Indicators;

/// <summary>
/// Administrative units through time, for reading codes and rolling up. A unit is its code with its validity: a code
/// may be held by several units one after another (old 03127 Phường Him Lam until 2025-06-30, new 03127 Phường Điện
/// Biên Phủ from 2025-07-01), so every query is for a date or a year. With administrative changes, the hierarchy also
/// knows what each new unit was formed from (<see cref="PredecessorsOf"/>) and which units ended into another
/// (a district into its province), whose data belongs to it in the year they ended.
/// </summary>
/// <remarks>
/// <para>
/// <b>The year's own map</b> is the map on 31 December of the year: a code in a data row of year Y is read as the unit
/// holding it on 31 December Y or, when no unit holds it that day, as the last unit that held it during Y (a district
/// that ended on 30 June). See <see cref="InYear"/>.
/// </para>
/// <para>Lookups are by dictionary (a handful of units per code), so reading a million rows takes no scan per row.</para>
/// </remarks>
public sealed class AdministrativeHierarchy
{
    private readonly Dictionary<string, AdministrativeUnit[]> versions;
    private readonly Dictionary<string, List<AdministrativeUnit>> children;
    private readonly Dictionary<AdministrativeUnit, List<UnitPredecessor>> formedFrom = [];
    private readonly Dictionary<AdministrativeUnit, List<AdministrativeUnit>> absorbed = [];
    private readonly Dictionary<AdministrativeUnit, List<AdministrativeUnit>> successors = [];
    private HierarchyIndex? index;

    /// <summary>Builds the hierarchy from a flat list of units and, optionally, the changes since (see <see cref="AdministrativeChanges.Apply"/>).</summary>
    /// <exception cref="ChildPlanInputException">
    /// Units holding one code overlap in time; a change puts a unit under a parent that is not above it, or a province
    /// into anything but a province (old units not among <paramref name="units"/> are left out: a units file may cover
    /// less than the changes; <see cref="AdministrativeChanges.Check"/> finds them); an old unit went
    /// in full into two units; or units (with the changes) loop or nest deeper than <see cref="AdministrativeUnit.MaxDepth"/>
    /// levels. The message names the unit, or the change by where it was read (<c>changes.json: $.units[3]</c>).
    /// Roll-up recurses once per level, so the depth bound is what keeps it off the end of the stack.
    /// </exception>
    public AdministrativeHierarchy(IEnumerable<AdministrativeUnit> units, AdministrativeChanges? changes = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        Changes = changes ?? AdministrativeChanges.None;
        var all = changes is null ? units.ToList() : changes.Apply(units);
        versions = new Dictionary<string, AdministrativeUnit[]>(StringComparer.Ordinal);
        foreach (var group in all.Distinct().GroupBy(u => u.Code, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(u => u.ValidFrom ?? LocalDate.MinIsoValue).ToArray();
            for (var i = 1; i < ordered.Length; i++)
            {
                if (ordered[i - 1].ValidTo is not { } end || ordered[i].ValidFrom is not { } start || start <= end)
                {
                    throw new ChildPlanInputException($"unit '{group.Key}'", $"the code is held by two units on the same days ({ordered[i - 1].Name}, {ordered[i].Name}); units sharing a code need validity that does not overlap.");
                }
            }

            versions[group.Key] = ordered;
        }

        children = new Dictionary<string, List<AdministrativeUnit>>(StringComparer.Ordinal);
        foreach (var unit in versions.Values.SelectMany(v => v).Where(u => u.ParentCode is not null))
        {
            if (!children.TryGetValue(unit.ParentCode!, out var list))
            {
                list = [];
                children[unit.ParentCode!] = list;
            }

            list.Add(unit);
        }

        var endings = ReadChanges(Changes.Units);
        var parents = new Dictionary<AdministrativeUnit, List<AdministrativeUnit>>();
        foreach (var unit in versions.Values.SelectMany(v => v))
        {
            var up = new List<AdministrativeUnit>();
            if (unit.ParentCode is { } parentCode && versions.TryGetValue(parentCode, out var parentVersions))
            {
                up.AddRange(parentVersions.Where(p => Overlaps(p, unit)));
            }

            if (endings.TryGetValue(unit, out var successor))
            {
                up.Add(successor);
            }

            parents[unit] = up;
        }

        CheckNesting(parents);
    }

    /// <summary>A hierarchy with no units: every observation is taken for the plan's own area.</summary>
    public static AdministrativeHierarchy Empty { get; } = new([]);

    /// <summary>The changes the hierarchy was built with.</summary>
    public AdministrativeChanges Changes { get; }

    /// <summary>All units, every version of every code.</summary>
    public IReadOnlyCollection<AdministrativeUnit> Units => versions.Values.SelectMany(v => v).ToList();

    /// <summary>The units numbered for the roll-up, built on first use.</summary>
    internal HierarchyIndex Index => LazyInitializer.EnsureInitialized(ref index, () => new HierarchyIndex(versions, children, absorbed, formedFrom));

    /// <summary>Whether the hierarchy knows any units.</summary>
    public bool IsEmpty => versions.Count == 0;

    /// <summary>The last unit to hold <paramref name="code"/> (the latest version), or <see langword="null"/> when no unit ever held it.</summary>
    public AdministrativeUnit? Find(string code) => versions.TryGetValue(code, out var v) ? v[^1] : null;

    /// <summary>The unit holding <paramref name="code"/> on <paramref name="date"/>, or <see langword="null"/>.</summary>
    public AdministrativeUnit? Find(string code, LocalDate date)
    {
        if (versions.TryGetValue(code, out var v))
        {
            foreach (var unit in v)
            {
                if (unit.IsValidOn(date))
                {
                    return unit;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The unit <paramref name="code"/> stands for in a data row of <paramref name="year"/> (the year's own map): the
    /// unit holding it on 31 December, or else the last unit that held it during the year; <see langword="null"/> when
    /// no unit held it in the year.
    /// </summary>
    public AdministrativeUnit? InYear(string code, int year)
    {
        if (!versions.TryGetValue(code, out var v))
        {
            return null;
        }

        var (first, last) = (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        for (var i = v.Length - 1; i >= 0; i--)
        {
            if (v[i].IsValidBetween(first, last))
            {
                return v[i];
            }
        }

        return null;
    }

    /// <summary>The units directly below the unit holding <paramref name="code"/>, as they are on <paramref name="date"/>.</summary>
    public IEnumerable<AdministrativeUnit> ChildrenOn(string code, LocalDate date) =>
        children.TryGetValue(code, out var list) ? list.Where(u => u.IsValidOn(date)) : [];

    /// <summary>Every unit valid on <paramref name="date"/>: the map of that day.</summary>
    public IEnumerable<AdministrativeUnit> UnitsOn(LocalDate date) => versions.Values.SelectMany(v => v).Where(u => u.IsValidOn(date));

    /// <summary>
    /// The units <paramref name="unit"/> was formed from when it began (the changes effective on its
    /// <see cref="AdministrativeUnit.ValidFrom"/> whose successor it is), each as it was the day before, with its share;
    /// an old unit whose parent is among them too is left out (its data reaches the new unit through its parent).
    /// Empty when the unit was not formed by a recorded change.
    /// </summary>
    public IReadOnlyList<UnitPredecessor> PredecessorsOf(AdministrativeUnit unit) =>
        formedFrom.TryGetValue(unit, out var list) ? list : [];

    /// <summary>
    /// The units that ended in full into <paramref name="unit"/> during <paramref name="year"/> while it went on or
    /// began (a district ending into its province): their data for that year belongs to it. A unit whose parent
    /// ended into something too is left out, its data reaching further up through its parent.
    /// </summary>
    public IEnumerable<AdministrativeUnit> EndedInto(AdministrativeUnit unit, int year) =>
        absorbed.TryGetValue(unit, out var list) ? list.Where(u => u.ValidTo is { } end && end.Year == year) : [];

    /// <summary>
    /// The units formed, the day after <paramref name="unit"/> ended, from it or from units below it (wholly or in part):
    /// units of the next map whose area overlaps it (old commune 03130 and district 094 → new 03127 Phường Điện Biên Phủ).
    /// Units that went on and absorbed it (a province absorbing its districts) are not among them. Empty for a unit that
    /// has not ended.
    /// </summary>
    public IReadOnlyList<AdministrativeUnit> SuccessorsOver(AdministrativeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.ValidTo is not { } end)
        {
            return [];
        }

        var found = new List<AdministrativeUnit>();
        var below = new Stack<AdministrativeUnit>([unit]);
        var seen = new HashSet<AdministrativeUnit>();
        while (below.Count > 0)
        {
            var current = below.Pop();
            if (!seen.Add(current))
            {
                continue;
            }

            if (successors.TryGetValue(current, out var list))
            {
                found.AddRange(list.Where(s => s.ValidFrom == end.PlusDays(1)));
            }

            foreach (var child in ChildrenOn(current.Code, end).Where(c => Overlaps(c, current)))
            {
                below.Push(child);
            }
        }

        return [.. found.Distinct()];
    }

    private static bool Overlaps(AdministrativeUnit a, AdministrativeUnit b) =>
        (a.ValidFrom is null || b.ValidTo is null || a.ValidFrom <= b.ValidTo) && (b.ValidFrom is null || a.ValidTo is null || b.ValidFrom <= a.ValidTo);

    /// <summary>Checks the changes against the units and indexes what each new unit was formed from; returns, for each old unit that went in full, where it went.</summary>
    private Dictionary<AdministrativeUnit, AdministrativeUnit> ReadChanges(IReadOnlyList<UnitChange> changes)
    {
        var whole = new Dictionary<AdministrativeUnit, (AdministrativeUnit Successor, UnitChange Change)>();
        var pending = new List<(UnitChange Change, AdministrativeUnit Successor, List<UnitPredecessor> From)>();
        foreach (var change in changes)
        {
            var where = change.Location ?? $"change of '{change.Successor.Code}' on {Iso(change.Effective)}";
            var before = change.Effective.PlusDays(-1);
            // The successor on the day, or one that went on into another the same day (a district into a province merging).
            var successor = Find(change.Successor.Code, change.Effective) ?? Find(change.Successor.Code, before)
                ?? throw new ChildPlanInputException(where, $"the unit '{change.Successor.Code}' it forms is not among the units on {Iso(change.Effective)}.");
            if (successor.ParentCode is { } parentCode && Find(parentCode, change.Effective) is { } parent && parent.Level >= successor.Level)
            {
                throw new ChildPlanInputException(where, $"'{successor.Code}' ({Level(successor)}) is placed under '{parentCode}' ({Level(parent)}), which is not a level above it.");
            }

            var from = new List<UnitPredecessor>();
            foreach (var contribution in change.From)
            {
                if (Find(contribution.Code, before) is not { } old)
                {
                    continue; // outside the units given (a units file smaller than the changes): see AdministrativeChanges.Check
                }

                if (old.Level == AdministrativeLevel.Province && successor.Level != AdministrativeLevel.Province)
                {
                    throw new ChildPlanInputException(where, $"the province '{old.Code}' cannot go into '{successor.Code}', a {Level(successor)}: a province goes into a province.");
                }

                if (old.Equals(successor))
                {
                    continue; // the successor continues and absorbs the others
                }

                if (contribution.Share == UnitShare.Full && !whole.TryAdd(old, (successor, change)))
                {
                    throw new ChildPlanInputException(where, $"the old unit '{old.Code}' went in full into '{whole[old].Successor.Code}' already ({whole[old].Change.Location ?? "another change"}); a unit that went into several was split: give it as partial.");
                }

                from.Add(new UnitPredecessor(old, contribution.Share));
            }

            pending.Add((change, successor, from));
            foreach (var f in from)
            {
                if (!successors.TryGetValue(f.Unit, out var list))
                {
                    list = [];
                    successors[f.Unit] = list;
                }

                list.Add(successor);
            }
        }

        bool EndedWithParent(AdministrativeUnit old, LocalDate before) =>
            old.ParentCode is { } p && Find(p, before) is { } parent && whole.ContainsKey(parent) && parent.ValidTo == before;

        foreach (var formation in pending.Where(p => p.Successor.ValidFrom == p.Change.Effective).GroupBy(p => p.Successor))
        {
            var from = formation.SelectMany(p => p.From).ToList();
            var among = from.Select(f => f.Unit).ToHashSet();
            var before = formation.Key.ValidFrom!.Value.PlusDays(-1);
            formedFrom[formation.Key] = from.Where(f => !(f.Unit.ParentCode is { } p && Find(p, before) is { } parent && among.Contains(parent))).ToList();
        }

        foreach (var (change, successor, from) in pending)
        {
            var before = change.Effective.PlusDays(-1);
            foreach (var f in from.Where(f => f.Share == UnitShare.Full && !EndedWithParent(f.Unit, before)))
            {
                if (!absorbed.TryGetValue(successor, out var list))
                {
                    list = [];
                    absorbed[successor] = list;
                }

                list.Add(f.Unit);
            }
        }

        return whole.ToDictionary(w => w.Key, w => w.Value.Successor);
    }

    private static string Level(AdministrativeUnit unit) => unit.Level.ToString().ToLowerInvariant();

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    /// <summary>Refuses loops and chains deeper than <see cref="AdministrativeUnit.MaxDepth"/>, without recursion.</summary>
    private static void CheckNesting(Dictionary<AdministrativeUnit, List<AdministrativeUnit>> parents)
    {
        var depths = new Dictionary<AdministrativeUnit, int>();
        var onStack = new HashSet<AdministrativeUnit>();
        var stack = new Stack<(AdministrativeUnit Unit, IEnumerator<AdministrativeUnit> Parents)>();
        IEnumerable<AdministrativeUnit> Up(AdministrativeUnit u) => parents.TryGetValue(u, out var list) ? list : [];
        foreach (var start in parents.Keys)
        {
            if (depths.ContainsKey(start))
            {
                continue;
            }

            stack.Push((start, Up(start).GetEnumerator()));
            onStack.Add(start);
            while (stack.Count > 0)
            {
                var (unit, up) = stack.Peek();
                if (up.MoveNext())
                {
                    var parent = up.Current;
                    if (onStack.Contains(parent))
                    {
                        throw new ChildPlanInputException($"unit '{parent.Code}'", "the administrative units loop: the unit is below itself (through its parent or the unit it ended into).");
                    }

                    if (!depths.ContainsKey(parent))
                    {
                        stack.Push((parent, Up(parent).GetEnumerator()));
                        onStack.Add(parent);
                    }

                    continue;
                }

                var depth = 1 + Up(unit).Select(p => depths.GetValueOrDefault(p, 1)).DefaultIfEmpty(0).Max();
                if (depth > AdministrativeUnit.MaxDepth)
                {
                    throw new ChildPlanInputException($"unit '{unit.Code}'", $"the unit is nested {depth} levels deep; at most {AdministrativeUnit.MaxDepth} levels are allowed.");
                }

                depths[unit] = depth;
                onStack.Remove(unit);
                stack.Pop();
                up.Dispose();
            }
        }
    }
}
