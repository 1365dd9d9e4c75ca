using System.Text.RegularExpressions;

namespace ChildPlan.Tests.Docs;

/// <summary>
/// What .ci/doc-snippets reads, for the tests that check the docs' C# blocks the same way: the files it scans, its
/// snippet markers, and which ```csharp fence a marker belongs to (the next line that is not blank, as the script takes the
/// last line that is not blank before a fence).
/// </summary>
internal static partial class SnippetDocs
{
    /// <summary>The folders whose README.md .ci/doc-snippets scans besides the packages'.</summary>
    private static readonly string[] OtherReadmeFolders = ["samples", "templates", "benchmarks"];

    /// <summary>
    /// The files .ci/doc-snippets scans (keep the two lists equal): docs/*.md, src/*/README.md, plugins/*/README.md and
    /// the README.md of samples, templates and benchmarks; each with its path from the repository root and its lines.
    /// </summary>
    public static IEnumerable<(string File, string[] Lines)> ScannedFiles()
    {
        var root = RepositoryRoot();
        var files = Directory.GetFiles(Path.Combine(root, "docs"), "*.md")
            .Concat(ReadmesUnder(root, "src"))
            .Concat(ReadmesUnder(root, "plugins"))
            .Concat(OtherReadmeFolders.Select(d => Path.Combine(root, d, "README.md")).Where(File.Exists))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            yield return (Path.GetRelativePath(root, file).Replace('\\', '/'), Read(file).Split('\n'));
        }
    }

    /// <summary>
    /// The index of the line a marker on line <paramref name="marker"/> stands before: the next line that is not blank
    /// (blank lines between a marker and its fence are allowed), or -1 when there is none.
    /// </summary>
    public static int FenceAfter(string[] lines, int marker)
    {
        for (var i = marker + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether line <paramref name="line"/> opens a ```csharp block, indented or not.</summary>
    public static bool IsCSharpFence(string line) => line.Trim() == "```csharp";

    /// <summary>
    /// The lines of the block whose opening fence is line <paramref name="fence"/>, up to its closing fence (or the end of
    /// the file), with the fence's indentation removed as the script removes it.
    /// </summary>
    public static IEnumerable<string> BlockAt(string[] lines, int fence)
    {
        var indent = lines[fence].Length - lines[fence].TrimStart(' ').Length;
        for (var i = fence + 1; i < lines.Length && !ClosingFence().IsMatch(lines[i]); i++)
        {
            var line = lines[i];
            yield return line.Length - line.TrimStart(' ').Length >= indent ? line[indent..] : line.TrimStart(' ');
        }
    }

    /// <summary>A file's text with its line ends made <c>\n</c>.</summary>
    public static string Read(string path) => File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The repository's root folder.</summary>
    public static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

    private static IEnumerable<string> ReadmesUnder(string root, string folder) =>
        Directory.GetDirectories(Path.Combine(root, folder)).Select(d => Path.Combine(d, "README.md")).Where(File.Exists);

    /// <summary>A line that looks like a snippet marker, well-formed or not.</summary>
    [GeneratedRegex(@"^\s*<!--\s*snippet\b", RegexOptions.IgnoreCase)]
    public static partial Regex LooseMarker();

    /// <summary>A well-formed snippet marker: its name and what follows it.</summary>
    [GeneratedRegex(@"^\s*<!-- snippet: (?<name>[a-z-]+)(?: (?<argument>\S.*?))? -->\s*$")]
    public static partial Regex Marker();

    [GeneratedRegex(@"^ *```[ \t]*$")]
    private static partial Regex ClosingFence();
}
