using BenchmarkDotNet.Running;
using ChildPlan.Benchmarks;

// One executable for the whole suite: pick benchmarks with --filter, list them with --list flat (see benchmarks/README.md).
// `peak SCENARIO [COMMUNES]` measures the peak working set of one run instead (PeakMemory).
// The exit code is 1 when a benchmark failed (its setup found the library and its baseline giving different results, or it threw).
if (args.Length > 0 && args[0] == "peak")
{
    return PeakMemory.Run(args);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(SuiteConfig).Assembly).Run(args, SuiteConfig.Create());
var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Length < s.BenchmarksCases.Length || s.Reports.Any(r => !r.Success)).ToList();
foreach (var summary in failed)
{
    Console.Error.WriteLine($"FAILED: {summary.Title}");
}

return failed.Count == 0 ? 0 : 1;
