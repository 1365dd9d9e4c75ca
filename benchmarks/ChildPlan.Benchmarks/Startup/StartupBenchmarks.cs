using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using ChildPlan.Benchmarks.Data;

namespace ChildPlan.Benchmarks.Startup;

/// <summary>
/// The whole process of <c>childplan profiles</c> (the built childplan.dll run with <c>dotnet</c>) against an empty
/// console app run the same way (benchmarks/ChildPlan.Benchmarks.EmptyApp). Both must be built
/// (<c>dotnet build ChildPlan.sln -c Release</c>).
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1, 1)]
[WarmupCount(1)]
[IterationCount(5)]
public class StartupBenchmarks
{
    private string childplan = null!;
    private string empty = null!;

    /// <summary>Finds the binaries and checks that both run.</summary>
    [GlobalSetup]
    public void Setup()
    {
        childplan = RepositoryPaths.BuiltAssembly("src/ChildPlan.Cli", "childplan");
        empty = RepositoryPaths.BuiltAssembly("benchmarks/ChildPlan.Benchmarks.EmptyApp", "ChildPlan.Benchmarks.EmptyApp");
        var output = Run(childplan, "profiles");
        if (!output.Contains(RealPlan.ProfileId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"childplan profiles did not list {RealPlan.ProfileId}: {output}");
        }

        if (Run(empty).Trim() != "empty")
        {
            throw new InvalidOperationException("the empty app did not print 'empty'.");
        }
    }

    /// <summary>The floor: an empty console app.</summary>
    [Benchmark(Baseline = true)]
    public string EmptyApp() => Run(empty);

    /// <summary><c>childplan profiles</c>.</summary>
    [Benchmark]
    public string ChildPlanProfiles() => Run(childplan, "profiles");

    private static string Run(string assembly, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start dotnet {assembly}");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"dotnet {assembly} {string.Join(' ', args)} exited with {process.ExitCode}: {error.Result}");
    }
}
