using System.Text.RegularExpressions;
using ChildPlan.Reporting.Documents;
using ChildPlan.Reporting.Model;
using ChildPlan.Tests.Readers;
using static ChildPlan.Tests.Readers.DocumentReaders;

namespace ChildPlan.Tests.Reporting;

/// <summary>
/// The DOCX and PDF reports as real readers of the formats see them: LibreOffice opens the .docx (and converts it to PDF),
/// poppler reads the PDFs (page size, document information, text, fonts, a picture of page 1). CI installs the readers
/// (.ci/run) and sets CHILDPLAN_REQUIRE_BROWSER=1, so there a missing reader fails; elsewhere the tests are skipped and say why.
/// </summary>
public sealed class RealReaderTests(ReaderDocuments documents) : IClassFixture<ReaderDocuments>
{
    [Fact]
    public async Task LibreOffice_opens_the_annual_docx_as_an_A4_portrait_report_with_header_title_every_indicator_recipients_and_signer()
    {
        _ = LibreOffice;
        var document = await documents.DocxAsync(ReportKind.Annual);

        var info = Info(document.Pdf);
        Assert.True(info.IsA4Portrait, $"expected A4 portrait (595 x 842 pt):\n{info.Text}");
        AssertProperties(document.Model, info);
        AssertOfficialText(document, hasFooter: true);
    }

    [Fact]
    public async Task LibreOffice_opens_the_monitoring_docx_as_an_A4_landscape_table_with_header_title_and_every_indicator()
    {
        _ = LibreOffice;
        var document = await documents.DocxAsync(ReportKind.Monitoring);

        var info = Info(document.Pdf);
        Assert.True(info.IsA4Landscape, $"expected A4 landscape (842 x 595 pt):\n{info.Text}");
        AssertOfficialText(document, hasFooter: false);
    }

    [Fact]
    public async Task The_docx_numbers_its_pages_from_page_two_centred_in_the_header()
    {
        _ = LibreOffice;
        AssertPagesNumberedFromTwo(await documents.DocxAsync(ReportKind.Annual));
    }

    [Fact]
    public async Task The_pdf_numbers_its_pages_from_page_two_centred_at_the_top()
    {
        _ = ExternalTool.Chromium();
        AssertPagesNumberedFromTwo(await documents.PdfAsync(ReportKind.Annual));
    }

    private static void AssertPagesNumberedFromTwo(ReaderDocument document)
    {
        var info = Info(document.Pdf);
        Assert.True(info.Pages >= 3, $"expected the annual report to run over several pages, got {info.Pages}");

        Assert.NotEqual("1", Topmost(document.Pdf, 1).Text);
        for (var page = 2; page <= 3; page++)
        {
            var number = Topmost(document.Pdf, page);
            Assert.Equal(page.ToString(System.Globalization.CultureInfo.InvariantCulture), number.Text);
            Assert.InRange(number.Centre, info.Width * 0.4, info.Width * 0.6);
        }
    }

    [Fact]
    public async Task The_annual_pdf_is_A4_portrait_with_header_title_every_indicator_recipients_signer_and_every_font_embedded()
    {
        _ = ExternalTool.Chromium();
        var document = await documents.PdfAsync(ReportKind.Annual);

        var info = Info(document.Pdf);
        Assert.True(info.IsA4Portrait, $"expected A4 portrait (595 x 842 pt):\n{info.Text}");
        AssertProperties(document.Model, info);
        AssertOfficialText(document, hasFooter: true);
        AssertFontsEmbedded(document.Pdf);
    }

    [Fact]
    public async Task The_monitoring_pdf_is_A4_landscape_with_header_title_every_indicator_and_every_font_embedded()
    {
        _ = ExternalTool.Chromium();
        var document = await documents.PdfAsync(ReportKind.Monitoring);

        var info = Info(document.Pdf);
        Assert.True(info.IsA4Landscape, $"expected A4 landscape (842 x 595 pt):\n{info.Text}");
        AssertOfficialText(document, hasFooter: false);
        AssertFontsEmbedded(document.Pdf);
    }

