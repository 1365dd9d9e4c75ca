namespace ChildPlan.Indicators;

/// <summary>
/// Observations indexed once by measure, year and unit code: each measure of the plan has a number (its slot), and for each
/// slot and year an array over the numbered codes holds the row given for that code. A row costs one reference in an array,
/// not an object; codes the hierarchy does not know (the plan's own area without units, or a mistyped code) get numbers after
/// the hierarchy's own.
/// </summary>
internal sealed class ObservationIndex
{
    private readonly Dictionary<string, int> indicators = new(StringComparer.Ordinal);
    private readonly int[] firstSlot;
    private readonly Measure[] measures;
    private readonly List<YearCells>[] years;
    private readonly YearCells?[][] byYear;
    private readonly List<int>[] yearsWithData;
    private Dictionary<string, int>? otherCodes;
    private int codeCount;
    private string? lastIndicatorId;
    private int lastIndicator = -1;
    private string? lastCode;
    private int lastCodeId = -1;

    public ObservationIndex(Plan plan, HierarchyIndex units)
    {
        Plan = plan;
        Units = units;
        codeCount = units.CodeCount;
        firstSlot = new int[plan.Indicators.Count];
        var all = new List<Measure>();
        for (var i = 0; i < plan.Indicators.Count; i++)
        {
            var indicator = plan.Indicators[i];
            firstSlot[i] = all.Count;
            all.AddRange(indicator.Measures);
            if (indicator.Id is not null)
            {
                indicators.TryAdd(indicator.Id, i);
            }
        }

        measures = [.. all];
        years = new List<YearCells>[measures.Length];
        byYear = new YearCells?[measures.Length][];
        yearsWithData = new List<int>[measures.Length];
        for (var s = 0; s < measures.Length; s++)
        {
            years[s] = [];
            byYear[s] = new YearCells?[PlanValidator.MaxYear - PlanValidator.MinYear + 1];
            yearsWithData[s] = [];
        }
    }

    /// <summary>The plan whose measures are numbered.</summary>
    public Plan Plan { get; }

    /// <summary>The numbered units.</summary>
    public HierarchyIndex Units { get; }

    /// <summary>The slot of the first measure of the indicator at <paramref name="position"/> in the plan (the others follow).</summary>
    public int FirstSlot(int position) => firstSlot[position];

    /// <summary>
    /// The position in the plan of the first indicator with id <paramref name="id"/> (<see cref="Plan.FindIndicator"/>), or -1;
    /// remembers the last one asked for, so rows of one indicator in a run cost no lookup (while building, on one thread).
    /// </summary>
    public int IndicatorPosition(string id)
    {
        if (ReferenceEquals(id, lastIndicatorId) || (lastIndicatorId is not null && string.Equals(id, lastIndicatorId, StringComparison.Ordinal)))
        {
            return lastIndicator;
        }

        var position = id is not null && indicators.TryGetValue(id, out var found) ? found : -1;
        (lastIndicatorId, lastIndicator) = (id, position);
        return position;
    }

    /// <summary>The position among <paramref name="indicator"/>'s measures of the one <see cref="Indicator.FindMeasure"/> finds, or -1.</summary>
    public static int MeasurePosition(Indicator indicator, string? measureId)
    {
        var list = indicator.Measures;
        for (var m = 0; m < list.Count; m++)
        {
            if (string.Equals(list[m].Id, measureId, StringComparison.Ordinal))
            {
                return m;
            }
        }

        return measureId is null && list.Count == 1 ? 0 : -1;
    }

    /// <summary>
    /// The slot of <paramref name="measure"/> of <paramref name="indicator"/> as the observations name them (the plan's first
    /// indicator with its id, and its first measure with the measure's id), or -1 when the plan has none.
    /// </summary>
    /// <remarks>Safe to call from several threads once the index is built (it reads only).</remarks>
    public int Slot(Indicator indicator, Measure measure)
    {
        var position = indicator.Id is { } id && indicators.TryGetValue(id, out var found) ? found : -1;
        if (position < 0)
        {
            return -1;
        }

        var list = Plan.Indicators[position].Measures;
        for (var m = 0; m < list.Count; m++)
        {
            if (string.Equals(list[m].Id, measure.Id, StringComparison.Ordinal))
            {
                return firstSlot[position] + m;
            }
        }

        return -1;
    }

