using System.Text;
using ChildPlan.Reporting.Localization;
using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting.Building;

/// <summary>
/// Builds a report template in C#: the document header, headings, paragraphs, the indicator table, task
/// list, free-text sections and the signature block. The result is an ordinary Scriban template over
/// <see cref="Model.ReportModel"/>, rendered by the same engine with the same escaping and limits as the
/// default templates:
/// <code>
/// var code = new InMemoryTemplateSource()
///     .Add("summary.html", new ReportTemplateBuilder(OutputFormat.Html)
///         .DocumentHeader().Heading("I. Kết quả").IndicatorTable().SignatureBlock().Build());
/// var renderer = new ReportRenderer(fileSystem, new ReportingOptions { CodeTemplates = code });
/// var html = renderer.Render("summary.html", OutputFormat.Html, model);
/// </code>
/// </summary>
public sealed class ReportTemplateBuilder
{
    private readonly OutputFormat format;
    private readonly StringBuilder body = new();

    /// <summary>Starts a template for <paramref name="format"/>.</summary>
    public ReportTemplateBuilder(OutputFormat format) => this.format = format;

    private string Ext => format.Extension();

    /// <summary>The official two-column header, title and subject (and the sample-data banner when it applies).</summary>
    public ReportTemplateBuilder DocumentHeader() => Raw($"{{{{ include 'partials/header.{Ext}' }}}}\n");

    /// <summary>A heading; the text is literal (escaped, never read as template code).</summary>
    public ReportTemplateBuilder Heading(string text) =>
        Raw(format == OutputFormat.Html ? $"<h2>{Literal(text)}</h2>\n" : $"\n## {Literal(text)}\n\n");

    /// <summary>A paragraph of literal text (escaped, never read as template code).</summary>
    public ReportTemplateBuilder Paragraph(string text) =>
        Raw(format == OutputFormat.Html ? $"<p>{Literal(text)}</p>\n" : $"{Literal(text)}\n\n");

    /// <summary>A paragraph of template code (<c>Năm {{ year }} có {{ summary.exceeded }} chỉ tiêu vượt.</c>); values are still escaped.</summary>
    public ReportTemplateBuilder ParagraphTemplate(string scriban) =>
        Raw(format == OutputFormat.Html ? $"<p>{scriban}</p>\n" : $"{scriban}\n\n");

    /// <summary>
    /// The indicator results of the year by goal: the document's number (TT), name, target, actual, status, lead agency; a
    /// bundled indicator has a heading row with its number, name and lead, and a row per measure under it.
    /// </summary>
    public ReportTemplateBuilder IndicatorTable() => format == OutputFormat.Html
        ? Raw("{{ include 'partials/indicator-table.html' }}\n")
        : Raw(ReportText.IndicatorTableHeader + "\n" + """
            |---|---|---:|---:|---|---|
            {{~ for row in indicators ~}}
            {{~ if row.is_measure && row.starts_indicator ~}}
            | {{ row.number }} | {{ row.name }} | | | | {{ row.lead }} |
            {{~ end ~}}
            | {{ row.label }} | {{ if row.is_measure }}- {{ end }}{{ row.caption }} | {{ row.target }} | {{ row.actual_text }} | {{ row.status_caption }}{{ if row.reason != "" }} ({{ row.reason }}){{ end }} | {{ if !row.is_measure }}{{ row.lead }}{{ end }} |
            {{~ end ~}}

            """);

    /// <summary>The plan's tasks, activities and solutions with their lead agencies.</summary>
    public ReportTemplateBuilder TaskList() => format == OutputFormat.Html
        ? Raw("<ol>\n{{~ for t in tasks ~}}\n<li>{{ t.kind_caption }}: {{ t.title }}{{ if t.lead != \"\" }} (" + ReportText.LeadLabel + ": {{ t.lead }}){{ end }}</li>\n{{~ end ~}}\n</ol>\n")
        : Raw("{{~ for t in tasks ~}}\n{{ for.index + 1 }}. {{ t.kind_caption }}: {{ t.title }}{{ if t.lead != \"\" }} (" + ReportText.LeadLabel + ": {{ t.lead }}){{ end }}\n{{~ end ~}}\n\n");

    /// <summary>The free-text sections the reporting agency supplied (situation, difficulties, proposals).</summary>
    public ReportTemplateBuilder TextSections() => format == OutputFormat.Html
        ? Raw("{{~ for s in sections ~}}\n<h2>{{ s.heading }}</h2>\n{{~ for p in s.paragraphs ~}}\n<p>{{ p }}</p>\n{{~ end ~}}\n{{~ end ~}}\n")
        : Raw("{{~ for s in sections ~}}\n\n## {{ s.heading }}\n\n{{~ for p in s.paragraphs ~}}\n{{ p }}\n\n{{~ end ~}}\n{{~ end ~}}\n");

    /// <summary>Recipients (Nơi nhận) on the left and the signature block on the right.</summary>
    public ReportTemplateBuilder SignatureBlock() => Raw($"{{{{ include 'partials/footer.{Ext}' }}}}\n");

    /// <summary>Appends template code as it is.</summary>
    public ReportTemplateBuilder Raw(string scriban)
    {
        body.Append(scriban);
        return this;
    }

    /// <summary>The template text. HTML templates get a complete, printable A4 page with the default style.</summary>
    public string Build() => format == OutputFormat.Html
        ? $"<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>{{{{ title }}}} – {{{{ subject }}}}</title>\n{{{{ include 'partials/style.html' }}}}\n</head>\n<body>\n<div class=\"page\">\n{body}</div>\n</body>\n</html>\n"
        : body.ToString();

    /// <summary>Literal text inside a Scriban escape block, escaped for the format now.</summary>
    private string Literal(string text)
    {
        var escaped = format.Escape(text);
        return escaped.Contains("}%}", StringComparison.Ordinal)
            ? string.Concat(escaped.Split("}%}").Select((part, i) => (i > 0 ? "{{ \"}%}\" }}" : string.Empty) + "{%{" + part + "}%}"))
            : "{%{" + escaped + "}%}";
    }
}
