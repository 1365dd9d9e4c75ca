using System.Text.RegularExpressions;

namespace ChildPlan.Tests.Docs;

/// <summary>
/// docs/embedding.md shows the back-office sample's code as excerpts: each ```csharp block marked
/// <c>&lt;!-- snippet: excerpt-of PATH --&gt;</c> on the line before it must be found, line for line, in the file PATH
/// names (leading indentation aside, removed the same way from every line of the block), so the page cannot drift from
/// the sample that is compiled and tested. The check covers every marked block in README.md and docs/.
/// </summary>
public sealed partial class EmbeddingDocTests
{
    [Fact]
    public void Every_excerpt_in_the_docs_is_found_verbatim_in_the_file_it_names()
    {
        var root = RepositoryRoot();
        var documents = Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md").Append(Path.Combine(root, "README.md"));
        var excerpts = documents.SelectMany(d => Excerpts(Read(d)).Select(e => (Document: Path.GetRelativePath(root, d), e.Path, e.Code))).ToList();

        Assert.NotEmpty(excerpts);
        var stale = new List<string>();
        foreach (var (document, path, code) in excerpts)
        {
            var file = Path.Combine(root, path);
            if (!File.Exists(file))
            {
                stale.Add($"{document}: the excerpt of {path} names a file that does not exist.");
            }
            else if (!IsExcerpt(code, Read(file)))
            {
                stale.Add($"{document}: this excerpt is not in {path} as shown:\n{code}");
            }
        }

        Assert.True(stale.Count == 0, string.Join("\n\n", stale));
    }

    [Fact]
    public void The_embedding_doc_shows_only_excerpts_of_the_sample_and_its_tests()
    {
        var doc = Read(Path.Combine(RepositoryRoot(), "docs", "embedding.md"));

        var blocks = CSharpBlock().Count(doc);
        var excerpts = Excerpts(doc).ToList();
        Assert.True(blocks > 5, $"docs/embedding.md has {blocks} ```csharp block(s).");
        Assert.Equal(blocks, excerpts.Count);
        Assert.All(excerpts, e => Assert.Matches("^(samples/ChildPlan.Samples.BackOffice|tests/ChildPlan.Samples.Tests)/", e.Path));
    }

    [Theory]
    [InlineData("README.md", "docs/embedding.md")]
    [InlineData("samples/README.md", "../docs/embedding.md")]
    public void The_embedding_doc_is_linked_from(string document, string link) =>
        Assert.Contains($"]({link})", Read(Path.Combine([RepositoryRoot(), .. document.Split('/')])), StringComparison.Ordinal);

    [Theory]
    [InlineData("    if (x)\n    {\n        y();\n    }\n", true)]
    [InlineData("if (x)\n{\n    y();\n}\n", true)]
    [InlineData("{\n    y();\n", true)]
    [InlineData("if (x)\n{\n        y();\n}\n", false)] // indentation changed inside the block
    [InlineData("if (x)\n{\n    z();\n}\n", false)] // a changed line
    [InlineData("if (x)\n    y();\n", false)] // a line left out
    public void An_excerpt_matches_only_consecutive_unchanged_lines(string excerpt, bool found)
    {
        const string Source = "class C\n{\n    void M()\n    {\n        if (x)\n        {\n            y();\n        }\n    }\n}\n";

        Assert.Equal(found, IsExcerpt(excerpt, Source));
    }

    /// <summary>Whether the lines of <paramref name="code"/> are consecutive lines of <paramref name="source"/>, both without their common leading indentation.</summary>
    private static bool IsExcerpt(string code, string source)
    {
        var excerpt = Dedent(Lines(code));
        var lines = Lines(source);
        if (excerpt.Count == 0)
        {
            return false;
        }

        for (var start = 0; start + excerpt.Count <= lines.Count; start++)
        {
            if (Dedent(lines.GetRange(start, excerpt.Count)).SequenceEqual(excerpt, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Lines(string text) => [.. text.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd())];

    private static List<string> Dedent(List<string> lines)
    {
        var indent = lines.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        return [.. lines.Select(l => l.Length == 0 ? l : l[indent..])];
    }

    private static IEnumerable<(string Path, string Code)> Excerpts(string markdown) =>
        MarkedBlock().Matches(markdown).Select(m => (m.Groups["path"].Value, m.Groups["code"].Value));

    private static string Read(string path) => File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);

    [GeneratedRegex("^<!-- snippet: excerpt-of (?<path>[^ ]+) -->\n```csharp\n(?<code>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex MarkedBlock();

    [GeneratedRegex("^```csharp$", RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
