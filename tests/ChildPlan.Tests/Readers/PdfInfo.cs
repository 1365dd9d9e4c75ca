using System.Globalization;
using System.Text.RegularExpressions;

namespace ChildPlan.Tests.Readers;

/// <summary>What poppler's <c>pdfinfo</c> says about a PDF: pages, page size (points) and the document information.</summary>
/// <param name="Pages">The number of pages.</param>
/// <param name="Width">The width of the first page in points (A4: 595.276).</param>
/// <param name="Height">The height of the first page in points (A4: 841.89).</param>
/// <param name="Title">The document information's title, or empty.</param>
/// <param name="Author">The document information's author, or empty.</param>
/// <param name="Text">Everything pdfinfo printed, for assertion messages.</param>
internal sealed partial record PdfInfo(int Pages, double Width, double Height, string Title, string Author, string Text)
{
    /// <summary>Whether the page is A4 upright (595 × 842 pt, within a point).</summary>
    public bool IsA4Portrait => Near(Width, 595.28) && Near(Height, 841.89);

    /// <summary>Whether the page is A4 on its side (842 × 595 pt, within a point).</summary>
    public bool IsA4Landscape => Near(Width, 841.89) && Near(Height, 595.28);

    /// <summary>Reads pdfinfo's output.</summary>
    public static PdfInfo Parse(string text)
    {
        var size = PageSize().Match(text);
        if (!size.Success)
        {
            throw new FormatException($"pdfinfo printed no page size:\n{text}");
        }

        return new(
            int.Parse(Field(text, "Pages"), CultureInfo.InvariantCulture),
            double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture),
            Field(text, "Title"),
            Field(text, "Author"),
            text);
    }

    private static bool Near(double value, double expected) => Math.Abs(value - expected) < 1.0;

    private static string Field(string text, string name) =>
        Regex.Match(text, $@"^{name}:[ \t]*(.*?)\s*$", RegexOptions.Multiline, TimeSpan.FromSeconds(1)) is { Success: true } m ? m.Groups[1].Value : string.Empty;

    [GeneratedRegex(@"^Page size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PageSize();
}