    [Theory]
    [InlineData(ReportKind.Annual, "docx")]
    [InlineData(ReportKind.Monitoring, "docx")]
    [InlineData(ReportKind.Annual, "pdf")]
    [InlineData(ReportKind.Monitoring, "pdf")]
    public async Task The_national_name_and_the_motto_each_stand_on_one_line(ReportKind kind, string format)
    {
        _ = format == "docx" ? LibreOffice : ExternalTool.Chromium();
        var document = format == "docx" ? await documents.DocxAsync(kind) : await documents.PdfAsync(kind);

        // Laid out as on the page, so a line the reader wrapped shows as two.
        var lines = Text(document.Pdf, page: 1).Normalize(System.Text.NormalizationForm.FormC).Split('\n');
        foreach (var line in new[] { document.Model.Header.Nation, document.Model.Header.Motto })
        {
            Assert.True(lines.Any(l => l.Contains(line, StringComparison.Ordinal)), $"page 1 does not show \"{line}\" on one line:\n{string.Join('\n', lines)}");
        }
    }

    /// <summary>The document information carries the report's title and its issuer as the author.</summary>
    private static void AssertProperties(ReportModel model, PdfInfo info)
    {
        var properties = DocumentProperties.Of(model);
        Assert.Equal(Normalize(properties.Title), Normalize(info.Title));
        Assert.Equal(Normalize(properties.Author), Normalize(info.Author));
    }

    /// <summary>
    /// What the document must say, in Vietnamese, intact: the national name and motto, issuer, number and place-date line, the
    /// title and subject on page 1; every indicator's number at the start of a table row, in plan order; and (annual) the
    /// recipients and the signer. Compared as NFC with white space made one (readers wrap lines where they like).
    /// </summary>
    private static void AssertOfficialText(ReaderDocument document, bool hasFooter)
    {
        var model = document.Model;
        var all = Text(document.Pdf, layout: false);
        Assert.DoesNotContain('\uFFFD', all);

        var first = Normalize(Text(document.Pdf, page: 1, layout: false));
        foreach (var line in new[] { model.Header.Nation, model.Header.Motto, model.Header.ParentAgency ?? string.Empty, model.Header.IssuingAgency, model.Header.PlaceDate, model.Title, model.Subject })
        {
            AssertContains(line, first, "page 1");
        }

        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", first, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", first, StringComparison.Ordinal);
        foreach (var part in Normalize(model.Header.Number).Split(' '))
        {
            AssertContains(part, first, "the number line of page 1");
        }

        var table = Text(document.Pdf).Normalize(System.Text.NormalizationForm.FormC);
        var numbers = model.Indicators.Where(r => r.StartsIndicator && r.Number.Length > 0).Select(r => r.Number).ToList();
        Assert.NotEmpty(numbers);
        var at = 0;
        foreach (var number in numbers)
        {
            var row = new Regex($@"^\s*{Regex.Escape(number)}(\s|$)", RegexOptions.Multiline, TimeSpan.FromSeconds(1)).Match(table, at);
            Assert.True(row.Success, $"no table row numbered {number} after the row before it (plan order {string.Join(", ", numbers)})");
            at = row.Index + row.Length;
        }

        if (hasFooter)
        {
            var text = Normalize(all);
            Assert.Contains("Nơi nhận:", text, StringComparison.Ordinal);
            foreach (var recipient in model.Recipients)
            {
                AssertContains(recipient, text, "the recipients");
            }

            foreach (var line in new[] { ReaderDocuments.Signer.Capacity, ReaderDocuments.Signer.Title, ReaderDocuments.Signer.Name })
            {
                AssertContains(line!, text, "the signature block");
            }
        }
    }

    private static void AssertContains(string expected, string text, string where) =>
        Assert.True(text.Contains(Normalize(expected), StringComparison.Ordinal), $"{where} does not show \"{expected}\":\n{text}");

    private static void AssertFontsEmbedded(string pdf)
    {
        var fonts = Fonts(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"font {f.Name} ({f.Type}) is not embedded"));
    }

    /// <summary>The word nearest the top of a page (the running header's page number, if the page has one).</summary>
    private static PdfWord Topmost(string pdf, int page) => Words(pdf, page).MinBy(w => w.Top)!;
}
