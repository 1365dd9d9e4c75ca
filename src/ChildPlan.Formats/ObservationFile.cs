using System.Globalization;
using System.IO.Abstractions;
using System.Text;

namespace ChildPlan.Formats;

/// <summary>
/// Reads data files: CSV with columns <c>indicator,year,value,numerator,denominator,unit</c>
/// and the optional <c>measure</c> and <c>source</c> (see docs/formats.md).
/// </summary>
public static class ObservationFile
{
    private static readonly string[] Required = ["indicator", "year", "value", "numerator", "denominator", "unit"];
    private static readonly string[] Optional = ["measure", "source"];

    /// <summary>Reads a data file through <paramref name="fileSystem"/>.</summary>
    /// <exception cref="ChildPlanInputException">The file is missing or malformed; the message names the line.</exception>
    public static IReadOnlyList<Observation> Read(IFileSystem fileSystem, string path, CsvCulture culture)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        if (!fileSystem.File.Exists(path))
        {
            throw new ChildPlanInputException(path, "the data file does not exist.");
        }

        using var reader = new StreamReader(fileSystem.File.OpenRead(path), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        return Read(reader, path, culture);
    }

    /// <summary>Reads a data file from <paramref name="reader"/>; <paramref name="name"/> is used in messages.</summary>
    /// <exception cref="ChildPlanInputException">The content is malformed; the message names each bad line.</exception>
    /// <remarks>
    /// The file is read a record at a time: a row makes its observation and nothing else (texts repeated from row to row,
    /// such as indicator ids and unit codes, are one string each). A malformed CSV anywhere is reported before the header's
    /// problems, and those before the rows', as when the file was parsed whole first.
    /// </remarks>
    public static IReadOnlyList<Observation> Read(TextReader reader, string name, CsvCulture culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var csv = new CsvRecordReader(name, reader, culture.Separator);
        if (!csv.Read())
        {
            throw CsvTable.Empty(name);
        }

        var header = CsvTable.HeaderOf(csv.Fields());
        Dictionary<string, int> col;
        try
        {
            col = CsvTable.Columns(name, header, Required, Optional);
        }
        catch (ChildPlanInputException)
        {
            while (csv.Read())
            {
                // A malformed CSV further on is the first problem.
            }

            throw;
        }

        var (indicatorAt, yearAt, valueAt, numeratorAt, denominatorAt, unitAt) = (col["indicator"], col["year"], col["value"], col["numerator"], col["denominator"], col["unit"]);
        var measureAt = col.GetValueOrDefault("measure", -1);
        var sourceAt = col.GetValueOrDefault("source", -1);
        var texts = new TextPool();
        string? lastIndicator = null, lastMeasure = null, lastUnit = null, lastSource = null;
        var problems = new InputProblemCollector();
        var result = new List<Observation>();
        while (csv.Read())
        {
            var line = csv.Line;
            if (csv.FieldCount != header.Length)
            {
                problems.Add(new($"{name}:{line}", $"{csv.FieldCount} fields, but the header has {header.Length}."));
                continue;
            }

            var unreadable = false;
            decimal? Number(int at, string column)
            {
                var text = csv[at].Trim();
                if (text.IsEmpty)
                {
                    return null;
                }

                if (culture.TryParse(text, out var v))
                {
                    return v;
                }

                problems.Add(new($"{name}:{line}", $"{column} '{text}' is not a number in the {culture.Name} format."));
                unreadable = true;
                return null;
            }

            var indicator = csv[indicatorAt].Trim();
            var yearText = csv[yearAt].Trim();
            var value = Number(valueAt, "value");
            var numerator = Number(numeratorAt, "numerator");
            var denominator = Number(denominatorAt, "denominator");
            if (unreadable)
            {
                continue;
            }

            if (indicator.IsEmpty)
            {
                problems.Add(new($"{name}:{line}", "indicator is empty."));
                continue;
            }

            if (yearText.IsEmpty || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                problems.Add(new($"{name}:{line}", $"year '{yearText}' is not a year."));
                continue;
            }

            if (!PlanValidator.IsSupportedYear(year))
            {
                problems.Add(new($"{name}:{line}", $"year {year} is not between {PlanValidator.MinYear} and {PlanValidator.MaxYear}."));
                continue;
            }

            if (value is null && (numerator is null || denominator is null))
            {
                problems.Add(new($"{name}:{line}", numerator is null && denominator is null
                    ? "give either value or both numerator and denominator."
                    : "numerator and denominator must be given together."));
                continue;
            }

            result.Add(new Observation
            {
                IndicatorId = texts.Get(indicator, ref lastIndicator)!,
                MeasureId = measureAt < 0 ? null : texts.Get(csv[measureAt].Trim(), ref lastMeasure),
                Year = year,
                UnitCode = texts.Get(csv[unitAt].Trim(), ref lastUnit),
                Value = value,
                Numerator = numerator,
                Denominator = denominator,
                Source = sourceAt < 0 ? null : texts.Get(csv[sourceAt].Trim(), ref lastSource),
                Location = new InputLocation(name, line),
            });
        }

        return problems.Count > 0 ? throw new ChildPlanInputException(problems) : result;
    }

    /// <summary>
    /// Writes observations as a data file (invariant culture: comma-separated, <c>.</c> decimals),
    /// with the <c>measure</c> and <c>source</c> columns. Every text column (indicator, measure, unit, source) that a
    /// spreadsheet would run as a formula gets a leading apostrophe: one rule for all columns.
    /// </summary>
    public static void Write(TextWriter writer, IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(observations);
        writer.Write("indicator,measure,year,value,numerator,denominator,unit,source\n");
        foreach (var o in observations)
        {
            string[] fields =
            [
                CsvTable.Inert(o.IndicatorId),
                CsvTable.Inert(o.MeasureId ?? string.Empty),
                o.Year.ToString(CultureInfo.InvariantCulture),
                o.Value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                o.Numerator?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                o.Denominator?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                CsvTable.Inert(o.UnitCode ?? string.Empty),
                CsvTable.Inert(o.Source ?? string.Empty),
            ];
            CsvTable.WriteRow(writer, fields);
        }
    }

    /// <summary>One string per distinct text (indicator ids, unit codes repeat on every row), up to a bound.</summary>
    private sealed class TextPool
    {
        private const int MaxTexts = 1 << 16;
        private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

        public TextPool() => lookup = texts.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>The text as a string, <see langword="null"/> when empty; <paramref name="last"/> is the column's previous one.</summary>
        public string? Get(ReadOnlySpan<char> text, ref string? last)
        {
            if (text.IsEmpty)
            {
                return null;
            }

            if (last is not null && text.SequenceEqual(last))
            {
                return last;
            }

            if (!lookup.TryGetValue(text, out var known))
            {
                known = text.ToString();
                if (texts.Count < MaxTexts)
                {
                    texts.Add(known, known);
                }
            }

            last = known;
            return known;
        }
    }
}
