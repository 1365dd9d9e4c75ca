using System.Globalization;
using MiniExcelLibs;

namespace ChildPlan.Benchmarks.Workbooks;

/// <summary>Reading workbooks back with MiniExcel, to check that the library and a baseline wrote the same cells (numbers to Excel's 15 significant digits).</summary>
public static class Sheets
{
    /// <summary>
    /// The cells of every sheet of <paramref name="xlsx"/> from the row whose first cell is <paramref name="firstCell"/> on
    /// (from the first row when <see langword="null"/>), as text (empty for none).
    /// </summary>
    public static List<List<string[]>> Read(byte[] xlsx, string? firstCell)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        var sheets = new List<List<string[]>>();
        using var stream = new MemoryStream(xlsx);
        foreach (var name in MiniExcel.GetSheetNames(stream))
        {
            stream.Position = 0;
            var rows = new List<string[]>();
            var started = false;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: name))
            {
                var cells = row.Values.Select(Text).ToArray();
                started |= firstCell is null || (cells.Length > 0 && cells[0] == firstCell);
                if (started)
                {
                    rows.Add(cells);
                }
            }

            stream.Position = 0;
            if (rows.Count > 0)
            {
                sheets.Add(rows);
            }
        }

        return sheets;
    }

    /// <summary>
    /// The sheets of <paramref name="xlsx"/> with their names and raw cell values, each row cut after its last non-empty
    /// cell (styled empty columns reach XFD), for writing them again.
    /// </summary>
    public static List<(string Name, List<object?[]> Rows)> ReadRaw(byte[] xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        var sheets = new List<(string, List<object?[]>)>();
        using var stream = new MemoryStream(xlsx);
        foreach (var name in MiniExcel.GetSheetNames(stream))
        {
            stream.Position = 0;
            var rows = new List<object?[]>();
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: name))
            {
                var values = row.Values.ToArray();
                var n = values.Length;
                while (n > 0 && (values[n - 1] is null || values[n - 1] is string { Length: 0 }))
                {
                    n--;
                }

                rows.Add(values[..n]);
            }

            stream.Position = 0;
            sheets.Add((name, rows));
        }

        return sheets;
    }

    /// <summary>Rows of cells as MiniExcel writes them: one dictionary per row, keyed by column letter, every row with the same keys.</summary>
    public static List<Dictionary<string, object?>> Rows(List<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var width = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Length));
        var columns = Enumerable.Range(0, width).Select(Column).ToArray();
        var result = new List<Dictionary<string, object?>>(rows.Count);
        foreach (var row in rows)
        {
            var cells = new Dictionary<string, object?>(width, StringComparer.Ordinal);
            for (var c = 0; c < width; c++)
            {
                cells[columns[c]] = c < row.Length ? row[c] : null;
            }

            result.Add(cells);
        }

        return result;
    }

    /// <summary>The letters of a zero-based column (0 is A, 26 is AA).</summary>
    public static string Column(int index)
    {
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Throws when the cells differ, naming the first difference.</summary>
    /// <exception cref="InvalidOperationException">They differ.</exception>
    public static void RequireSame(List<List<string[]>> library, List<List<string[]>> baseline, string what)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(baseline);
        if (library.Count != baseline.Count)
        {
            throw new InvalidOperationException($"{what}: ChildPlan wrote {library.Count} sheets with data, the baseline {baseline.Count}.");
        }

        for (var s = 0; s < library.Count; s++)
        {
            if (library[s].Count != baseline[s].Count)
            {
                throw new InvalidOperationException($"{what}: sheet {s}: ChildPlan wrote {library[s].Count} rows, the baseline {baseline[s].Count}.");
            }

            for (var r = 0; r < library[s].Count; r++)
            {
                var (a, b) = (Trim(library[s][r]), Trim(baseline[s][r]));
                if (!a.SequenceEqual(b))
                {
                    throw new InvalidOperationException($"{what}: sheet {s}, row {r}: ChildPlan [{string.Join(" | ", a)}], baseline [{string.Join(" | ", b)}].");
                }
            }
        }
    }

    private static string[] Trim(string[] cells)
    {
        var n = cells.Length;
        while (n > 0 && cells[n - 1].Length == 0)
        {
            n--;
        }

        return cells[..n];
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        // Excel keeps 15 significant digits; writers differ beyond them.
        double d => d.ToString("G15", CultureInfo.InvariantCulture),
        decimal m => ((double)m).ToString("G15", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
