using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ChildPlan.Benchmarks;

/// <summary>
/// The suite's configuration. By default every benchmark runs in this process (the in-process toolchain): on a busy
/// 2-core machine the separate project BenchmarkDotNet otherwise generates and builds costs minutes of the 10-minute budget
/// of the short job. With <c>CHILDPLAN_BENCH_OUT_OF_PROCESS=1</c> each benchmark runs in its own process, built with a
/// generous build timeout. Jobs given on the command line (<c>--job short</c>) are built on the default job here.
/// </summary>
public static class SuiteConfig
{
    /// <summary>The configuration for <see cref="BenchmarkDotNet.Running.BenchmarkSwitcher"/>.</summary>
    public static IConfig Create()
    {
        var outOfProcess = Environment.GetEnvironmentVariable("CHILDPLAN_BENCH_OUT_OF_PROCESS") == "1";
        var job = outOfProcess
            ? Job.Default
            : Job.Default.WithToolchain(InProcessEmitToolchain.Instance);
        return DefaultConfig.Instance.AddJob(job.AsDefault()).WithBuildTimeout(TimeSpan.FromMinutes(15));
    }
}
