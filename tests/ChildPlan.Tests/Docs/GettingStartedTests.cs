using System.Text.RegularExpressions;

namespace ChildPlan.Tests.Docs;

/// <summary>
/// docs/getting-started.md walks through the README's "Using the packages" lines and example, which CI runs as written
/// (.ci/readme-packages): its commands and its code must stay the README's.
/// </summary>
public sealed partial class GettingStartedTests
{
    [Fact]
    public void Getting_started_adds_the_packages_the_readme_adds()
    {
        var readme = AddPackageLines(Read("README.md"));

        Assert.NotEmpty(readme);
        Assert.Equal(readme, AddPackageLines(Read("docs", "getting-started.md")));
    }

    [Fact]
    public void Getting_started_runs_the_readme_example_as_pasted()
    {
        var readme = FirstCSharpBlock(Read("README.md"));

        Assert.Contains("ReportService", readme, StringComparison.Ordinal);
        Assert.Equal(readme, FirstCSharpBlock(Read("docs", "getting-started.md")));
    }

    private static List<string> AddPackageLines(string markdown) =>
        [.. markdown.Split('\n').Where(l => l.StartsWith("dotnet add package ", StringComparison.Ordinal)).Select(l => l.Trim())];

    private static string FirstCSharpBlock(string markdown) => CSharpBlock().Match(markdown) is { Success: true } m
        ? m.Groups["code"].Value
        : throw new InvalidOperationException("No ```csharp block.");

    private static string Read(params string[] path) =>
        File.ReadAllText(Path.Combine([RepositoryRoot(), .. path])).Replace("\r\n", "\n", StringComparison.Ordinal);

    [GeneratedRegex("^```csharp\n(?<code>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
