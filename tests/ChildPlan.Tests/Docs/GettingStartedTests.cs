using System.Text.RegularExpressions;

namespace ChildPlan.Tests.Docs;

/// <summary>
/// docs/getting-started.md walks through the README's "Using the packages" lines and example, which CI runs as written
/// (.ci/readme-packages): its commands and its code must stay the README's.
/// </summary>
public sealed partial class GettingStartedTests
{
    private static readonly string[] DocFolders = ["docs", "src", "plugins", "samples", "templates", "benchmarks"];

    [Fact]
    public void Getting_started_runs_the_readme_commands_in_the_same_order()
    {
        var readme = AppCommands(Section(Read("README.md"), "## Using the packages"));

        Assert.Contains("dotnet new console -n app -o app", readme);
        Assert.Contains(readme, l => l.StartsWith("dotnet add package ChildPlan.Reporting ", StringComparison.Ordinal));
        Assert.Equal(readme, AppCommands(Section(Read("docs", "getting-started.md"), "## 2. A console application", toEnd: true)));
    }

    [Fact]
    public void No_readme_or_doc_installs_a_fixed_ChildPlan_version()
    {
        // Every commit packs its own version (MinVer): a fixed version in a command would name a package that is not there.
        var root = RepositoryRoot();
        var files = DocFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.md", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Append(Path.Combine(root, "README.md"))
            .ToList();

        Assert.True(files.Count > 20, $"only {files.Count} markdown files found");
        foreach (var file in files)
            Assert.False(FixedChildPlanVersion().IsMatch(File.ReadAllText(file)), $"{Path.GetRelativePath(root, file)} installs a ChildPlan package of a fixed version");
    }

    [Fact]
    public void Getting_started_runs_the_readme_example_as_pasted()
    {
        var readme = FirstCSharpBlock(Read("README.md"));

        Assert.Contains("ReportService", readme, StringComparison.Ordinal);
        Assert.Equal(readme, FirstCSharpBlock(Read("docs", "getting-started.md")));
    }

    /// <summary>The commands that make the app, in order: creating it, its package sources, the packages.</summary>
    private static List<string> AppCommands(string markdown) =>
    [
        .. markdown.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("dotnet new ", StringComparison.Ordinal) || l.StartsWith("dotnet nuget ", StringComparison.Ordinal)
                || l.StartsWith("dotnet add package ", StringComparison.Ordinal) || (l.StartsWith("cd ", StringComparison.Ordinal) && !l.StartsWith("cd ..", StringComparison.Ordinal))),
    ];

    /// <summary>The markdown from <paramref name="heading"/> to the next heading of its level, or to the end.</summary>
    private static string Section(string markdown, string heading, bool toEnd = false)
    {
        var start = markdown.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no '{heading}' heading");
        if (toEnd)
            return markdown[start..];
        var level = heading[..(heading.IndexOf(' ', StringComparison.Ordinal) + 1)];
        var end = markdown.IndexOf("\n" + level, start + heading.Length + 1, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    private static string FirstCSharpBlock(string markdown) => CSharpBlock().Match(markdown) is { Success: true } m
        ? m.Groups["code"].Value
        : throw new InvalidOperationException("No ```csharp block.");

    private static string Read(params string[] path) =>
        File.ReadAllText(Path.Combine([RepositoryRoot(), .. path])).Replace("\r\n", "\n", StringComparison.Ordinal);

    [GeneratedRegex(@"(add package|tool install[^\n]*|install) ChildPlan\.[A-Za-z.]+ [^\n#]*--version ")]
    private static partial Regex FixedChildPlanVersion();

    [GeneratedRegex("^```csharp\n(?<code>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
