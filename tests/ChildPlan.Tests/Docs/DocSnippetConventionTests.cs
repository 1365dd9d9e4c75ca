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

    [Fact]
    public void Every_snippet_marker_is_known_and_stands_before_a_csharp_block()
    {
        var problems = new List<string>();
        foreach (var (file, lines) in SnippetDocs.ScannedFiles())
        {
            for (var i = 0; i < lines.Length; i++)
            {
                if (!SnippetDocs.LooseMarker().IsMatch(lines[i]))
                    continue;
                var where = $"{file}:{i + 1}";
                var marker = SnippetDocs.Marker().Match(lines[i]);
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

                var fence = SnippetDocs.FenceAfter(lines, i);
                if (fence < 0 || !SnippetDocs.IsCSharpFence(lines[fence]))
                    problems.Add($"{where}: the snippet marker is not followed by a ```csharp block but by '{(fence < 0 ? "the end of the file" : lines[fence].Trim())}'");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void No_csharp_hides_in_a_fence_the_script_does_not_compile()
    {
        var problems = SnippetDocs.ScannedFiles()
            .SelectMany(f => f.Lines.Select((line, i) => (f.File, Line: i + 1, Text: line.Trim())))
            .Where(l => OtherCSharpFence().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: '{l.Text}': C# to compile is tagged ```csharp (alone); output and pseudo-code ```text")
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_script_handles_every_known_marker()
    {
        var script = File.ReadAllText(Path.Combine(SnippetDocs.RepositoryRoot(), ".ci", "doc-snippets"));

        Assert.Contains("    xunit-class) kind=xunit-class ;;", script, StringComparison.Ordinal);
        Assert.Contains("    excerpt-of\\ *) skipped=", script, StringComparison.Ordinal);
        Assert.Contains("bash .ci/doc-snippets", File.ReadAllText(Path.Combine(SnippetDocs.RepositoryRoot(), ".ci", "run")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_scanned_files_have_csharp_blocks()
    {
        var blocks = SnippetDocs.ScannedFiles().Sum(f => f.Lines.Count(SnippetDocs.IsCSharpFence));

        Assert.True(blocks >= 15, $"only {blocks} ```csharp blocks found: is the list of scanned files right?");
    }

    [GeneratedRegex(@"^```\s*(cs|c#|csharp\s+\S.*|CSharp|C#|Csharp|CS)\s*$")]
    private static partial Regex OtherCSharpFence();
}
