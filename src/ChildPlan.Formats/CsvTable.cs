using System.Text;

namespace ChildPlan.Formats;

/// <summary>
/// A minimal RFC 4180 reader: a header row and data rows, fields optionally quoted with <c>"</c>,
/// each row tagged with the line it starts on. Blank lines are skipped.
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

    /// <summary>Writes one comma-separated row (each field <see cref="Quote"/>d) and its line break (<c>\n</c>).</summary>
    internal static void WriteRow(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(',', fields.Select(Quote)));
        writer.Write('\n');
    }

    public static CsvTable Parse(string file, TextReader reader, char separator)
    {
        var records = new List<(int Line, string[] Fields)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var fieldWasQuoted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0 && !fieldWasQuoted:
                    inQuotes = true;
                    fieldWasQuoted = true;
                    break;
                case '"':
                    throw new ChildPlanInputException($"{file}:{line}", "a quote (\") inside an unquoted field; quote the whole field and double the quote.");
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (ch == separator)
                    {
                        fields.Add(field.ToString());
                        field.Clear();
                        fieldWasQuoted = false;
                    }
                    else
                    {
                        field.Append(ch);
                    }

                    break;
            }
        }

        if (inQuotes)
        {
            throw new ChildPlanInputException($"{file}:{recordLine}", "a quoted field is not closed before the end of the file.");
        }

        EndRecord();

        if (records.Count == 0)
        {
            throw new ChildPlanInputException($"{file}:1", "the file is empty; a header row is required.");
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToArray();
        if (header.Length > 0)
        {
            header[0] = header[0].TrimStart('\uFEFF');
        }

        return new CsvTable(file, header, records.Skip(1).ToList());

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            fieldWasQuoted = false;
            if (!(fields.Count == 1 && fields[0].Length == 0))
            {
                records.Add((recordLine, fields.ToArray()));
            }

            fields.Clear();
        }
    }

    /// <summary>
    /// Maps header names to column indexes, checking required and allowed names.
    /// </summary>
    public Dictionary<string, int> Columns(IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Header.Count; i++)
        {
            var name = Header[i].ToLowerInvariant();
            if (!required.Contains(name) && !optional.Contains(name))
            {
                throw new ChildPlanInputException($"{File}:1", $"unknown column '{Header[i]}'; the columns are {string.Join(", ", required.Concat(optional))}.");
            }

            if (!columns.TryAdd(name, i))
            {
                throw new ChildPlanInputException($"{File}:1", $"column '{Header[i]}' appears twice.");
            }
        }

        var missing = required.Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            throw new ChildPlanInputException($"{File}:1", $"missing column(s) {string.Join(", ", missing)}.");
        }

        return columns;
    }
}
