using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Cli;

/// <summary>The formats <c>report --format</c> asks for: text formats for every report, and the monitoring workbook.</summary>
/// <param name="Text">The text formats, in the order html, md.</param>
/// <param name="Workbook">Whether the monitoring report is also written as an Excel workbook.</param>
internal sealed record ReportFormats(IReadOnlyList<OutputFormat> Text, bool Workbook)
{
    /// <summary>Every format: html, md and xlsx.</summary>
    public static ReportFormats All { get; } = new([OutputFormat.Html, OutputFormat.Markdown], true);

    /// <summary>Reads a comma-separated list of <c>html</c>, <c>md</c> and <c>xlsx</c>, or says why it cannot.</summary>
    public static ReportFormats? TryParse(string text, out string? error)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.ToLowerInvariant()).ToList();
        var unknown = parts.Where(p => p is not ("html" or "md" or "xlsx")).ToList();
        if (parts.Count == 0 || unknown.Count > 0)
        {
            error = $"--format takes html, md and xlsx separated by commas{(unknown.Count > 0 ? $"; '{string.Join(", ", unknown)}' is not one of them" : string.Empty)}.";
            return null;
        }

        error = null;
        var textFormats = new List<OutputFormat>();
        if (parts.Contains("html"))
        {
            textFormats.Add(OutputFormat.Html);
        }

        if (parts.Contains("md"))
        {
            textFormats.Add(OutputFormat.Markdown);
        }

        return new ReportFormats(textFormats, parts.Contains("xlsx"));
    }

    /// <summary>The formats as <c>--format</c> takes them (<c>html,md,xlsx</c>).</summary>
    public override string ToString() =>
        string.Join(",", Text.Select(f => f.Extension()).Concat(Workbook ? ["xlsx"] : Array.Empty<string>()));
}
