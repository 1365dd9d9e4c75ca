using System.Diagnostics;

namespace ChildPlan.Tests.Reporting;

/// <summary>
/// The programs outside .NET that tests read documents with (Chromium, poppler's pdfinfo, pdftotext, pdffonts).
/// CI installs them (.ci/run) and sets CHILDPLAN_REQUIRE_BROWSER=1, so there a missing one fails the test; on a
/// developer machine without them the test is skipped and says why. Also compiled into tests/ChildPlan.Samples.Tests
/// (linked from its project file), whose real-browser test drives the same Chromium.
/// </summary>
internal static class ExternalTool
{
    /// <summary>Chromium, from CHILDPLAN_CHROMIUM or /usr/bin/chromium.</summary>
    public static string Chromium() => Require("CHILDPLAN_CHROMIUM", "/usr/bin/chromium", "chromium");

    /// <summary>Whether a Chromium is installed where <see cref="Chromium"/> looks (without skipping or failing).</summary>
    public static bool HasChromium() => File.Exists(Candidate("CHILDPLAN_CHROMIUM", "/usr/bin/chromium"));

    /// <summary>A poppler-utils program (pdfinfo, pdftotext, pdffonts), from CHILDPLAN_&lt;NAME&gt; or /usr/bin.</summary>
    public static string Poppler(string name) => Require("CHILDPLAN_" + name.ToUpperInvariant(), "/usr/bin/" + name, name + " (poppler-utils)");

    /// <summary>The path of a program: the variable's value, else <paramref name="path"/>; skips (or fails, on CI) when it is not there.</summary>
    public static string Require(string variable, string path, string what)
    {
        var candidate = Candidate(variable, path);
        if (File.Exists(candidate))
        {
            return candidate;
        }

        var message = $"{what} is not installed at {candidate} (set {variable} to its path).";
        if (Environment.GetEnvironmentVariable("CHILDPLAN_REQUIRE_BROWSER") == "1")
        {
            Assert.Fail(message + " CHILDPLAN_REQUIRE_BROWSER=1, so this is a failure, not a skip.");
        }

        Assert.Skip(message);
        return candidate;
    }

    private static string Candidate(string variable, string path) => Environment.GetEnvironmentVariable(variable) ?? path;

    /// <summary>Runs <paramref name="file"/> and returns what it printed; fails the test when it fails or takes over 90 s.</summary>
    public static string Run(string file, params string[] arguments) => RunWithErrors(file, arguments).Output;

    /// <summary>Runs <paramref name="file"/> and returns what it printed to its output and to its error stream.</summary>
    public static (string Output, string Errors) RunWithErrors(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} did not finish in 90 s.");
        }

        Assert.True(process.ExitCode == 0, $"{file} exited with {process.ExitCode}: {stderr.Result}");
        return (stdout.Result, stderr.Result);
    }
}
