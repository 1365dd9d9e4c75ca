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
        children = edges.Distinct().ToLookup(e => e.Parent, e => e.Child, StringComparer.Ordinal);
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
