using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChildPlan.Tests.Readers;

/// <summary>
/// The real readers of the document formats, for the tests that check what an office would see: poppler (<c>pdfinfo</c>,
/// <c>pdftotext</c>, <c>pdffonts</c>, <c>pdftoppm</c>), LibreOffice (headless conversion) and Chromium. A reader that is not
/// installed skips the test and says why; under <c>CHILDPLAN_REQUIRE_BROWSER=1</c> (CI, .ci/run) it fails it instead.
/// Each reader's path can be set with its own environment variable (<c>CHILDPLAN_SOFFICE</c>, <c>CHILDPLAN_PDFINFO</c>, …).
/// </summary>
internal static partial class DocumentReaders
{
    /// <summary>The time any one reader gets before its process tree is killed and the test fails.</summary>
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(120);

    /// <summary>Headless Chromium (<c>CHILDPLAN_CHROMIUM</c>, default /usr/bin/chromium).</summary>
    public static string Chromium => Tool("CHILDPLAN_CHROMIUM", "/usr/bin/chromium", "chromium");

    /// <summary>LibreOffice (<c>CHILDPLAN_SOFFICE</c>, default /usr/bin/soffice; apt package libreoffice-writer-nogui).</summary>
    public static string LibreOffice => Tool("CHILDPLAN_SOFFICE", "/usr/bin/soffice", "LibreOffice (libreoffice-writer-nogui)");

    /// <summary>
    /// The path of a reader: <paramref name="variable"/>'s value, else <paramref name="path"/>. When it is not there the test
    /// is skipped, or fails under <c>CHILDPLAN_REQUIRE_BROWSER=1</c>.
    /// </summary>
    public static string Tool(string variable, string path, string what)
    {
        var candidate = Environment.GetEnvironmentVariable(variable) ?? path;
        if (File.Exists(candidate))
        {
            return candidate;
        }

        var message = $"{what} is not installed at {candidate} (set {variable} to its path).";
        if (Environment.GetEnvironmentVariable("CHILDPLAN_REQUIRE_BROWSER") == "1")
        {
            Assert.Fail(message + " CHILDPLAN_REQUIRE_BROWSER=1, so this is a failure, not a skip.");
        }

        Assert.Skip(message);
        return candidate;
    }

    /// <summary>
    /// Runs <paramref name="file"/> with <paramref name="arguments"/> and returns what it printed; fails the test when it exits
    /// with an error or runs over the time limit (its whole process tree is killed then).
    /// </summary>
    public static string Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeLimit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"{file} {string.Join(' ', arguments)} did not finish in {TimeLimit.TotalSeconds} s; its processes were killed.");
        }

        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

    /// <summary>Page count, page size and document information of <paramref name="pdf"/> (pdfinfo).</summary>
    public static PdfInfo Info(string pdf) =>
        PdfInfo.Parse(Run(Tool("CHILDPLAN_PDFINFO", "/usr/bin/pdfinfo", "pdfinfo (poppler-utils)"), "-enc", "UTF-8", pdf));

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
        return Run(Tool("CHILDPLAN_PDFTOTEXT", "/usr/bin/pdftotext", "pdftotext (poppler-utils)"), [.. arguments]);
    }

    /// <summary>The words of page <paramref name="page"/> of <paramref name="pdf"/> with where they stand (pdftotext -bbox).</summary>
    public static IReadOnlyList<PdfWord> Words(string pdf, int page)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        var html = Run(Tool("CHILDPLAN_PDFTOTEXT", "/usr/bin/pdftotext", "pdftotext (poppler-utils)"), "-enc", "UTF-8", "-bbox", "-f", number, "-l", number, pdf, "-");
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
        var lines = Run(Tool("CHILDPLAN_PDFFONTS", "/usr/bin/pdffonts", "pdffonts (poppler-utils)"), pdf)
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
        Run(Tool("CHILDPLAN_PDFTOPPM", "/usr/bin/pdftoppm", "pdftoppm (poppler-utils)"),
            "-png", "-f", "1", "-l", "1", "-r", resolution.ToString(CultureInfo.InvariantCulture), "-singlefile", pdf, pngWithoutExtension);
        var png = pngWithoutExtension + ".png";
        Assert.True(File.Exists(png), $"pdftoppm drew no picture of {pdf}.");
        return png;
    }

    /// <summary>
    /// Converts <paramref name="documents"/> with one headless LibreOffice (it takes seconds to start, so convert together what
    /// can be) to <paramref name="format"/> (<c>pdf</c>, <c>docx</c>, a filter such as <c>docx:"MS Word 2007 XML"</c>) in
    /// <paramref name="outputDirectory"/>, on a profile of its own in <paramref name="outputDirectory"/> so it neither
    /// touches nor waits for another; returns the converted files, in the order of <paramref name="documents"/>.
    /// </summary>
    public static IReadOnlyList<string> Convert(IReadOnlyList<string> documents, string outputDirectory, string format = "pdf")
    {
        var soffice = LibreOffice;
        var profile = Path.Combine(outputDirectory, ".libreoffice-profile");
        try
        {
            Run(soffice, ["--headless", "--norestore", "--nologo", "--nolockcheck", $"-env:UserInstallation={new Uri(profile + "/").AbsoluteUri}",
                "--convert-to", format, "--outdir", outputDirectory, .. documents]);
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }

        var extension = format.Split(':')[0];
        var converted = documents.Select(d => Path.Combine(outputDirectory, Path.ChangeExtension(Path.GetFileName(d), extension))).ToList();
        foreach (var file in converted)
        {
            Assert.True(File.Exists(file), $"LibreOffice wrote no {file}: it could not read {Path.ChangeExtension(file, null)}'s document.");
        }

        return converted;
    }

    /// <summary>
    /// Prints the HTML file <paramref name="html"/> to <paramref name="pdf"/> with headless Chromium's own command line
    /// (page size from the stylesheet, no browser header or footer), on a profile in <paramref name="profileDirectory"/>.
    /// </summary>
    public static void Print(string html, string pdf, string profileDirectory)
    {
        Run(Chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profileDirectory}", "--no-pdf-header-footer",
            $"--print-to-pdf={pdf}", new Uri(html).AbsoluteUri);
        Assert.True(File.Exists(pdf), "Chromium wrote no PDF.");
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
