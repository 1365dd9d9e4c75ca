using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ChildPlan.Tests.Reporting;

/// <summary>A written <c>.docx</c> opened read-only with the OpenXML SDK, for the DOCX tests.</summary>
internal sealed class WordDocument : IDisposable
{
    private readonly MemoryStream stream;

    public WordDocument(byte[] bytes)
    {
        stream = new MemoryStream(bytes, writable: false);
        Package = WordprocessingDocument.Open(stream, isEditable: false);
    }

    public WordprocessingDocument Package { get; }

    public MainDocumentPart Main => Package.MainDocumentPart!;

    public Body Body => Main.Document.Body!;

    /// <summary>The text of every paragraph of the body, one a line.</summary>
    public string Text => string.Join('\n', Body.Descendants<Paragraph>().Select(ParagraphText));

    /// <summary>The errors of the OpenXML validator (Office 2019), one a line, or nothing.</summary>
    public string ValidationErrors() => string.Join('\n', new OpenXmlValidator(FileFormatVersions.Office2019).Validate(Package)
        .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Id}: {e.Description}"));

    public static string ParagraphText(Paragraph paragraph) => string.Concat(paragraph.Descendants<Text>().Select(t => t.Text));

    public static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    public void Dispose()
    {
        Package.Dispose();
        stream.Dispose();
    }
}
