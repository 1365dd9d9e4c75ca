namespace ChildPlan.Tests.Docs;

/// <summary>
/// docs/embedding.md shows the back-office sample's code as excerpts: each ```csharp block marked
/// <c>&lt;!-- snippet: excerpt-of PATH --&gt;</c> (on the line before it, blank lines between allowed) must be found, line
/// for line, in the file PATH names (leading indentation aside, removed the same way from every line of the block), so the
/// page cannot drift from the sample that is compiled and tested. .ci/doc-snippets does not compile excerpts, so the
/// check covers every marked block in README.md and in every file the script scans (<see cref="SnippetDocs"/>), with the
/// script's rule for which block a marker belongs to.
/// </summary>
public sealed class EmbeddingDocTests
{
    [Fact]
    public void Every_excerpt_in_the_docs_is_found_verbatim_in_the_file_it_names()
    {
        var root = SnippetDocs.RepositoryRoot();
        var documents = SnippetDocs.ScannedFiles().Append((File: "README.md", Lines: SnippetDocs.Read(Path.Combine(root, "README.md")).Split('\n')));
        var excerpts = documents.SelectMany(d => Excerpts(d.Lines).Select(e => (Document: $"{d.File}:{e.Line}", e.Path, e.Code))).ToList();

        Assert.NotEmpty(excerpts);
        var stale = new List<string>();
        foreach (var (document, path, code) in excerpts)
        {
            var file = Path.Combine(root, path);
            if (code is null)
            {
                stale.Add($"{document}: the excerpt of {path} is not followed by a ```csharp block.");
            }
            else if (!File.Exists(file))
            {
                stale.Add($"{document}: the excerpt of {path} names a file that does not exist.");
            }
            else if (!IsExcerpt(code, SnippetDocs.Read(file)))
            {
                stale.Add($"{document}: this excerpt is not in {path} as shown:\n{code}");
            }
        }

        Assert.True(stale.Count == 0, string.Join("\n\n", stale));
    }

    [Fact]
    public void The_embedding_doc_shows_only_excerpts_of_the_sample_and_its_tests()
    {
        var doc = SnippetDocs.Read(Path.Combine(SnippetDocs.RepositoryRoot(), "docs", "embedding.md")).Split('\n');

        var blocks = doc.Count(SnippetDocs.IsCSharpFence);
        var excerpts = Excerpts(doc).ToList();
        Assert.True(blocks > 5, $"docs/embedding.md has {blocks} ```csharp block(s).");
        Assert.Equal(blocks, excerpts.Count);
        Assert.All(excerpts, e => Assert.Matches("^(samples/ChildPlan.Samples.BackOffice|tests/ChildPlan.Samples.Tests)/", e.Path));
    }

    [Theory]
    [InlineData("README.md", "docs/embedding.md")]
    [InlineData("samples/README.md", "../docs/embedding.md")]
    public void The_embedding_doc_is_linked_from(string document, string link) =>
        Assert.Contains($"]({link})", SnippetDocs.Read(Path.Combine([SnippetDocs.RepositoryRoot(), .. document.Split('/')])), StringComparison.Ordinal);

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

    [Theory]
    [InlineData("<!-- snippet: excerpt-of a.cs -->\n```csharp\nx();\n```\n", "x();\n")]
    [InlineData("<!-- snippet: excerpt-of a.cs -->\n\n```csharp\nx();\n```\n", "x();\n")] // a blank line between
    [InlineData("- item\n\n  <!-- snippet: excerpt-of a.cs -->\n  ```csharp\n  x();\n      y();\n  ```\n", "x();\n    y();\n")] // indented in a list
    [InlineData("<!-- snippet: excerpt-of a.cs -->\ntext\n```csharp\nx();\n```\n", null)] // not the marker's block
    public void An_excerpt_marker_belongs_to_the_csharp_block_after_it_as_for_the_snippet_script(string markdown, string? code)
    {
        var excerpt = Assert.Single(Excerpts(markdown.Split('\n')));

        Assert.Equal(("a.cs", code), (excerpt.Path, excerpt.Code));
    }

    /// <summary>
    /// The excerpts of a document: each <c>excerpt-of</c> marker's line (1-based), path and block, the block being none when
    /// the marker does not stand before a ```csharp block (a problem DocSnippetConventionTests reports too).
    /// </summary>
    private static IEnumerable<(int Line, string Path, string? Code)> Excerpts(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (SnippetDocs.Marker().Match(lines[i]) is { Success: true } marker && marker.Groups["name"].Value == "excerpt-of")
            {
                var fence = SnippetDocs.FenceAfter(lines, i);
                var code = fence >= 0 && SnippetDocs.IsCSharpFence(lines[fence])
                    ? string.Concat(SnippetDocs.BlockAt(lines, fence).Select(l => l + "\n"))
                    : null;
                yield return (i + 1, marker.Groups["argument"].Value, code);
            }
        }
    }
}
