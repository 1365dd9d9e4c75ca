namespace ChildPlan.Reporting.Rendering;

/// <summary>The text formats reports are rendered in.</summary>
public enum OutputFormat
{
    /// <summary>HTML, printable (A4, Decree 30/2020/NĐ-CP layout).</summary>
    Html,

    /// <summary>Markdown.</summary>
    Markdown,

    /// <summary>
    /// WordprocessingML: the main document part (<c>word/document.xml</c>) of a Word document, which
    /// <see cref="ReportService.WriteAsync"/> packages as a <c>.docx</c>; values are XML-escaped.
    /// </summary>
    Docx,
}
