using System.Globalization;
using BenchmarkDotNet.Attributes;
using ChildPlan.Benchmarks.Data;
using ChildPlan.Reporting.Workbooks;
using ClosedXML.Excel;
using MiniExcelLibs;
using NodaTime;

namespace ChildPlan.Benchmarks.Import;

/// <summary>
/// Import of 33 filled data collection workbooks (made by <see cref="CollectionWorkbook.Write"/> for 33 communes and filled
/// with generated numbers in the setup) through <see cref="CollectionWorkbook.Read(Stream, string, Plan)"/>, against
/// MiniExcel reading the same sheets with the same parsing (metadata, known indicator and measure, numbers) into the same
/// observations.
/// </summary>
[MemoryDiagnoser]
public class CollectionImportBenchmarks
{
    private Plan plan = null!;
    private byte[][] workbooks = null!;

    /// <summary>Workbooks imported (3 with <c>CHILDPLAN_BENCH_SMOKE=1</c>).</summary>
    [ParamsSource(nameof(WorkbookCounts))]
    public int Workbooks { get; set; }

    /// <summary>The values of <see cref="Workbooks"/>.</summary>
    public static IEnumerable<int> WorkbookCounts => [Smoke.Enabled ? 3 : 33];

    /// <summary>Makes and fills the workbooks and checks that both imports give the same observations.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = NationalData.Create(RealPlan.Plan, Workbooks, years: RealPlan.ReportYear - RealPlan.Plan.Years.From + 1);
        plan = data.Plan;
        var options = new CollectionOptions { Created = Instant.FromUtc(2026, 1, 5, 3, 30) };
        workbooks = [.. data.CommuneUnits.Select(unit =>
        {
            using var blank = new MemoryStream();
            CollectionWorkbook.Write(plan, RealPlan.ReportYear, unit, options, blank);
            var numbers = data.Observations.Where(o => o.UnitCode == unit.Code && o.Year == RealPlan.ReportYear).ToDictionary(o => (o.IndicatorId, o.MeasureId));
            return Fill(blank, numbers);
        })];
        var library = Flatten(ChildPlan());
        var baseline = Flatten(MiniExcelParse());
        if (library.Count != Workbooks * plan.Indicators.Sum(i => i.Measures.Count))
        {
            throw new InvalidOperationException($"ChildPlan imported {library.Count} observations from {Workbooks} workbooks; the workbooks were not filled.");
        }

