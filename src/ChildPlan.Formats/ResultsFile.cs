using System.Globalization;
using System.IO.Abstractions;
using System.Text;

namespace ChildPlan.Formats;

/// <summary>
/// The results CSV (<c>agency,item,year,period,status,result,quantity,unit,source</c>): what each agency or unit did on each
/// task and duty of a plan, one row per result (a following row with the same agency, item, year and period and empty status
/// and result adds another quantity). See docs/formats.md.
/// </summary>
/// <remarks>
/// Read as data files are: an explicit <see cref="CsvCulture"/> for the separator and the quantity numbers, quoted cells
/// (with separators, quotes and line breaks), a byte order mark ignored, cells trimmed, text kept as written (NFC), and every
/// problem collected and reported with its file and line (<c>results.csv:7: column 'status': …</c>). Whether the reporter,
/// item and period belong to the plan is for <c>ResultValidator</c>.
/// </remarks>
public static class ResultsFile
{
    private static readonly string[] Required = ["agency", "item", "year", "period", "status", "result"];
    private static readonly string[] Optional = ["quantity", "unit", "source"];

    /// <summary>Reads the results file at <paramref name="path"/>; every problem is reported with its file and line.</summary>
    /// <exception cref="ChildPlanInputException">The file does not exist or has problems.</exception>
    public static IReadOnlyList<AgencyResult> Read(IFileSystem fileSystem, string path, CsvCulture culture)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        if (!fileSystem.File.Exists(path))
        {
            throw new ChildPlanInputException(path, "the results file does not exist.");
        }

        using var reader = new StreamReader(fileSystem.File.OpenRead(path), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        return Read(reader, path, culture);
    }

    /// <summary>Reads results CSV text named <paramref name="name"/> in errors.</summary>
    /// <exception cref="ChildPlanInputException">The text has problems.</exception>
    public static IReadOnlyList<AgencyResult> Read(TextReader reader, string name, CsvCulture culture)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(culture);
        var csv = new CsvRecordReader(name, reader, culture.Separator);
        if (!csv.Read())
        {
            throw CsvTable.Empty(name);
        }

        var header = CsvTable.HeaderOf(csv.Fields());
        Dictionary<string, int> columns;
        try
        {
            columns = CsvTable.Columns(name, header, Required, Optional);
        }
        catch (ChildPlanInputException)
        {
            while (csv.Read())
            {
                // A malformed CSV further on is the first problem.
            }

            throw;
        }

