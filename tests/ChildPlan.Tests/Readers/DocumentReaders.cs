using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ChildPlan.Tests.Reporting;

namespace ChildPlan.Tests.Readers;

/// <summary>
/// The real readers of the document formats, for the tests that check what an office would see: poppler (<c>pdfinfo</c>,
/// <c>pdftotext</c>, <c>pdffonts</c>, <c>pdftoppm</c>) and LibreOffice (headless conversion), run through
/// <see cref="ExternalTool"/>: a reader that is not installed skips the test and says why; under
/// <c>CHILDPLAN_REQUIRE_BROWSER=1</c> (CI, .ci/run) it fails it instead. Each reader's path can be set with its own
/// environment variable (<c>CHILDPLAN_SOFFICE</c>, <c>CHILDPLAN_PDFINFO</c>, …).
/// </summary>
internal static partial class DocumentReaders
{
    /// <summary>LibreOffice (<c>CHILDPLAN_SOFFICE</c>, default /usr/bin/soffice; apt package libreoffice-writer-nogui).</summary>
    public static string LibreOffice => ExternalTool.Require("CHILDPLAN_SOFFICE", "/usr/bin/soffice", "LibreOffice (libreoffice-writer-nogui)");

    /// <summary>Page count, page size and document information of <paramref name="pdf"/> (pdfinfo).</summary>
    public static PdfInfo Info(string pdf) =>
        PdfInfo.Parse(ExternalTool.Run(ExternalTool.Poppler("pdfinfo"), "-enc", "UTF-8", pdf));

    /// <summary>
    /// The text of <paramref name="pdf"/> (pdftotext, UTF-8), of one page when <paramref name="page"/> is given, laid out as on
    /// the page (columns side by side) when <paramref name="layout"/>, else in reading order.
    /// </summary>
    public static string Text(string pdf, int? page = null, bool layout = true)
    {
        var arguments = new List<string> { "-enc", "UTF-8" };
        if (page is { } p)
        {
            var number = p.ToString(CultureInfo.InvariantCulture);
            arguments.AddRange(["-f", number, "-l", number]);
        }

        if (layout)
        {
            arguments.Add("-layout");
        }

        arguments.AddRange([pdf, "-"]);
        return ExternalTool.Run(ExternalTool.Poppler("pdftotext"), [.. arguments]);
    }

    /// <summary>The words of page <paramref name="page"/> of <paramref name="pdf"/> with where they stand (pdftotext -bbox).</summary>
    public static IReadOnlyList<PdfWord> Words(string pdf, int page)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        var html = ExternalTool.Run(ExternalTool.Poppler("pdftotext"), "-enc", "UTF-8", "-bbox", "-f", number, "-l", number, pdf, "-");
        return [.. Word().Matches(html).Select(m => new PdfWord(
            System.Net.WebUtility.HtmlDecode(m.Groups[5].Value),
            double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture)))];
    }

    /// <summary>The fonts of <paramref name="pdf"/> (pdffonts).</summary>
    public static IReadOnlyList<PdfFont> Fonts(string pdf)
    {
        var lines = ExternalTool.Run(ExternalTool.Poppler("pdffonts"), pdf)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var rule = Array.FindIndex(lines, l => l.StartsWith("---", StringComparison.Ordinal));
        if (rule < 0)
        {
            throw new FormatException($"pdffonts printed no table:\n{string.Join('\n', lines)}");
        }

        // The columns are as wide as the dashes under their headings: name, type, encoding, emb, sub, uni, object ID.
        var columns = new List<(int Start, int Length)>();
        foreach (Match dashes in Dashes().Matches(lines[rule]))
        {
            columns.Add((dashes.Index, dashes.Length));
        }

        string Cell(string line, int column) =>
            columns[column].Start >= line.Length ? string.Empty : line.Substring(columns[column].Start, Math.Min(columns[column].Length, line.Length - columns[column].Start)).Trim();

        return [.. lines.Skip(rule + 1).Select(l => new PdfFont(Cell(l, 0), Cell(l, 1), Cell(l, 3) == "yes"))];
    }

    /// <summary>
    /// Draws page 1 of <paramref name="pdf"/> as a PNG at <paramref name="resolution"/> dpi (pdftoppm) and returns its path,
    /// <paramref name="pngWithoutExtension"/>.png.
    /// </summary>
    public static string FirstPagePicture(string pdf, string pngWithoutExtension, int resolution = 70)
    {
        ExternalTool.Run(ExternalTool.Poppler("pdftoppm"),
            "-png", "-f", "1", "-l", "1", "-r", resolution.ToString(CultureInfo.InvariantCulture), "-singlefile", pdf, pngWithoutExtension);
        var png = pngWithoutExtension + ".png";
        Assert.True(File.Exists(png), $"pdftoppm drew no picture of {pdf}.");
        return png;
    }

    /// <summary>
    /// Converts <paramref name="documents"/> (.docx) to PDF in <paramref name="outputDirectory"/> with one headless LibreOffice
    /// (it takes seconds to start, so convert together what can be), on a profile of its own so it neither touches nor waits
    /// for another; returns the PDFs, in the order of <paramref name="documents"/>.
    /// </summary>
    public static IReadOnlyList<string> ConvertToPdf(IReadOnlyList<string> documents, string outputDirectory)
    {
        var soffice = LibreOffice;
        var profile = Path.Combine(outputDirectory, ".libreoffice-profile");
        string errors;
        try
        {
            (_, errors) = ExternalTool.RunWithErrors(soffice, ["--headless", "--norestore", "--nologo", "--nolockcheck",
                $"-env:UserInstallation={new Uri(profile + "/").AbsoluteUri}", "--convert-to", "pdf", "--outdir", outputDirectory, .. documents]);
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }

        var converted = documents.Select(d => Path.Combine(outputDirectory, Path.ChangeExtension(Path.GetFileName(d), "pdf"))).ToList();
        for (var i = 0; i < documents.Count; i++)
        {
            // LibreOffice exits with 0 when it cannot open a document; it only says so on its error stream.
            Assert.True(File.Exists(converted[i]), $"LibreOffice could not convert {documents[i]} to PDF: {errors}");
        }

        return converted;
    }

    /// <summary>
    /// Text as a reader compares it: Unicode NFC (a PDF may carry the decomposed form of a Vietnamese letter) with every run
    /// of white space (line breaks where a reader wrapped a line, column gaps) made one space.
    /// </summary>
    public static string Normalize(string text) => Space().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    /// <summary>
    /// The folder where a test keeps documents and pictures for a person to look at: <c>documents</c> under
    /// <c>CHILDPLAN_ARTIFACTS</c> (CI sets it to the repository's <c>artifacts</c>), created; <see langword="null"/> when unset.
    /// </summary>
    public static string? ArtifactsDirectory()
    {
        var root = Environment.GetEnvironmentVariable("CHILDPLAN_ARTIFACTS");
        return string.IsNullOrEmpty(root) ? null : Directory.CreateDirectory(Path.Combine(Path.GetFullPath(root), "documents")).FullName;
    }

    /// <summary>Copies <paramref name="files"/> to <see cref="ArtifactsDirectory"/> when it is set.</summary>
    public static void Keep(params string[] files)
    {
        if (ArtifactsDirectory() is { } directory)
        {
            foreach (var file in files)
            {
                File.Copy(file, Path.Combine(directory, Path.GetFileName(file)), overwrite: true);
            }
        }
    }

    [GeneratedRegex("-+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Dashes();

    [GeneratedRegex("""<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>""", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Space();
}
