namespace ChildPlan.Tests.Readers;

/// <summary>One font of a PDF as poppler's <c>pdffonts</c> lists it.</summary>
/// <param name="Name">The font's name (<c>AAAAAA+LiberationSerif</c>).</param>
/// <param name="Type">The font type (<c>TrueType</c>, <c>CID TrueType</c>, <c>Type 3</c>).</param>
/// <param name="Embedded">Whether the font program is embedded in the file.</param>
internal sealed record PdfFont(string Name, string Type, bool Embedded);
