using ChildPlan.Reporting.Model;

namespace ChildPlan.Tests.Reporting;

/// <summary>One report written by the library, as the files the readers look at.</summary>
/// <param name="Model">The report's model: what the document must show.</param>
/// <param name="Path">The file the library wrote (.docx or .pdf).</param>
/// <param name="Pdf">The PDF the readers read: the library's own, or LibreOffice's conversion of the .docx.</param>
internal sealed record ReaderDocument(ReportModel Model, string Path, string Pdf);
