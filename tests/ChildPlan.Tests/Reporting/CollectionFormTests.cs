using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Rendering;
using ChildPlan.Reporting.Workbooks;
using ChildPlan.Tests.Workbooks;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ChildPlan.Tests.Reporting;

/// <summary>
/// The data collection form as a document (<see cref="ReportService.WriteCollectionFormAsync"/>): the workbook's rows with
/// empty cells to fill, in the Decree 30 layout, as DOCX, HTML and PDF.
/// </summary>
public sealed class CollectionFormTests
{
    private const string Hostile = "A & B <c> \"q\" 'a' ]]> </w:t></w:r><w:p> \u0001\u000B|\uFFFE|\uD800| 😀 end";

    private static readonly Plan Programme = WorkbookFixtures.Plan(WorkbookFixtures.ProgrammeId);

    /// <summary>The rows of the form's table (the one whose header has the target column): each row's cell texts.</summary>
    private static List<List<string>> FormRows(WordDocument document)
    {
        var table = document.Body.Elements<Table>().Single(t => t.Elements<TableRow>().First().InnerText.Contains("Mục tiêu năm", StringComparison.Ordinal));
        var rows = table.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        return [.. rows.Skip(1).Select(r => r.Elements<TableCell>().Select(c => string.Join('\n', c.Elements<Paragraph>().Select(WordDocument.ParagraphText))).ToList())];
    }

    [Fact]
    public async Task The_docx_form_is_valid_landscape_and_has_the_workbook_rows_with_the_same_names_units_and_targets_and_empty_cells()
    {
        var unit = WorkbookFixtures.Unit("099");
        var bytes = await ReportFixture.WriteCollectionFormAsync(Programme, 2025, unit, WorkbookFixtures.CollectOptions, ReportFormat.Docx);
        using var document = new WordDocument(bytes);
        using var workbook = WorkbookFixtures.Open(WorkbookFixtures.Collection(Programme, 2025, unit));

        Assert.Equal(string.Empty, document.ValidationErrors());
        var data = workbook.Worksheet(CollectionWorkbook.DataSheetName);
        var last = data.LastRowUsed()!.RowNumber();
        var expected = Enumerable.Range(CollectionWorkbook.FirstDataRow, last - CollectionWorkbook.FirstDataRow + 1)
            .Select(r => (data.Cell(r, CollectionWorkbook.NameColumn).GetString(), data.Cell(r, CollectionWorkbook.UnitColumn).GetString(), data.Cell(r, CollectionWorkbook.TargetColumn).GetString()))
            .ToList();
        var rows = FormRows(document);
        var actual = rows.Select(c => (c[0], c.Count > 2 ? c[1] : string.Empty, c.Count > 2 ? c[2] : string.Empty)).ToList();
        Assert.True(expected.Count > 20, "the programme has many indicator rows");
        Assert.Equal(expected, actual);
        Assert.Contains(actual, r => r.Item3.Length > 0 && r.Item3.Contains(',', StringComparison.Ordinal)); // 9,5‰: Vietnamese decimals
        // Every measure row has its four cells to fill, empty.
        Assert.All(rows.Where(c => c.Count == 7), c => Assert.All(c.Skip(3), cell => Assert.Equal(string.Empty, cell)));
        Assert.Equal(expected.Count(e => e.Item2.Length > 0), rows.Count(c => c.Count == 7));

        var section = document.Body.Elements<SectionProperties>().Single();
        Assert.Equal(PageOrientationValues.Landscape, section.GetFirstChild<PageSize>()!.Orient!.Value);
        var text = document.Text;
        Assert.Contains("BIỂU THU THẬP SỐ LIỆU CHỈ TIÊU NĂM 2025", text, StringComparison.Ordinal);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains($"Đơn vị báo cáo: {unit.Name} (mã 099)", text, StringComparison.Ordinal);
        Assert.Contains("Hạn gửi: 20/11/2025, gửi về Phòng Lao động - Thương binh và Xã hội.", text, StringComparison.Ordinal);
        Assert.Contains("PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", text, StringComparison.Ordinal);
        Assert.Equal($"Biểu thu thập số liệu năm 2025 – {unit.Name}", document.Package.PackageProperties.Title);
    }

