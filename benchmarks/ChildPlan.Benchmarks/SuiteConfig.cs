using BenchmarkDotNet.Configs;

namespace ChildPlan.Benchmarks;

/// <summary>
/// The suite's configuration. By default every benchmark runs in this process (<c>--inProcess</c> is added to the
/// arguments): on a busy 2-core machine the separate project BenchmarkDotNet otherwise generates and builds costs minutes
/// of the 10-minute budget of the short job. With <c>CHILDPLAN_BENCH_OUT_OF_PROCESS=1</c> each benchmark runs in its own
/// process as BenchmarkDotNet does by default, with a generous build timeout.
/// </summary>
public static class SuiteConfig
{
    /// <summary>The configuration for <see cref="BenchmarkDotNet.Running.BenchmarkSwitcher"/>.</summary>
    public static IConfig Create() => ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));

    /// <summary>The command-line arguments with <c>--inProcess</c> added unless the benchmarks are to run out of process.</summary>
    public static string[] Arguments(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var outOfProcess = Environment.GetEnvironmentVariable("CHILDPLAN_BENCH_OUT_OF_PROCESS") == "1";
        return outOfProcess || args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) || args.Contains("-i") ? args : [.. args, "--inProcess"];
    }
}