    /// <summary>The number of <paramref name="code"/>, numbering it when the hierarchy does not know it.</summary>
    public int CodeId(string code)
    {
        if (ReferenceEquals(code, lastCode) || string.Equals(code, lastCode, StringComparison.Ordinal))
        {
            return lastCodeId;
        }

        lastCode = code;
        lastCodeId = NumberCode(code);
        return lastCodeId;
    }

    private int NumberCode(string code)
    {
        var id = Units.CodeId(code);
        if (id >= 0)
        {
            return id;
        }

        otherCodes ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (!otherCodes.TryGetValue(code, out id))
        {
            id = codeCount++;
            otherCodes.Add(code, id);
        }

        return id;
    }

    /// <summary>The number of <paramref name="code"/>, or -1 when neither the hierarchy nor a row names it.</summary>
    public int KnownCodeId(string code)
    {
        var id = Units.CodeId(code);
        return id >= 0 || otherCodes is null || !otherCodes.TryGetValue(code, out var other) ? id : other;
    }

    /// <summary>The rows of <paramref name="slot"/> in <paramref name="year"/> by code number, or <see langword="null"/> when there are none.</summary>
    public YearCells? Cells(int slot, int year)
    {
        if (slot < 0)
        {
            return null;
        }

        if ((uint)(year - PlanValidator.MinYear) < (uint)byYear[slot].Length)
        {
            return byYear[slot][year - PlanValidator.MinYear];
        }

        foreach (var cells in years[slot])
        {
            if (cells.Year == year)
            {
                return cells;
            }
        }

        return null;
    }

    /// <summary>The row of <paramref name="slot"/>, <paramref name="year"/> and code number <paramref name="codeId"/>, or <see langword="null"/>.</summary>
    public Observation? Find(int slot, int year, int codeId) =>
        Cells(slot, year)?.Row(codeId);

    /// <summary>The row already given for the cell, if any; otherwise (or with <paramref name="replace"/>) puts <paramref name="row"/> in it.</summary>
    public Observation? Put(int slot, int year, int codeId, Observation row, bool replace)
    {
        var cells = CellsFor(slot, year);
        var before = cells.Row(codeId);
        if (before is null || replace)
        {
            cells.Set(codeId, row);
        }

        if (!cells.HasData && string.Equals(row.MeasureId, measures[slot].Id, StringComparison.Ordinal))
        {
            // The years a measure has data for are those of rows naming it as the plan does (a row that leaves the measure of a
            // one-measure indicator empty is checked, but was never found by the roll-up: see IsFor).
            cells.HasData = true;
            yearsWithData[slot].Add(year);
        }

        return before;
    }

    /// <summary>The years for which any row gives the measure in <paramref name="slot"/>, in the order they first appear.</summary>
    public IReadOnlyList<int> YearsWithData(int slot) => slot < 0 ? [] : yearsWithData[slot];

    /// <summary>
    /// Whether a row found in a cell of <paramref name="measure"/> is one the roll-up takes: it names the measure as the plan
    /// does. A row of a one-measure indicator whose measure has an id but is left empty passes the checks, and is not taken.
    /// </summary>
    public static bool IsFor(Observation row, Measure measure) => string.Equals(row.MeasureId, measure.Id, StringComparison.Ordinal);

    private YearCells CellsFor(int slot, int year)
    {
        var inRange = (uint)(year - PlanValidator.MinYear) < (uint)byYear[slot].Length;
        var found = inRange ? byYear[slot][year - PlanValidator.MinYear] : years[slot].Find(c => c.Year == year);
        if (found is null)
        {
            found = new YearCells(year, Units.CodeCount, measures[slot]);
            years[slot].Add(found);
            if (inRange)
            {
                byYear[slot][year - PlanValidator.MinYear] = found;
            }
        }

        return found;
    }
}
