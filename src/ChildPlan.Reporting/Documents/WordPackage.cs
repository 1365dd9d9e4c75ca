using System.IO.Compression;
using System.Xml;
using ChildPlan.Reporting.Rendering;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ExtendedProperties = DocumentFormat.OpenXml.ExtendedProperties;

namespace ChildPlan.Reporting.Documents;

/// <summary>
/// Packages a rendered WordprocessingML document (the output of a <c>*.docx</c> template) as a <c>.docx</c> file: the main
/// part as the template rendered it, the styles (<see cref="WordStyles"/>), the settings, the page header and the document's
/// properties. The header is the packager's: every section (<c>w:sectPr</c>) gets a first-page header that is empty and a
/// default header with the page number centred (<c>w:titlePg</c>), so pages are numbered from page 2, as Decree 30/2020/NĐ-CP
/// asks; header references a template writes are replaced. A body with no final <c>w:sectPr</c> gets an A4 portrait one.
/// </summary>
internal static class WordPackage
{
    /// <summary>The relationship id of the default header (the page number).</summary>
    private const string DefaultHeaderId = "rIdChildPlanHeader";

    /// <summary>The relationship id of the first page's header (empty).</summary>
    private const string FirstHeaderId = "rIdChildPlanFirstHeader";

    private const string MainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The time every entry of the package carries, so that the same document gives the same bytes.</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Packages <paramref name="documentXml"/> (the main document part, as the template <paramref name="templateName"/> rendered it)
    /// with its styles, settings, header and <paramref name="properties"/> as a <c>.docx</c>, in memory: the caller copies the
    /// returned stream (at position 0) to its output, so nothing is written when packaging fails.
    /// </summary>
    /// <exception cref="TemplateException">The rendered document is not a WordprocessingML document (<c>w:document</c> with a <c>w:body</c>).</exception>
    public static MemoryStream Write(string documentXml, string templateName, DocumentProperties properties)
    {
        ArgumentNullException.ThrowIfNull(documentXml);
        ArgumentNullException.ThrowIfNull(properties);

        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            var main = word.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdChildPlanDocument");
            RequireDocumentRoot(documentXml, templateName);
            using (var text = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(documentXml)))
            {
                main.FeedData(text);
            }

            Body body;
            try
            {
                body = main.Document.Body ?? throw new TemplateException($"{templateName}: the rendered document has no w:body.");
            }
            catch (XmlException e)
            {
                // A declaration of another encoding than UTF-8, for one.
                throw new TemplateException($"{templateName}: the rendered document cannot be read as WordprocessingML: {e.Message}", e);
            }

            main.AddNewPart<StyleDefinitionsPart>("rIdChildPlanStyles").Styles = WordStyles.Create(properties.Language);
            main.AddNewPart<DocumentSettingsPart>("rIdChildPlanSettings").Settings = Settings(properties.Language);
            main.AddNewPart<HeaderPart>(DefaultHeaderId).Header = PageNumberHeader();
            main.AddNewPart<HeaderPart>(FirstHeaderId).Header = new Header(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Header })));

            if (body.LastChild is not SectionProperties)
            {
                body.Append(DefaultSection());
            }

            foreach (var section in body.Descendants<SectionProperties>().ToList())
            {
                AddHeaders(section);
            }

            main.Document.Save();

            // Parts added with fixed relationship ids (the SDK and System.IO.Packaging would draw random ones), so that the
            // same document gives the same bytes; the core properties carry no dates for the same reason.
            using (var core = new MemoryStream(CoreProperties(properties)))
            {
                word.AddNewPart<CoreFilePropertiesPart>("rIdChildPlanCore").FeedData(core);
            }

            word.AddNewPart<ExtendedFilePropertiesPart>("rIdChildPlanApp").Properties = new ExtendedProperties.Properties(
                new ExtendedProperties.Application("ChildPlan"),
                new ExtendedProperties.Company(OutputFormats.ReplaceInvalidXmlCharacters(properties.Author)));
        }

        var stable = new MemoryStream();
        Restamp(package, stable);
        stable.Position = 0;
        return stable;
    }

    /// <summary>The core properties part: title, subject, creator (the issuer) and language; text XML does not allow is replaced.</summary>
    private static byte[] CoreProperties(DocumentProperties properties)
    {
        const string Core = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Elements = "http://purl.org/dc/elements/1.1/";
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) }))
        {
            writer.WriteStartDocument(standalone: true);
            writer.WriteStartElement("cp", "coreProperties", Core);
            writer.WriteAttributeString("xmlns", "dc", null, Elements);
            writer.WriteElementString("dc", "title", Elements, OutputFormats.ReplaceInvalidXmlCharacters(properties.Title));
            writer.WriteElementString("dc", "subject", Elements, OutputFormats.ReplaceInvalidXmlCharacters(properties.Subject));
            writer.WriteElementString("dc", "creator", Elements, OutputFormats.ReplaceInvalidXmlCharacters(properties.Author));
            writer.WriteElementString("dc", "language", Elements, OutputFormats.ReplaceInvalidXmlCharacters(properties.Language));
            writer.WriteEndElement();
        }

        return buffer.ToArray();
    }

    /// <summary>Refuses a rendered document whose root is not <c>w:document</c>.</summary>
    private static void RequireDocumentRoot(string documentXml, string templateName)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(documentXml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            reader.MoveToContent();
            if (reader.LocalName != "document" || reader.NamespaceURI != MainNamespace)
            {
                throw new TemplateException($"{templateName}: the rendered document's root is <{reader.Name}>, not the w:document of WordprocessingML (xmlns:w=\"{MainNamespace}\").");
            }
        }
        catch (XmlException e)
        {
            throw new TemplateException($"{templateName}: the rendered document is not well-formed XML at line {e.LineNumber}, column {e.LinePosition}: {e.Message}", e);
        }
    }

    /// <summary>The header of every page but the first: the page number, centred (a PAGE field).</summary>
    private static Header PageNumberHeader() => new(
        new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Header }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("2")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));

    /// <summary>Replaces the section's header references with the packager's, and numbers its pages from the second.</summary>
    private static void AddHeaders(SectionProperties section)
    {
        foreach (var reference in section.Elements<HeaderReference>().ToList())
        {
            reference.Remove();
        }

        section.PrependChild(new HeaderReference { Type = HeaderFooterValues.First, Id = FirstHeaderId });
        section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = DefaultHeaderId });
        if (section.GetFirstChild<TitlePage>() is null)
        {
            section.AddChild(new TitlePage(), throwOnError: true);
        }
    }

    /// <summary>A4 portrait with the margins of Decree 30/2020/NĐ-CP (top and bottom 20 mm, left 30 mm, right 20 mm).</summary>
    private static SectionProperties DefaultSection() => new(
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U });

    private static Settings Settings(string language) => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = language });

    /// <summary>Copies the package entry by entry (the content types first), each dated <see cref="EntryTime"/>, so the same document gives the same bytes.</summary>
    private static void Restamp(MemoryStream package, Stream target)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var copy = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        // The content types first, then the package's relationships, as Office writes them.
        foreach (var entry in source.Entries.OrderBy(e => e.FullName switch { "[Content_Types].xml" => 0, "_rels/.rels" => 1, _ => 2 }))
        {
            var stamped = copy.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            stamped.LastWriteTime = EntryTime;
            using var from = entry.Open();
            using var to = stamped.Open();
            from.CopyTo(to);
        }
    }
}
