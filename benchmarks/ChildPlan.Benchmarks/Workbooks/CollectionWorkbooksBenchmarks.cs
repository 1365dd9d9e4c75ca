using BenchmarkDotNet.Attributes;
using ChildPlan.Benchmarks.Data;
using ChildPlan.Reporting.Workbooks;
using MiniExcelLibs;
using NodaTime;

namespace ChildPlan.Benchmarks.Workbooks;

/// <summary>
/// <c>collect --children-of</c> style: a data collection workbook for each of many communes, written one at a time by
/// <see cref="CollectionWorkbook.Write"/>, against MiniExcel writing the same sheets and cells (read back from the
/// library's workbooks in the setup) without styles, validation or protection.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(3)]
public class CollectionWorkbooksBenchmarks
{
    private static readonly CollectionOptions Options = new() { Created = Instant.FromUtc(2026, 1, 5, 3, 30) };
    private Plan plan = null!;
    private IReadOnlyList<AdministrativeUnit> units = null!;
    private List<List<(string Name, List<object?[]> Rows)>> cells = null!;

    /// <summary>Workbooks (communes) in the batch (5 with <c>CHILDPLAN_BENCH_SMOKE=1</c>).</summary>
    [ParamsSource(nameof(UnitCounts))]
    public int Units { get; set; }

    /// <summary>The values of <see cref="Units"/>.</summary>
    public static IEnumerable<int> UnitCounts => [Smoke.Enabled ? 5 : 100];

    /// <summary>Captures the cells of each unit's workbook and checks that MiniExcel writes the same cells.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = NationalData.Create(RealPlan.Plan, Units, years: 1);
        plan = data.Plan;
        units = data.CommuneUnits;
        cells = [.. units.Select(u => Sheets.ReadRaw(Library(u)))];
        Sheets.RequireSame(Sheets.Read(Library(units[0]), null), Sheets.Read(MiniExcelWorkbook(cells[0]), null), "collection workbook");
    }

    /// <summary>The floor: MiniExcel writing the same cells, one workbook at a time.</summary>
    [Benchmark(Baseline = true)]
    public long MiniExcelRows() => cells.Sum(c => (long)MiniExcelWorkbook(c).Length);

    /// <summary>The library, one workbook at a time.</summary>
    [Benchmark]
    public long ChildPlan() => units.Sum(u => (long)Library(u).Length);

    private byte[] Library(AdministrativeUnit unit)
    {
        using var output = new MemoryStream();
        CollectionWorkbook.Write(plan, RealPlan.ReportYear, unit, Options, output);
        return output.ToArray();
    }

    private static byte[] MiniExcelWorkbook(List<(string Name, List<object?[]> Rows)> sheets)
    {
        using var output = new MemoryStream();
        output.SaveAs(sheets.ToDictionary(s => s.Name, s => (object)Sheets.Rows(s.Rows), StringComparer.Ordinal), printHeader: false);
        return output.ToArray();
    }
}
