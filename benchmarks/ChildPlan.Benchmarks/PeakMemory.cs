using System.Diagnostics;
using ChildPlan.Benchmarks.Evaluation;
using ChildPlan.Benchmarks.Workbooks;

namespace ChildPlan.Benchmarks;

/// <summary>
/// <c>peak SCENARIO [COMMUNES]</c>: runs one benchmark method once in this process, after its setup, and prints the
/// process's peak working set before and after it (BenchmarkDotNet's memory diagnoser counts bytes allocated, not the
/// peak). Run each scenario in its own process: <c>evaluation</c>, <c>evaluation-flat</c>, <c>workbook</c>,
/// <c>workbook-miniexcel</c>.
/// </summary>
public static class PeakMemory
{
    /// <summary>The scenarios, each a setup and the operation measured.</summary>
    private static readonly Dictionary<string, Func<int, (Action Setup, Func<object> Run)>> Scenarios = new(StringComparer.Ordinal)
    {
        ["evaluation"] = communes => Evaluation(communes, b => b.ChildPlan()),
        ["evaluation-flat"] = communes => Evaluation(communes, b => b.FlatLoop()),
        ["workbook"] = communes => Workbook(communes, b => b.ChildPlan()),
        ["workbook-miniexcel"] = communes => Workbook(communes, b => b.MiniExcelRows()),
    };

    /// <summary>Runs the scenario named in <paramref name="args"/> and returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args)
    {
        var communes = Data.NationalData.Communes;
        if (args.Count < 2 || args.Count > 3 || !Scenarios.TryGetValue(args[1], out var scenario)
            || (args.Count == 3 && !(int.TryParse(args[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out communes) && communes > 0)))
        {
            Console.Error.WriteLine($"usage: peak {string.Join('|', Scenarios.Keys)} [COMMUNES] (COMMUNES: a whole number above 0; default {Data.NationalData.Communes})");
            return 2;
        }

        var (setup, run) = scenario(communes);
        setup();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        var setupPeak = process.PeakWorkingSet64;
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(run());
        watch.Stop();
        process.Refresh();
        Console.WriteLine($"{args[1]} ({communes:N0} communes): working set before {Mib(before)} MiB (peak in setup {Mib(setupPeak)} MiB); peak after {Mib(process.PeakWorkingSet64)} MiB (the operation: up to {Mib(Math.Max(0, process.PeakWorkingSet64 - before))} MiB above the setup's working set); the operation took {watch.Elapsed.TotalSeconds:0.00} s once.");
        return 0;
    }

    private static long Mib(long bytes) => bytes / (1024 * 1024);

    private static (Action, Func<object>) Evaluation(int communes, Func<EvaluationBenchmarks, object> run)
    {
        var benchmark = new EvaluationBenchmarks { Communes = communes };
        return (benchmark.Setup, () => run(benchmark));
    }

    private static (Action, Func<object>) Workbook(int communes, Func<MonitoringWorkbookBenchmarks, object> run)
    {
        var benchmark = new MonitoringWorkbookBenchmarks { Communes = communes, CheckSameCells = false };
        return (benchmark.Setup, () => run(benchmark));
    }
}
