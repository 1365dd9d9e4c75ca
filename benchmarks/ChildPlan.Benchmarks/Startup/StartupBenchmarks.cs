using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using ChildPlan.Benchmarks.Data;

namespace ChildPlan.Benchmarks.Startup;

/// <summary>
/// The whole process of <c>childplan profiles</c> against an empty console app run the same way
/// (benchmarks/ChildPlan.Benchmarks.EmptyApp), both with <c>dotnet</c>: the tool as a user installs it (the ReadyToRun code
/// its package carries for this platform, published here the same way in the setup) and the plain build output (code
/// compiled at run time). Both must be built (<c>dotnet build ChildPlan.sln -c Release</c>).
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1, 1)]
[WarmupCount(1)]
[IterationCount(5)]
public class StartupBenchmarks
{
    private string childplan = null!;
    private string readyToRun = null!;
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

        readyToRun = PublishReadyToRun();
        if (Run(readyToRun, "profiles") != output)
        {
            throw new InvalidOperationException("the ReadyToRun childplan listed other profiles than the built one.");
        }

        if (Run(empty).Trim() != "empty")
        {
            throw new InvalidOperationException("the empty app did not print 'empty'.");
        }
    }

    /// <summary>The floor: an empty console app.</summary>
    [Benchmark(Baseline = true)]
    public string EmptyApp() => Run(empty);

    /// <summary><c>childplan profiles</c> as the tool package installs it: ReadyToRun.</summary>
    [Benchmark]
    public string ChildPlanProfiles() => Run(readyToRun, "profiles");

    /// <summary><c>childplan profiles</c> from the build output, compiled at run time.</summary>
    [Benchmark]
    public string ChildPlanProfilesJit() => Run(childplan, "profiles");

    /// <summary>
    /// Publishes the tool for this platform with the settings of its package (ReadyToRun, from ChildPlan.Cli.csproj) into
    /// artifacts/benchmarks/childplan-readytorun, and returns its childplan.dll.
    /// </summary>
    private static string PublishReadyToRun()
    {
        var root = RepositoryPaths.Root();
        var folder = Path.Combine(root, "artifacts", "benchmarks", "childplan-readytorun");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = root };
        foreach (var arg in new[] { "publish", "src/ChildPlan.Cli", "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-o", folder, "-v", "quiet", "-nologo" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet publish");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var dll = Path.Combine(folder, "childplan.dll");
        return process.ExitCode == 0 && File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"dotnet publish of the ReadyToRun tool failed ({process.ExitCode}): {output} {error.Result}");
    }

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
