using System.Text.RegularExpressions;

namespace ChildPlan.Tests.Architecture;

/// <summary>
/// The words people read live in one place: the localisation area of the reporting package
/// (src/ChildPlan.Reporting/Localization). The model, the formats, the engine, hosting, the rest of reporting
/// and the CLI carry codes and numbers; a Vietnamese string literal anywhere else in src/ fails this test.
/// </summary>
public sealed partial class LocalisationTests
{
    // English sentences that name a Vietnamese term the reader knows it by; not Vietnamese sentences.
    private static readonly HashSet<string> EnglishWithVietnameseTerms = new(StringComparer.Ordinal)
    {
        "has no lead agency (chủ trì).",
        "The report date YYYY-MM-DD (default: today in Việt Nam).",
    };

    [Fact]
    public void No_vietnamese_text_is_written_in_code_outside_the_localisation_area()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var localisation = Path.Combine(src, "ChildPlan.Reporting", "Localization") + Path.DirectorySeparatorChar;
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            if (file.StartsWith(localisation, StringComparison.Ordinal) || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = lines[i].TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal))
                {
                    continue; // documentation and comments may quote the documents
                }

                foreach (Match literal in StringLiteral().Matches(code))
                {
                    var text = literal.Groups["text"].Value;
                    if (VietnameseLetter().IsMatch(text) && !EnglishWithVietnameseTerms.Any(text.Contains))
                    {
                        offenders.Add($"{Path.GetRelativePath(src, file)}:{i + 1}: \"{text}\"");
                    }
                }
            }
        }

        Assert.True(offenders.Count == 0, "Vietnamese text outside src/ChildPlan.Reporting/Localization:\n" + string.Join('\n', offenders));
    }

    [GeneratedRegex("\"(?<text>(?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("[À-ỹĐđ]")]
    private static partial Regex VietnameseLetter();

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
