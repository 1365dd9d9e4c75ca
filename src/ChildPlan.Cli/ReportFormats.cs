using ChildPlan.Reporting;

namespace ChildPlan.Cli;

/// <summary>The formats <c>report --format</c> asks for: document formats for every report, and the monitoring workbook.</summary>
/// <param name="Documents">The document formats, in the order html, md, docx, pdf.</param>
/// <param name="Workbook">Whether the monitoring report is also written as an Excel workbook.</param>
internal sealed record ReportFormats(IReadOnlyList<ReportFormat> Documents, bool Workbook)
{
    /// <summary>The names <c>--format</c> takes, in the order files are written.</summary>
    private static readonly (string Name, ReportFormat? Format)[] Names =
        [("html", ReportFormat.Html), ("md", ReportFormat.Markdown), ("docx", ReportFormat.Docx), ("pdf", ReportFormat.Pdf), ("xlsx", null)];

    /// <summary>The default: html, md and xlsx (no browser needed).</summary>
    public static ReportFormats Default { get; } = new([ReportFormat.Html, ReportFormat.Markdown], true);

    /// <summary>The names as the help lists them (<c>html, md, docx, pdf, xlsx</c>).</summary>
    public static string NameList => string.Join(", ", Names.Select(n => n.Name));

    /// <summary>Whether a PDF is asked for (and so a browser is needed).</summary>
    public bool Pdf => Documents.Contains(ReportFormat.Pdf);

    /// <summary>Reads a comma-separated list of <see cref="NameList"/>, or says why it cannot.</summary>
    public static ReportFormats? TryParse(string text, out string? error)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.ToLowerInvariant()).ToList();
        var unknown = parts.Where(p => !Names.Any(n => n.Name == p)).ToList();
        if (parts.Count == 0 || unknown.Count > 0)
        {
            error = $"--format takes {NameList} separated by commas{(unknown.Count > 0 ? $"; '{string.Join(", ", unknown)}' is not one of them" : string.Empty)}.";
            return null;
        }

        error = null;
        var documents = Names.Where(n => n.Format is not null && parts.Contains(n.Name)).Select(n => n.Format!.Value).ToList();
        return new ReportFormats(documents, parts.Contains("xlsx"));
    }

    /// <summary>The file extension of a document format.</summary>
    public static string Extension(ReportFormat format) => Names.First(n => n.Format == format).Name;

    /// <summary>The formats as <c>--format</c> takes them (<c>html,md,xlsx</c>).</summary>
    public override string ToString() =>
        string.Join(",", Documents.Select(Extension).Concat(Workbook ? ["xlsx"] : Array.Empty<string>()));
}
