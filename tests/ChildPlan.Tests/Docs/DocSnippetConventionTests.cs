using System.Text.RegularExpressions;

namespace ChildPlan.Tests.Docs;

/// <summary>
/// The convention .ci/doc-snippets compiles the docs' C# blocks by (docs/public-api.md, "Docs and their code"): every
/// ```csharp block of the scanned files is compiled; an HTML comment <c>&lt;!-- snippet: … --&gt;</c> on the line before
/// a block says how. These tests keep the markers to the ones the script knows, each on a ```csharp block, and keep C#
/// out of fences the script does not compile. They do not compile anything: CI's script does.
/// </summary>
public sealed partial class DocSnippetConventionTests
{
    /// <summary>The markers .ci/doc-snippets knows, each with the text that follows its name (if any).</summary>
    private static readonly string[] KnownMarkers = ["xunit-class", "excerpt-of"];

    /// <summary>The folders whose README.md .ci/doc-snippets scans besides the packages'.</summary>
    private static readonly string[] OtherReadmeFolders = ["samples", "templates", "benchmarks"];

    [Fact]
    public void Every_snippet_marker_is_known_and_stands_before_a_csharp_block()
    {
        var problems = new List<string>();
        foreach (var (file, lines) in ScannedFiles())
        {
            for (var i = 0; i < lines.Length; i++)
            {
                if (!LooseMarker().IsMatch(lines[i]))
                    continue;
                var where = $"{file}:{i + 1}";
                var marker = Marker().Match(lines[i]);
                if (!marker.Success)
                {
                    problems.Add($"{where}: '{lines[i].Trim()}' is not '<!-- snippet: NAME -->' on a line of its own");
                    continue;
                }

                var name = marker.Groups["name"].Value;
                var argument = marker.Groups["argument"].Value;
                if (!KnownMarkers.Contains(name, StringComparer.Ordinal))
                    problems.Add($"{where}: unknown snippet marker '{name}' (known: {string.Join(", ", KnownMarkers)})");
                else if (name == "excerpt-of" && argument.Length == 0)
                    problems.Add($"{where}: 'excerpt-of' names no file");
                else if (name == "xunit-class" && argument.Length > 0)
                    problems.Add($"{where}: 'xunit-class' takes nothing after it, not '{argument}'");

                var next = lines.Skip(i + 1).FirstOrDefault(l => l.Trim().Length > 0);
                if (next?.Trim() != "```csharp")
                    problems.Add($"{where}: the snippet marker is not followed by a ```csharp block but by '{next?.Trim()}'");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void No_csharp_hides_in_a_fence_the_script_does_not_compile()
    {
        var problems = ScannedFiles()
            .SelectMany(f => f.Lines.Select((line, i) => (f.File, Line: i + 1, Text: line.Trim())))
            .Where(l => OtherCSharpFence().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: '{l.Text}': C# to compile is tagged ```csharp (alone); output and pseudo-code ```text")
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_script_handles_every_known_marker()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryRoot(), ".ci", "doc-snippets"));

        Assert.Contains("    xunit-class) kind=xunit-class ;;", script, StringComparison.Ordinal);
        Assert.Contains("    excerpt-of\\ *) skipped=", script, StringComparison.Ordinal);
        Assert.Contains("bash .ci/doc-snippets", File.ReadAllText(Path.Combine(RepositoryRoot(), ".ci", "run")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_scanned_files_have_csharp_blocks()
    {
        var blocks = ScannedFiles().Sum(f => f.Lines.Count(l => l.Trim() == "```csharp"));

        Assert.True(blocks >= 15, $"only {blocks} ```csharp blocks found: is the list of scanned files right?");
    }

    /// <summary>The files .ci/doc-snippets scans (keep the two lists equal).</summary>
    private static IEnumerable<(string File, string[] Lines)> ScannedFiles()
    {
        var root = RepositoryRoot();
        var files = Directory.GetFiles(Path.Combine(root, "docs"), "*.md")
            .Concat(ReadmesUnder(root, "src"))
            .Concat(ReadmesUnder(root, "plugins"))
            .Concat(OtherReadmeFolders.Select(d => Path.Combine(root, d, "README.md")).Where(File.Exists))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var lines = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            yield return (Path.GetRelativePath(root, file).Replace('\\', '/'), lines);
        }
    }

    private static IEnumerable<string> ReadmesUnder(string root, string folder) =>
        Directory.GetDirectories(Path.Combine(root, folder)).Select(d => Path.Combine(d, "README.md")).Where(File.Exists);

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

    [GeneratedRegex(@"^\s*<!--\s*snippet\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooseMarker();

    [GeneratedRegex(@"^\s*<!-- snippet: (?<name>[a-z-]+)(?: (?<argument>\S.*?))? -->\s*$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^```\s*(cs|c#|csharp\s+\S.*|CSharp|C#|Csharp|CS)\s*$")]
    private static partial Regex OtherCSharpFence();
}
