namespace ChildPlan.Formats;

/// <summary>
/// A small CSV file read whole (a units file): a header row and data rows, fields optionally quoted with <c>"</c>,
/// each row tagged with the line it starts on. Blank lines are skipped. Large files are read a record at a time with
/// <see cref="CsvRecordReader"/>.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(string file, IReadOnlyList<string> header, IReadOnlyList<(int Line, string[] Fields)> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
    }

    public string File { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<(int Line, string[] Fields)> Rows { get; }

    /// <summary>A field as written to a comma-separated file: quoted (with doubled quotes) when it holds a separator, quote or line break.</summary>
    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",;\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    /// <summary>
    /// Free text that a spreadsheet would run as a formula (starting with <c>= + - @</c>, a tab or a carriage
    /// return) is written with a leading apostrophe, so opening the CSV in Excel cannot execute it.
    /// </summary>
    internal static string Inert(string text) => StartsFormula(text) ? "'" + text : text;

    /// <summary>Whether a spreadsheet would run <paramref name="text"/> as a formula: it starts with <c>= + - @</c>, a tab or a carriage return.</summary>
    internal static bool StartsFormula(ReadOnlySpan<char> text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>Writes one comma-separated row (each field <see cref="Quote"/>d) and its line break (<c>\n</c>).</summary>
    internal static void WriteRow(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(',', fields.Select(Quote)));
        writer.Write('\n');
    }

    public static CsvTable Parse(string file, TextReader reader, char separator)
    {
        var csv = new CsvRecordReader(file, reader, separator);
        if (!csv.Read())
        {
            throw Empty(file);
        }

        var header = HeaderOf(csv.Fields());
        var rows = new List<(int Line, string[] Fields)>();
        while (csv.Read())
        {
            rows.Add((csv.Line, csv.Fields()));
        }

        return new CsvTable(file, header, rows);
    }

    /// <summary>The problem of a file without even a header row.</summary>
    internal static ChildPlanInputException Empty(string file) => new($"{file}:1", "the file is empty; a header row is required.");

    /// <summary>A header row's names, trimmed, without a byte order mark before the first.</summary>
    internal static string[] HeaderOf(string[] fields)
    {
        var header = fields.Select(h => h.Trim()).ToArray();
        if (header.Length > 0)
        {
            header[0] = header[0].TrimStart('\uFEFF');
        }

        return header;
    }

    /// <summary>
    /// Maps header names to column indexes, checking required and allowed names.
    /// </summary>
    public Dictionary<string, int> Columns(IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional) =>
        Columns(File, Header, required, optional);

    /// <summary>Maps the names of <paramref name="header"/> (the first line of <paramref name="file"/>) to column indexes.</summary>
    internal static Dictionary<string, int> Columns(string file, IReadOnlyList<string> header, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].ToLowerInvariant();
            if (!required.Contains(name) && !optional.Contains(name))
            {
                throw new ChildPlanInputException($"{file}:1", $"unknown column '{header[i]}'; the columns are {string.Join(", ", required.Concat(optional))}.");
            }

            if (!columns.TryAdd(name, i))
            {
                throw new ChildPlanInputException($"{file}:1", $"column '{header[i]}' appears twice.");
            }
        }

        var missing = required.Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            throw new ChildPlanInputException($"{file}:1", $"missing column(s) {string.Join(", ", missing)}.");
        }

        return columns;
    }
}
