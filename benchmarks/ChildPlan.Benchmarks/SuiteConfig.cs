using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ChildPlan.Benchmarks;

/// <summary>
/// The suite's configuration. By default every benchmark runs in this process (a mutator sets the in-process toolchain
/// on every job, the one given with <c>--job</c> too): on a busy 2-core machine the separate project BenchmarkDotNet
/// otherwise generates and builds costs minutes of the 10-minute budget of the short job. Its time limit per benchmark is
/// 30 minutes (the default 5 is too short for the slowest benchmarks of an unoptimized library). With
/// <c>CHILDPLAN_BENCH_OUT_OF_PROCESS=1</c> each benchmark runs in its own process as BenchmarkDotNet does by default,
/// with a generous build timeout.
/// </summary>
public static class SuiteConfig
{
    /// <summary>The configuration for <see cref="BenchmarkDotNet.Running.BenchmarkSwitcher"/>.</summary>
    public static IConfig Create()
    {
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
        return Environment.GetEnvironmentVariable("CHILDPLAN_BENCH_OUT_OF_PROCESS") == "1"
            ? config
            : config.AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).AsMutator());
    }
}
