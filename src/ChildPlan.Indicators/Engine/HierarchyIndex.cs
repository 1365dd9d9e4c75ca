using NodaTime;

namespace ChildPlan.Indicators;

/// <summary>
/// An <see cref="AdministrativeHierarchy"/> numbered for the roll-up: every unit (each version of each code) and every code
/// gets a number, and what the roll-up asks of a unit (its validity, the units below its code, the units that ended into it,
/// what it was formed from) is an array read by number instead of a dictionary of records and a LINQ filter. Lists keep the
/// hierarchy's own order, so sums and the units named in reasons come out in the same order.
/// </summary>
internal sealed class HierarchyIndex
{
    private readonly Dictionary<string, int> codes;

    internal HierarchyIndex(
        Dictionary<string, AdministrativeUnit[]> versions,
        Dictionary<string, List<AdministrativeUnit>> children,
        Dictionary<AdministrativeUnit, List<AdministrativeUnit>> absorbed,
        Dictionary<AdministrativeUnit, List<UnitPredecessor>> formedFrom)
    {
        codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var units = new List<AdministrativeUnit>();
        var ids = new Dictionary<AdministrativeUnit, int>();
        var versionsOf = new List<int[]>();
        var codeOf = new List<int>();
        foreach (var (code, held) in versions)
        {
            var codeId = versionsOf.Count;
            codes.Add(code, codeId);
            var numbers = new int[held.Length];
            for (var i = 0; i < held.Length; i++)
            {
                numbers[i] = units.Count;
                ids[held[i]] = units.Count;
                units.Add(held[i]);
                codeOf.Add(codeId);
            }

            versionsOf.Add(numbers);
        }

        // A parent code no unit holds still has units below it (a plan's area outside the units file).
        foreach (var code in children.Keys)
        {
            if (codes.TryAdd(code, versionsOf.Count))
            {
                versionsOf.Add([]);
            }
        }

        Units = [.. units];
        CodeOf = [.. codeOf];
        VersionsOf = [.. versionsOf];
        ChildrenOf = new int[VersionsOf.Length][];
        for (var c = 0; c < ChildrenOf.Length; c++)
        {
            ChildrenOf[c] = [];
        }

        foreach (var (parent, list) in children)
        {
            ChildrenOf[codes[parent]] = [.. list.Select(u => ids[u])];
        }

        FromYear = new int[Units.Length];
        ToYear = new int[Units.Length];
        FromDay = new int[Units.Length];
        ToDay = new int[Units.Length];
        Absorbed = new int[Units.Length][];
        IsLeaf = new bool[Units.Length];
        NextFromYear = new int[Units.Length];
        Predecessors = new UnitPredecessor[Units.Length][];
        PredecessorIds = new int[Units.Length][];
        for (var u = 0; u < Units.Length; u++)
        {
            var unit = Units[u];
            (FromYear[u], FromDay[u]) = unit.ValidFrom is { } from ? (from.Year, Day(from)) : (int.MinValue, int.MinValue);
            (ToYear[u], ToDay[u]) = unit.ValidTo is { } to ? (to.Year, Day(to)) : (int.MaxValue, int.MaxValue);
            Absorbed[u] = absorbed.TryGetValue(unit, out var ended) ? [.. ended.Select(e => ids[e])] : [];
            Predecessors[u] = formedFrom.TryGetValue(unit, out var formed) ? [.. formed] : [];
            PredecessorIds[u] = [.. Predecessors[u].Select(p => ids[p.Unit])];
            IsLeaf[u] = ChildrenOf[CodeOf[u]].Length == 0 && Absorbed[u].Length == 0;
        }

        foreach (var held in VersionsOf)
        {
            for (var i = 0; i < held.Length; i++)
            {
                NextFromYear[held[i]] = i + 1 < held.Length ? FromYear[held[i + 1]] : int.MaxValue;
            }
        }
    }

    /// <summary>The units by number.</summary>
    public AdministrativeUnit[] Units { get; }