        for (var i = 0; i < Math.Max(library.Count, baseline.Count); i++)
        {
            if (i >= library.Count || i >= baseline.Count || library[i] != baseline[i])
            {
                throw new InvalidOperationException($"import: observation {i} differs: ChildPlan {library.ElementAtOrDefault(i)}, baseline {baseline.ElementAtOrDefault(i)}.");
            }
        }
    }

    /// <summary>The floor: MiniExcel reading the sheets, with the same parsing.</summary>
    [Benchmark(Baseline = true)]
    public List<CollectedData> MiniExcelParse()
    {
        var imported = new List<CollectedData>(workbooks.Length);
        for (var w = 0; w < workbooks.Length; w++)
        {
            using var stream = new MemoryStream(workbooks[w], writable: false);
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (IDictionary<string, object?> row in stream.Query(sheetName: CollectionWorkbook.MetadataSheetName))
            {
                if (row["A"] is string key)
                {
                    metadata[key] = row["B"]?.ToString() ?? string.Empty;
                }
            }

            if (metadata.GetValueOrDefault("format") != CollectionWorkbook.FormatVersion || metadata.GetValueOrDefault("plan") != plan.Id)
            {
                throw new InvalidOperationException($"workbook {w}: not a collection workbook of the plan.");
            }

            var year = int.Parse(metadata["year"], CultureInfo.InvariantCulture);
            var unit = metadata["unit"];
            stream.Position = 0;
            var observations = new List<Observation>();
            var number = 0;
            foreach (IDictionary<string, object?> row in stream.Query(sheetName: CollectionWorkbook.DataSheetName))
            {
                if (++number < CollectionWorkbook.FirstDataRow)
                {
                    continue;
                }

                var value = Number(row, "F");
                var numerator = Number(row, "G");
                var denominator = Number(row, "H");
                if (value is null && numerator is null && denominator is null)
                {
                    continue;
                }

                var indicator = Text(row, "A") is { } id ? plan.FindIndicator(id) : null;
                var measureId = Text(row, "B");
                if (indicator?.FindMeasure(measureId) is null || (numerator is null) != (denominator is null))
                {
                    throw new InvalidOperationException($"workbook {w}, row {number}: not a row of the plan.");
                }

                observations.Add(new Observation
                {
                    IndicatorId = indicator.Id,
                    MeasureId = measureId,
                    Year = year,
                    UnitCode = unit,
                    Value = value,
                    Numerator = numerator,
                    Denominator = denominator,
                    Source = Text(row, "I"),
                    Location = new InputLocation($"workbook-{w}.xlsx: {CollectionWorkbook.DataSheetName}!F{number}", null),
                });
            }

            imported.Add(new CollectedData(plan.Id, year, unit, observations));
        }

        return imported;
    }

    /// <summary>The library.</summary>
    [Benchmark]
    public List<CollectedData> ChildPlan()
    {
        var imported = new List<CollectedData>(workbooks.Length);
        for (var w = 0; w < workbooks.Length; w++)
        {
            using var stream = new MemoryStream(workbooks[w], writable: false);
            imported.Add(CollectionWorkbook.Read(stream, $"workbook-{w}.xlsx", plan));
        }

        return imported;
    }

    private static List<(string, string?, int, string, decimal?, decimal?, decimal?, string?)> Flatten(List<CollectedData> imported) =>
        [.. imported.SelectMany(d => d.Observations.Select(o => (o.IndicatorId, o.MeasureId, o.Year, o.UnitCode!, o.Value, o.Numerator, o.Denominator, o.Source)))];

    private static string? Text(IDictionary<string, object?> row, string column) =>
        row.TryGetValue(column, out var v) && v?.ToString()?.Trim() is { Length: > 0 } text ? text : null;

    private static decimal? Number(IDictionary<string, object?> row, string column) =>
        row.TryGetValue(column, out var v) ? v switch
        {
            null => null,
            double d => (decimal)d,
            string s when string.IsNullOrWhiteSpace(s) => null,
            string s => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => Convert.ToDecimal(v, CultureInfo.InvariantCulture),
        } : null;

    /// <summary>Fills the input cells of a blank workbook as a commune would: counts behind rates, values otherwise.</summary>
    private static byte[] Fill(MemoryStream blank, Dictionary<(string, string?), Observation> numbers)
    {
        blank.Position = 0;
        using var workbook = new XLWorkbook(blank);
        var sheet = workbook.Worksheet(CollectionWorkbook.DataSheetName);
        var last = sheet.LastRowUsed()!.RowNumber();
        for (var row = CollectionWorkbook.FirstDataRow; row <= last; row++)
        {
            var id = sheet.Cell(row, CollectionWorkbook.IndicatorColumn).GetString();
            if (id.Length == 0)
            {
                continue;
            }

            var measure = sheet.Cell(row, CollectionWorkbook.MeasureColumn).GetString();
            var o = numbers[(id, measure.Length == 0 ? null : measure)];
            if (o is { Numerator: { } n, Denominator: { } d })
            {
                sheet.Cell(row, CollectionWorkbook.NumeratorColumn).SetValue(n);
                sheet.Cell(row, CollectionWorkbook.DenominatorColumn).SetValue(d);
            }
            else
            {
                sheet.Cell(row, CollectionWorkbook.ValueColumn).SetValue(o.Value!.Value);
            }
        }

        using var filled = new MemoryStream();
        workbook.SaveAs(filled);
        return filled.ToArray();
    }
}
