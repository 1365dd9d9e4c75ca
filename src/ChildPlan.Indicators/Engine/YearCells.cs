namespace ChildPlan.Indicators;

/// <summary>
/// The rows of one measure in one year by code number, each with what a roll-up needs of it (its numerator and denominator,
/// or its value) copied beside it: a roll-up over the communes of a province reads one small array instead of a million
/// rows scattered over the heap.
/// </summary>
internal sealed class YearCells
{
    /// <summary>No row, or one that does not name the measure as the plan does (never taken).</summary>
    public const byte None = 0;

    /// <summary>A rate's row with numerator (<see cref="Cell.First"/>) and denominator (<see cref="Cell.Second"/>).</summary>
    public const byte Counts = 1;

    /// <summary>A rate's row with a value only.</summary>
    public const byte ValueOnly = 2;

    /// <summary>Another measure's row with its value (<see cref="Cell.First"/>, 0 when empty).</summary>
    public const byte Value = 3;

    private readonly Measure measure;

    /// <summary>The rows of codes the hierarchy does not hold (mistyped codes, the plan's area outside the units file): few, or all problems.</summary>
    private Dictionary<int, Cell>? others;

    /// <summary>The rows of <paramref name="measure"/> in <paramref name="year"/>, in an array over the hierarchy's <paramref name="size"/> codes.</summary>
    public YearCells(int year, int size, Measure measure)
    {
        Year = year;
        this.measure = measure;
        IsRate = measure.Unit.IsRate();
        Cells = new Cell[size];
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>Whether the measure is a rate (what the cells' kinds were read as).</summary>
    public bool IsRate { get; }

    /// <summary>The cells by code number, for the codes the hierarchy holds.</summary>
    public Cell[] Cells { get; }

    /// <summary>Whether a row names the measure as the plan does (the year is one with data).</summary>
    public bool HasData { get; set; }

    /// <summary>The row at code number <paramref name="code"/>, if any.</summary>
    public Observation? Row(int code) =>
        code >= 0 && code < Cells.Length ? Cells[code].Row
        : others is not null && others.TryGetValue(code, out var other) ? other.Row
        : null;

    /// <summary>
    /// Puts <paramref name="row"/> at code number <paramref name="code"/>; a code the hierarchy does not hold is kept aside, so
    /// that rows of many such codes cost what they are, not an array over all codes for each measure and year.
    /// </summary>
    public void Set(int code, Observation row)
    {
        var cell = new Cell { Row = row };
        (cell.Kind, cell.First, cell.Second) = !ObservationIndex.IsFor(row, measure) ? (None, 0, 0)
            : !IsRate ? (Value, row.Value ?? 0, 0)
            : row is { Numerator: { } n, Denominator: { } d } ? (Counts, n, d)
            : (ValueOnly, 0, 0);
        if (code < Cells.Length)
        {
            Cells[code] = cell;
        }
        else
        {
            (others ??= [])[code] = cell;
        }
    }

    /// <summary>One code's row and its numbers.</summary>
    internal struct Cell
    {
        /// <summary>The row.</summary>
        public Observation? Row;

        /// <summary>The numerator, or the value.</summary>
        public decimal First;

        /// <summary>The denominator.</summary>
        public decimal Second;

        /// <summary>What the row gives.</summary>
        public byte Kind;
    }
}
