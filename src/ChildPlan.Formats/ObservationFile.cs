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

        using var reader = new StreamReader(fileSystem.File.OpenRead(path), Encoding.UTF8);
        return Read(reader, path, culture);
    }

    /// <summary>Reads a data file from <paramref name="reader"/>; <paramref name="name"/> is used in messages.</summary>
    /// <exception cref="ChildPlanInputException">The content is malformed; the message names each bad line.</exception>
    public static IReadOnlyList<Observation> Read(TextReader reader, string name, CsvCulture culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var table = CsvTable.Parse(name, reader, culture.Separator);
        var col = table.Columns(Required, Optional);
        var problems = new InputProblemCollector();
        var result = new List<Observation>();
        foreach (var (line, fields) in table.Rows)
        {
            var where = $"{name}:{line}";
            if (fields.Length != table.Header.Count)
            {
                problems.Add(new(where, $"{fields.Length} fields, but the header has {table.Header.Count}."));
                continue;
            }

            var unreadable = false;
            string? Text(string column) => col.TryGetValue(column, out var i) && fields[i].Trim() is { Length: > 0 } t ? t : null;
            decimal? Number(string column)
            {
                var text = Text(column);
                if (text is null)
                {
                    return null;
                }

                if (culture.TryParse(text, out var v))
                {
                    return v;
                }

                problems.Add(new(where, $"{column} '{text}' is not a number in the {culture.Name} format."));
                unreadable = true;
                return null;
            }

            var indicator = Text("indicator");
            var yearText = Text("year");
            var value = Number("value");
            var numerator = Number("numerator");
            var denominator = Number("denominator");
            if (unreadable)
            {
                continue;
            }

            if (indicator is null)
            {
                problems.Add(new(where, "indicator is empty."));
                continue;
            }

            if (yearText is null || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                problems.Add(new(where, $"year '{yearText}' is not a year."));
                continue;
            }

            if (!PlanValidator.IsSupportedYear(year))
            {
                problems.Add(new(where, $"year {year} is not between {PlanValidator.MinYear} and {PlanValidator.MaxYear}."));
                continue;
            }

            if (value is null && (numerator is null || denominator is null))
            {
                problems.Add(new(where, numerator is null && denominator is null
                    ? "give either value or both numerator and denominator."
                    : "numerator and denominator must be given together."));
                continue;
            }

            result.Add(new Observation
            {
                IndicatorId = indicator,
                MeasureId = Text("measure"),
                Year = year,
                UnitCode = Text("unit"),
                Value = value,
                Numerator = numerator,
                Denominator = denominator,
                Source = Text("source"),
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
                Inert(o.IndicatorId),
                Inert(o.MeasureId ?? string.Empty),
                o.Year.ToString(CultureInfo.InvariantCulture),
                o.Value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                o.Numerator?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                o.Denominator?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                Inert(o.UnitCode ?? string.Empty),
                Inert(o.Source ?? string.Empty),
            ];
            CsvTable.WriteRow(writer, fields);
        }
    }

    /// <summary>
    /// Free text that a spreadsheet would run as a formula (starting with <c>= + - @</c>, a tab or a carriage
    /// return) is written with a leading apostrophe, so opening the CSV in Excel cannot execute it.
    /// </summary>
    private static string Inert(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
