namespace ChildPlan.Indicators;

/// <summary>
/// Administrative units indexed by code, with their children, for roll-up. With administrative changes,
/// a unit that ended rolls up into its successor (Hải Dương's data into Hải Phòng), and successor units the
/// changes name are known too.
/// </summary>
public sealed class AdministrativeHierarchy
{
    private readonly Dictionary<string, AdministrativeUnit> units;
    private readonly ILookup<string, AdministrativeUnit> children;

    /// <summary>Builds the hierarchy from a flat list of units and, optionally, the changes since.</summary>
    /// <exception cref="ArgumentException">A code appears twice.</exception>
    /// <exception cref="ChildPlanInputException">
    /// Units (with the changes) loop, a unit rolling up into itself, or nest deeper than <see cref="AdministrativeUnit.MaxDepth"/>
    /// levels; the message names the unit. Roll-up recurses once per level, so this bound is what keeps it off the end of the stack.
    /// </exception>
    public AdministrativeHierarchy(IEnumerable<AdministrativeUnit> units, AdministrativeChanges? changes = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        this.units = new Dictionary<string, AdministrativeUnit>(StringComparer.Ordinal);
        foreach (var unit in changes is null ? units : changes.Apply(units))
        {
            if (!this.units.TryAdd(unit.Code, unit))
            {
                throw new ArgumentException($"Administrative unit code '{unit.Code}' appears twice.", nameof(units));
            }
        }

        var changed = changes?.Units ?? [];

        var edges = this.units.Values.Where(u => u.ParentCode is not null).Select(u => (Parent: u.ParentCode!, Child: u))
            .Concat(changed
                .Where(c => c.Successor.Code != c.Code && this.units.ContainsKey(c.Code))
                .Where(c => !EndsThroughParent(this.units[c.Code], changed)) // its data already reaches the successor through its parent
                .Select(c => (Parent: c.Successor.Code, Child: this.units[c.Code])));
        var distinct = edges.Distinct().ToList();
        children = distinct.ToLookup(e => e.Parent, e => e.Child, StringComparer.Ordinal);
        CheckNesting(distinct.ToLookup(e => e.Child.Code, e => e.Parent, StringComparer.Ordinal));
    }

    /// <summary>Refuses loops and chains deeper than <see cref="AdministrativeUnit.MaxDepth"/>, without recursion.</summary>
    private static void CheckNesting(ILookup<string, string> parents)
    {
        var depths = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(string Code, IEnumerator<string> Parents)>();
        foreach (var start in parents.Select(g => g.Key))
        {
            if (depths.ContainsKey(start))
            {
                continue;
            }

            stack.Push((start, parents[start].GetEnumerator()));
            onStack.Add(start);
            while (stack.Count > 0)
            {
                var (code, up) = stack.Peek();
                if (up.MoveNext())
                {
                    var parent = up.Current;
                    if (onStack.Contains(parent))
                    {
                        throw new ChildPlanInputException($"unit '{parent}'", "the administrative units loop: the unit is below itself (through its parent or the unit it ended into).");
                    }

                    if (!depths.ContainsKey(parent))
                    {
                        stack.Push((parent, parents[parent].GetEnumerator()));
                        onStack.Add(parent);
                    }

                    continue;
                }

                var depth = 1 + parents[code].Select(p => depths.GetValueOrDefault(p, 1)).DefaultIfEmpty(0).Max();
                if (depth > AdministrativeUnit.MaxDepth)
                {
                    throw new ChildPlanInputException($"unit '{code}'", $"the unit is nested {depth} levels deep; at most {AdministrativeUnit.MaxDepth} levels are allowed.");
                }

                depths[code] = depth;
                onStack.Remove(code);
                stack.Pop();
                up.Dispose();
            }
        }
    }

    private static bool EndsThroughParent(AdministrativeUnit unit, IReadOnlyList<UnitChange> changes) =>
        unit.ParentCode is { } parent && changes.Any(c => c.Code == parent && c.Successor.Code != parent);

    /// <summary>A hierarchy with no units: every observation is taken for the plan's own area.</summary>
    public static AdministrativeHierarchy Empty { get; } = new([]);

    /// <summary>All units.</summary>
    public IReadOnlyCollection<AdministrativeUnit> Units => units.Values;

    /// <summary>Whether the hierarchy knows any units.</summary>
    public bool IsEmpty => units.Count == 0;

    /// <summary>Finds a unit by code.</summary>
    public AdministrativeUnit? Find(string code) => units.GetValueOrDefault(code);

    /// <summary>The units directly below <paramref name="code"/>, and the units that ended into it.</summary>
    public IEnumerable<AdministrativeUnit> ChildrenOf(string code) => children[code];
}
