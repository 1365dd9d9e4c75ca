namespace ChildPlan.Reporting;

/// <summary>The files a report is written as (<see cref="ReportService.WriteAsync"/>).</summary>
public enum ReportFormat
{
    /// <summary>HTML, printable (A4, Decree 30/2020/NĐ-CP layout).</summary>
    Html,

    /// <summary>Markdown.</summary>
    Markdown,

    /// <summary>A Word document (WordprocessingML, <c>.docx</c>) in the Decree 30/2020/NĐ-CP layout, rendered from the <c>*.docx</c> templates.</summary>
    Docx,

    /// <summary>
    /// The HTML report printed to PDF by a headless Chromium; needs an <see cref="Documents.IPdfPrinter"/> (the
    /// ChildPlan.Reporting.Pdf package: <c>builder.AddPdf()</c>).
    /// </summary>
    Pdf,
}