        return new Rows(name, culture, header.Length, columns).ReadAll(csv);
    }

    /// <summary>
    /// Writes <paramref name="results"/> as results CSV (invariant culture, formula-inert text), the form
    /// <see cref="Read(TextReader, string, CsvCulture)"/> reads back: one row per result with its first quantity, and a
    /// continuation row (status, result and source empty) for each further quantity. Text that a spreadsheet would run as a
    /// formula (<c>= + - @</c>, a tab or a carriage return first) gets a leading apostrophe, which the reader removes again.
    /// </summary>
    public static void Write(TextWriter writer, IEnumerable<AgencyResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        writer.Write("agency,item,year,period,status,result,quantity,unit,source\n");
        foreach (var r in results)
        {
            var agency = Inert(r.Reporter);
            var item = Inert(r.Item.ToString());
            var year = r.Period.Year.ToString(CultureInfo.InvariantCulture);
            var period = r.Period.Token;
            var first = r.Quantities.Count > 0 ? r.Quantities[0] : null;
            CsvTable.WriteRow(writer, [
                agency, item, year, period, ResultStatusTokens.TokenOf(r.Status), Inert(r.Text),
                first?.Value.ToString(CultureInfo.InvariantCulture) ?? string.Empty, Inert(first?.Unit ?? string.Empty), Inert(r.Source ?? string.Empty)]);
            foreach (var q in r.Quantities.Skip(1))
            {
                CsvTable.WriteRow(writer, [agency, item, year, period, string.Empty, string.Empty, q.Value.ToString(CultureInfo.InvariantCulture), Inert(q.Unit), string.Empty]);
            }
        }
    }

    /// <summary>
    /// The data files' rule (<see cref="CsvTable.Inert"/>), and an apostrophe before text that already starts with an apostrophe
    /// and a formula character or a second apostrophe, so <see cref="Plain"/> gives back exactly the text written.
    /// </summary>
    private static string Inert(string text) =>
        text.Length > 1 && text[0] == '\'' && (text[1] == '\'' || CsvTable.StartsFormula(text.AsSpan(1))) ? "'" + text : CsvTable.Inert(text);

    /// <summary>The text of a cell <see cref="Inert"/> wrote: without the apostrophe before a formula character or an apostrophe.</summary>
    private static ReadOnlySpan<char> Plain(ReadOnlySpan<char> cell) =>
        cell.Length > 1 && cell[0] == '\'' && (cell[1] == '\'' || CsvTable.StartsFormula(cell[1..])) ? cell[1..] : cell;

    /// <summary>The rows of one file after its header: results, their continuation rows, and the problems found.</summary>
    private sealed class Rows(string name, CsvCulture culture, int fieldCount, Dictionary<string, int> columns)
    {
        private readonly int agencyAt = columns["agency"];
        private readonly int itemAt = columns["item"];
        private readonly int yearAt = columns["year"];
        private readonly int periodAt = columns["period"];
        private readonly int statusAt = columns["status"];
        private readonly int resultAt = columns["result"];
        private readonly int quantityAt = columns.GetValueOrDefault("quantity", -1);
        private readonly int unitAt = columns.GetValueOrDefault("unit", -1);
        private readonly int sourceAt = columns.GetValueOrDefault("source", -1);
        private readonly InputProblemCollector problems = new();
        private readonly List<(AgencyResult Result, List<Quantity> Quantities)> results = [];
        private readonly Dictionary<Key, int> firstLines = [];

        // The group the next continuation row may join: the key of the last result row (null when its key was unreadable),
        // and its entry in results (null when the row had problems, so its continuation rows are checked but not kept).
        private Key? groupKey;
        private int groupLine;
        private int? groupIndex;
        private bool groupUnreadable;

        public List<AgencyResult> ReadAll(CsvRecordReader csv)
        {
            while (csv.Read())
            {
                Row(csv);
            }

            problems.ThrowIfAny();
            return results.Select(r => r.Quantities.Count == 0 ? r.Result : r.Result with { Quantities = r.Quantities }).ToList();
        }

        private void Row(CsvRecordReader csv)
        {
            var line = csv.Line;
            var where = $"{name}:{line}";
            if (csv.FieldCount != fieldCount)
            {
                problems.Add(where, $"{csv.FieldCount} fields, but the header has {fieldCount}.");
                (groupKey, groupIndex, groupUnreadable) = (null, null, true);
                return;
            }

            var before = problems.Count;
            var agency = Text(csv, agencyAt);
            if (agency.Length == 0)
            {
                problems.Add(where, "column 'agency': empty; give the agency id (so-gddt) or the unit code (288) of the reporter.");
            }

            ResultItem? item = null;
            if (!ResultItem.TryParse(Text(csv, itemAt), out item, out var itemError))
            {
                problems.Add(where, $"column 'item': {itemError}");
            }

            var yearText = Text(csv, yearAt);
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                problems.Add(where, $"column 'year': '{yearText}' is not a year (a whole number such as 2019).");
            }
            else if (!PlanValidator.IsSupportedYear(year))
            {
                problems.Add(where, $"column 'year': {year} is not between {PlanValidator.MinYear} and {PlanValidator.MaxYear}.");
            }

            var periodText = Text(csv, periodAt);
            if (!ReportingPeriod.TryParseKind(periodText, out var kind))
            {
                problems.Add(where, $"column 'period': '{periodText}' is not a period; use H1 (January to June) or year.");
            }

            var keyReadable = problems.Count == before;
            Key? key = keyReadable ? new Key(agency, item!, ReportingPeriod.Of(year, kind)) : null;
            var statusText = Text(csv, statusAt);
            var text = Text(csv, resultAt);
            var (quantity, unit) = QuantityOf(csv, where);
            var source = Text(csv, sourceAt);
            if (statusText.Length == 0 && text.Length == 0)
            {
                Continuation(where, line, key, quantity, unit, source);
                return;
            }

            ResultStatus status = default;
            if (statusText.Length == 0)
            {
                problems.Add(where, $"column 'status': empty; give {Tokens()} (a row with empty status and result only adds a quantity to the result above).");
            }
            else if (!ResultStatusTokens.TryParse(statusText, out status))
            {
                problems.Add(where, $"column 'status': '{statusText}' is not a status; use {Tokens()}.");
            }
            else if (text.Length == 0 && ResultStatusTokens.NeedsText(status))
            {
                problems.Add(where, $"column 'result': empty; a {ResultStatusTokens.TokenOf(status)} result says what was done (only not-started and not-applicable results may leave it empty).");
            }

            if (key is { } k && !firstLines.TryAdd(k, line))
            {
                problems.Add(where, $"the result of {k} is already given at {name}:{firstLines[k]}; give each reporter's result on an item once a period (further quantities go on rows directly below it, with status and result empty).");
            }

            (groupKey, groupLine, groupIndex, groupUnreadable) = (key, line, null, key is null);
            if (problems.Count > before)
            {
                return;
            }

            groupIndex = results.Count;
            List<Quantity> quantities = quantity is { } q ? [new Quantity(q, unit)] : [];
            results.Add((new AgencyResult
            {
                Reporter = agency,
                Item = item!,
                Period = key!.Value.Period,
                Status = status,
                Text = text,
                Source = source.Length == 0 ? null : source,
                Location = new InputLocation(name, line),
            }, quantities));
        }

        private void Continuation(string where, int line, Key? key, decimal? quantity, string unit, string source)
        {
            if (quantity is null && unit.Length == 0)
            {
                problems.Add(where, "status and result are empty, so the row adds a quantity to the result above; give quantity and unit, or give the row its status and result.");
                return;
            }

            if (key is not { } k)
            {
                return; // the key cells' problems are reported
            }

            if (groupKey != k)
            {
                if (groupUnreadable && groupKey is null)
                {
                    return; // the row above could not be read: it may be this row's result
                }

                problems.Add(where, firstLines.TryGetValue(k, out var first)
                    ? $"status and result are empty, so the row adds a quantity to the result of {k} at {name}:{first}, but it does not directly follow that result's rows (the result above it is at {name}:{groupLine}); move it under its result."
                    : $"status and result are empty, so the row adds a quantity to the result above, but the row above is not a result of {k}; give the row its status and result.");
                return;
            }

            if (source.Length > 0 && groupIndex is { } at && results[at].Result.Source != source)
            {
                problems.Add(where, $"column 'source': a row that adds a quantity to the result at {name}:{groupLine} takes that result's source; leave it empty.");
                return;
            }

            if (groupIndex is { } index && quantity is { } q)
            {
                results[index].Quantities.Add(new Quantity(q, unit));
            }
        }

        private (decimal? Quantity, string Unit) QuantityOf(CsvRecordReader csv, string where)
        {
            var unit = Text(csv, unitAt);
            var text = quantityAt < 0 ? [] : csv[quantityAt].Trim();
            if (text.IsEmpty)
            {
                if (unit.Length > 0)
                {
                    problems.Add(where, $"column 'quantity': empty, but unit '{unit}' is given; give the number it counts, or leave unit empty.");
                }

                return (null, unit);
            }

            if (!culture.TryParse(text, out var value))
            {
                problems.Add(where, $"column 'quantity': '{text}' is not a number in the {culture.Name} format.");
                return (null, unit);
            }

            if (value < 0)
            {
                problems.Add(where, string.Create(CultureInfo.InvariantCulture, $"column 'quantity': {value} is negative; a quantity counts or sums what was done, from 0."));
                return (null, unit);
            }

            if (unit.Length == 0)
            {
                problems.Add(where, "column 'unit': empty; a quantity needs its unit as the agency writes it (classes held, people reached, million dong).");
                return (null, unit);
            }

            return (value, unit);
        }

        /// <summary>A cell trimmed, without the apostrophe that made it formula-inert, in Unicode normal form C; empty for a column the file does not have.</summary>
        private static string Text(CsvRecordReader csv, int at) =>
            at < 0 ? string.Empty : Plain(csv[at].Trim()).ToString().Normalize(NormalizationForm.FormC);

        private static string Tokens() => string.Join(", ", ResultStatusTokens.All.Take(3)) + " or " + ResultStatusTokens.All[3];
    }

    /// <summary>What a reporter's result is given once for: reporter, item and period.</summary>
    private readonly record struct Key(string Reporter, ResultItem Item, ReportingPeriod Period)
    {
        public override string ToString() => $"{Reporter} on {Item} for {Period}";
    }
}