    /// <summary>The number of the code each unit holds.</summary>
    public int[] CodeOf { get; }

    /// <summary>For each code, the units that held it, in order of validity.</summary>
    public int[][] VersionsOf { get; }

    /// <summary>For each code, the units whose parent code it is, in the hierarchy's order.</summary>
    public int[][] ChildrenOf { get; }

    /// <summary>For each unit, the units that ended into it in full (any year), in the hierarchy's order.</summary>
    public int[][] Absorbed { get; }

    /// <summary>For each unit, whether no unit is below its code and none ended into it (a commune): its value is its own row or none.</summary>
    public bool[] IsLeaf { get; }

    /// <summary>
    /// For each unit, the year the next unit holding its code began (<see cref="int.MaxValue"/> for the last): a unit valid in a
    /// year is what its code stands for in that year's rows (<see cref="InYear"/>) exactly when this is after the year.
    /// </summary>
    public int[] NextFromYear { get; }

    /// <summary>For each unit, what it was formed from (<see cref="AdministrativeHierarchy.PredecessorsOf"/>).</summary>
    public UnitPredecessor[][] Predecessors { get; }

    /// <summary>The numbers of <see cref="Predecessors"/>' units.</summary>
    public int[][] PredecessorIds { get; }

    /// <summary>The year of each unit's first day, <see cref="int.MinValue"/> when it has none.</summary>
    public int[] FromYear { get; }

    /// <summary>The year of each unit's last day, <see cref="int.MaxValue"/> when it has not ended.</summary>
    public int[] ToYear { get; }

    /// <summary>Each unit's first day as a <see cref="Day"/> number, <see cref="int.MinValue"/> when it has none.</summary>
    public int[] FromDay { get; }

    /// <summary>Each unit's last day as a <see cref="Day"/> number, <see cref="int.MaxValue"/> when it has not ended.</summary>
    public int[] ToDay { get; }

    /// <summary>How many codes are numbered (codes held by units and parent codes).</summary>
    public int CodeCount => VersionsOf.Length;

    /// <summary>A date as a number that orders like the date (ISO calendar).</summary>
    public static int Day(LocalDate date) => (date.Year * 512) + (date.Month * 32) + date.Day;

    /// <summary>The <see cref="Day"/> number of 31 December of <paramref name="year"/>.</summary>
    public static int LastDay(int year) => (year * 512) + (12 * 32) + 31;

    /// <summary>The number of <paramref name="code"/>, or -1.</summary>
    public int CodeId(string code) => codes.TryGetValue(code, out var id) ? id : -1;

    /// <summary>Whether unit <paramref name="unit"/> exists on any day of <paramref name="year"/>.</summary>
    public bool IsValidIn(int unit, int year) => FromYear[unit] <= year && year <= ToYear[unit];

    /// <summary>Whether unit <paramref name="unit"/> exists on the day numbered <paramref name="day"/>.</summary>
    public bool IsValidOn(int unit, int day) => FromDay[unit] <= day && day <= ToDay[unit];

    /// <summary>The number of the unit code <paramref name="codeId"/> stands for in a row of <paramref name="year"/> (<see cref="AdministrativeHierarchy.InYear"/>), or -1.</summary>
    public int InYear(int codeId, int year)
    {
        if (codeId < 0 || codeId >= VersionsOf.Length)
        {
            return -1;
        }

        var held = VersionsOf[codeId];
        for (var i = held.Length - 1; i >= 0; i--)
        {
            if (IsValidIn(held[i], year))
            {
                return held[i];
            }
        }

        return -1;
    }

    /// <summary>The number of the hierarchy's unit equal to <paramref name="unit"/>, or -1 when it is not one of them.</summary>
    public int IdOf(AdministrativeUnit unit)
    {
        var codeId = CodeId(unit.Code);
        if (codeId < 0)
        {
            return -1;
        }

        foreach (var u in VersionsOf[codeId])
        {
            if (ReferenceEquals(Units[u], unit) || Units[u].Equals(unit))
            {
                return u;
            }
        }

        return -1;
    }
}
