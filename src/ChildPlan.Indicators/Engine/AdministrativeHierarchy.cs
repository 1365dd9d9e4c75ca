namespace ChildPlan.Indicators;

/// <summary>Administrative units indexed by code, with their children, for roll-up.</summary>
public sealed class AdministrativeHierarchy
{
    private readonly Dictionary<string, AdministrativeUnit> units;
    private readonly ILookup<string, AdministrativeUnit> children;

    /// <summary>Builds the hierarchy from a flat list of units.</summary>
    /// <exception cref="ArgumentException">A code appears twice.</exception>
    public AdministrativeHierarchy(IEnumerable<AdministrativeUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        this.units = new Dictionary<string, AdministrativeUnit>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (!this.units.TryAdd(unit.Code, unit))
            {
                throw new ArgumentException($"Administrative unit code '{unit.Code}' appears twice.", nameof(units));
            }
        }

        children = this.units.Values.Where(u => u.ParentCode is not null).ToLookup(u => u.ParentCode!, StringComparer.Ordinal);
    }

    /// <summary>A hierarchy with no units: every observation is taken for the plan's own area.</summary>
    public static AdministrativeHierarchy Empty { get; } = new([]);

    /// <summary>All units.</summary>
    public IReadOnlyCollection<AdministrativeUnit> Units => units.Values;

    /// <summary>Whether the hierarchy knows any units.</summary>
    public bool IsEmpty => units.Count == 0;

    /// <summary>Finds a unit by code.</summary>
    public AdministrativeUnit? Find(string code) => units.GetValueOrDefault(code);

    /// <summary>The units directly below <paramref name="code"/>.</summary>
    public IEnumerable<AdministrativeUnit> ChildrenOf(string code) => children[code];
}
