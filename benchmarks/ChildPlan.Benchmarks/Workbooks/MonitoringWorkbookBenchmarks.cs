using BenchmarkDotNet.Attributes;
using ChildPlan.Benchmarks.Data;
using ChildPlan.Indicators;
using ChildPlan.Reporting.Localization;
using ChildPlan.Reporting.Workbooks;
using MiniExcelLibs;
using NodaTime;

namespace ChildPlan.Benchmarks.Workbooks;

/// <summary>
/// The national monitoring workbook: the results of every commune of the country (3,321 communes × 32 measures, one
/// year: 106,272 rows, evaluated commune by commune in the setup) written by <see cref="MonitoringWorkbook"/>, against
/// MiniExcel writing the same rows (the same sheets by goal, the same header and cells, without styles).
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(3)]
public class MonitoringWorkbookBenchmarks
{
    private static readonly Instant Created = Instant.FromUtc(2026, 1, 5, 3, 30);
    private PlanEvaluation evaluation = null!;

    /// <summary>Communes (the country; 100 with <c>CHILDPLAN_BENCH_SMOKE=1</c>).</summary>
    [ParamsSource(nameof(CommuneCounts))]
    public int Communes { get; set; }

    /// <summary>The values of <see cref="Communes"/>.</summary>
    public static IEnumerable<int> CommuneCounts => [Smoke.Enabled ? 100 : NationalData.Communes];

    /// <summary>Whether the setup checks that both workbooks hold the same cells (the peak-memory mode leaves it out, so that writing them does not set the peak).</summary>
    public bool CheckSameCells { get; set; } = true;

    /// <summary>Evaluates every commune and checks that both workbooks hold the same cells.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = NationalData.Create(RealPlan.Plan, Communes, years: RealPlan.ReportYear - RealPlan.Plan.Years.From + 1);
        var hierarchy = data.Hierarchy();
        var results = new List<IndicatorResult>();
        foreach (var commune in data.Observations.Where(o => o.Year == RealPlan.ReportYear).GroupBy(o => o.UnitCode!))
        {
            results.AddRange(PlanEvaluator.Evaluate(data.Plan, [.. commune], hierarchy, new EvaluationOptions { Year = RealPlan.ReportYear, UnitCode = commune.Key }).Results);
        }

        evaluation = new PlanEvaluation(data.Plan, data.Root.Code, results) { Year = RealPlan.ReportYear, Unit = data.Root };
        if (!CheckSameCells)
        {
            return;
        }

        var header = MonitoringWorkbook.GoalColumns[0];
        Sheets.RequireSame(Sheets.Read(Bytes(ChildPlan), header), Sheets.Read(Bytes(MiniExcelRows), header), "monitoring workbook");
    }

    /// <summary>The floor: MiniExcel writing the same rows.</summary>
    [Benchmark(Baseline = true)]
    public long MiniExcelRows()
    {
        using var output = new MemoryStream();
        MiniExcelRows(output);
        return output.Length;
    }

    /// <summary>The library.</summary>
    [Benchmark]
    public long ChildPlan()
    {
        using var output = new MemoryStream();
        ChildPlan(output);
        return output.Length;
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var output = new MemoryStream();
        write(output);
        return output.ToArray();
    }

    private void ChildPlan(Stream output) =>
        MonitoringWorkbook.Write(evaluation, new WorkbookOptions { Created = Created, UnitName = evaluation.Unit?.Name, DataSourceName = "benchmark" }, output);

    private void MiniExcelRows(Stream output)
    {
        var plan = evaluation.Plan;
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        var statuses = Enum.GetValues<AchievementStatus>();
        sheets[MonitoringWorkbook.SummarySheetName] = statuses.Select(s => Row(StatusNames.Caption(s), evaluation.Results.Count(r => r.Status == s)));
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { MonitoringWorkbook.SummarySheetName };
        foreach (var goal in plan.Goals)
        {
            var results = evaluation.Results.Where(r => r.Indicator.GoalId == goal.Id);
            sheets[SheetName(PlanText.GoalCaption(goal), used)] = new[] { Row([.. MonitoringWorkbook.GoalColumns]) }.Concat(results.Select(r => Row(
                PlanText.IndicatorNumber(r.Indicator),
                r.Indicator.Name,
                r.Measure.Name,
                UnitCaption(r.Measure.Unit),
                r.Year,
                ResultText.Target(r),
                r.Actual?.Value,
                r.Actual?.Numerator,
                r.Actual?.Denominator,
                StatusNames.Caption(r.Status),
                r.Judgement.Progress,
                string.Join("; ", r.Indicator.Responsibility.Leads.Select(l => plan.FindAgency(l)?.Name ?? l)),
                r.Recorded is { } recorded ? StatusNames.Caption(recorded.Status) : null,
                r.Key)));
        }

        output.SaveAs(sheets, printHeader: false);
    }

    private static Dictionary<string, object?> Row(params object?[] cells)
    {
        var row = new Dictionary<string, object?>(cells.Length, StringComparer.Ordinal);
        for (var i = 0; i < cells.Length; i++)
        {
            row[((char)('A' + i)).ToString()] = cells[i];
        }

        return row;
    }

    private static string UnitCaption(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Count => "số lượng",
        IndicatorUnit.YesNo => "1 = hoàn thành, 0 = chưa",
        _ => VietnameseFormat.UnitSymbol(unit),
    };

    private static string SheetName(string caption, HashSet<string> used)
    {
        var clean = new string([.. caption.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]);
        var name = clean.Length > 31 ? clean[..31] : clean;
        for (var i = 2; !used.Add(name); i++)
        {
            var suffix = $" ({i})";
            name = (clean.Length > 31 - suffix.Length ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return name;
    }
}
