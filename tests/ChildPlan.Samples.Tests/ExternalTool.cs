namespace ChildPlan.Samples.Tests;

/// <summary>
/// The browser the real-browser test drives (copied from tests/ChildPlan.Tests ExternalTool, which is in another project):
/// CI installs it and sets CHILDPLAN_REQUIRE_BROWSER=1, so there a missing one fails the test; elsewhere the test is skipped and says why.
/// </summary>
internal static class ExternalTool
{
    /// <summary>Chromium, from CHILDPLAN_CHROMIUM or /usr/bin/chromium.</summary>
    public static string Chromium() => Require("CHILDPLAN_CHROMIUM", "/usr/bin/chromium", "chromium");

    /// <summary>Whether a Chromium is installed where <see cref="Chromium"/> looks.</summary>
    public static bool HasChromium() => File.Exists(Environment.GetEnvironmentVariable("CHILDPLAN_CHROMIUM") ?? "/usr/bin/chromium");

    private static string Require(string variable, string path, string what)
    {
        var candidate = Environment.GetEnvironmentVariable(variable) ?? path;
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
}
