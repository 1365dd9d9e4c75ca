namespace ChildPlan.Reporting.Documents;

/// <summary>
/// Prints an HTML report to PDF. The ChildPlan.Reporting.Pdf package provides one that drives a headless Chromium
/// installed on the machine (<c>builder.AddPdf()</c>); <see cref="ReportService"/> uses it for <see cref="ReportFormat.Pdf"/>.
/// </summary>
public interface IPdfPrinter
{
    /// <summary>
    /// Prints <paramref name="html"/> (a complete document whose stylesheet sets the page size) to <paramref name="output"/>
    /// as a PDF carrying <paramref name="properties"/>; writes nothing when it fails.
    /// </summary>
    /// <exception cref="PdfPrintException">The browser cannot be found or started, the print fails, or it exceeds its time limit.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task PrintAsync(string html, DocumentProperties properties, Stream output, CancellationToken cancellationToken = default);
}