    [Fact]
    public async Task The_html_form_has_the_same_rows_and_the_workbook_column_headers()
    {
        var unit = WorkbookFixtures.Unit("099");
        var html = System.Text.Encoding.UTF8.GetString(await ReportFixture.WriteCollectionFormAsync(Programme, 2025, unit, WorkbookFixtures.CollectOptions, ReportFormat.Html));
        using var document = new WordDocument(await ReportFixture.WriteCollectionFormAsync(Programme, 2025, unit, WorkbookFixtures.CollectOptions, ReportFormat.Docx));

        Assert.Contains("<th>Giá trị</th><th>Tử số</th><th>Mẫu số</th><th>Nguồn số liệu / ghi chú</th>", html, StringComparison.Ordinal);
        var from = html.IndexOf("<tbody>", StringComparison.Ordinal);
        var table = html[from..html.IndexOf("</tbody>", from, StringComparison.Ordinal)];
        Assert.Equal(FormRows(document).Count, table.Split("<tr").Length - 1);
        Assert.Contains("class=\"page wide\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_unit_plan_and_indicator_names_stay_escaped_in_docx_and_html()
    {
        var plan = Programme with
        {
            Title = "Kế hoạch " + Hostile,
            Indicators = [Programme.Indicators[0] with { Name = "Chỉ tiêu " + Hostile }, .. Programme.Indicators.Skip(1)],
        };
        var unit = new AdministrativeUnit("099", "Huyện " + Hostile, AdministrativeLevel.District, "11");
        var options = WorkbookFixtures.CollectOptions with { SendTo = "Phòng " + Hostile };

        using var document = new WordDocument(await ReportFixture.WriteCollectionFormAsync(plan, 2025, unit, options, ReportFormat.Docx));
        var html = System.Text.Encoding.UTF8.GetString(await ReportFixture.WriteCollectionFormAsync(plan, 2025, unit, options, ReportFormat.Html));

        Assert.Equal(string.Empty, document.ValidationErrors());
        Assert.Contains("A & B <c> \"q\" 'a' ]]> </w:t></w:r><w:p>", document.Text, StringComparison.Ordinal);
        Assert.Contains("Chỉ tiêu A & B <c>", string.Join("\n", FormRows(document).Select(r => r[0])), StringComparison.Ordinal);
        Assert.DoesNotContain("<c>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("</w:t>", html, StringComparison.Ordinal);
        Assert.Contains("A &amp; B &lt;c&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_folder_collection_docx_template_wins_over_the_default()
    {
        var files = new MockFileSystem();
        files.AddFile("/templates/collection.docx.sbn", new MockFileData(
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>HOST FORM {{ unit.name }} {{ array.size rows }}</w:t></w:r></w:p></w:body></w:document>"));
        var renderer = new ReportRenderer(files, new ReportingOptions { TemplateFolder = "/templates" });

        using var document = new WordDocument(await ReportFixture.WriteCollectionFormAsync(Programme, 2025, WorkbookFixtures.Unit("099"), WorkbookFixtures.CollectOptions, ReportFormat.Docx, renderer));

        Assert.StartsWith("HOST FORM Huyện Tuần Giáo ", document.Text, StringComparison.Ordinal);
        Assert.Equal(string.Empty, document.ValidationErrors());
    }

    [Fact]
    public async Task Markdown_is_refused_and_a_year_outside_the_plan_is_bad_input()
    {
        var unit = WorkbookFixtures.Unit("099");
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ReportFixture.WriteCollectionFormAsync(Programme, 2025, unit, WorkbookFixtures.CollectOptions, ReportFormat.Markdown));
        await Assert.ThrowsAsync<ChildPlanInputException>(() => ReportFixture.WriteCollectionFormAsync(Programme, 2031, unit, WorkbookFixtures.CollectOptions, ReportFormat.Docx));
    }

    [Fact]
    public void The_catalogue_lists_the_form_templates_and_their_variables()
    {
        Assert.Contains("collection.html", TemplateCatalog.Templates);
        Assert.Contains("collection.docx", TemplateCatalog.Templates);
        Assert.Contains(("rows[].target", "text"), TemplateCatalog.CollectionFormVariables());
        Assert.Contains(("deadline_line", "text"), TemplateCatalog.CollectionFormVariables());
    }
}
