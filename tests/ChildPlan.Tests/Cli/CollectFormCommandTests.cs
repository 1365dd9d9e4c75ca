using ChildPlan.Cli;
using ChildPlan.Tests.Reporting;

namespace ChildPlan.Tests.Cli;

/// <summary><c>collect --format</c>: the data collection form as Word, HTML and PDF documents, for one unit or one per unit.</summary>
public sealed class CollectFormCommandTests
{
    private readonly CliHarness cli = new();

    [Fact]
    public void Collect_children_of_as_docx_writes_one_valid_form_per_unit_named_as_the_workbooks()
    {
        var (exit, _, error) = cli.Run("collect", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2024", "--children-of", "11", "--format", "docx", "--out", "/w");

        Assert.True(exit == ExitCodes.Success, error);
        var files = cli.Files.Directory.GetFiles("/w");
        Assert.Equal(10, files.Length);
        Assert.All(files, f => Assert.Matches(@"ctht-2021-2030-2024-\d{3}\.docx$", f));
        // 099 is Huyện Tuần Giáo.
        using var document = new WordDocument(cli.Files.File.ReadAllBytes("/w/ctht-2021-2030-2024-099.docx"));
        Assert.Equal(string.Empty, document.ValidationErrors());
        Assert.Contains("Tuần Giáo (mã 099)", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_form_is_sent_by_the_agency_in_office_the_day_it_is_made_not_the_one_the_plan_names()
    {
        // The clock says 5/12/2025. The plan (QĐ 333/QĐ-UBND) makes Sở Lao động - Thương binh và Xã hội the lead; its children's
        // duties passed to Sở Y tế from 01/03/2025 (Nghị định 45/2025/NĐ-CP; the profile's changes.json).
        var (exit, _, error) = cli.Run("collect", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--format", "docx", "--out", "/f.docx");

        Assert.True(exit == ExitCodes.Success, error);
        using var document = new WordDocument(cli.Files.File.ReadAllBytes("/f.docx"));
        Assert.Contains("SỞ Y TẾ", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("THƯƠNG BINH", document.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Collect_xlsx_and_docx_for_one_unit_writes_both_into_the_out_folder()
    {
        var (exit, _, error) = cli.Run("collect", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--format", "xlsx,docx", "--out", "/forms");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Equal(["/forms/ctht-2021-2030-2025-11.docx", "/forms/ctht-2021-2030-2025-11.xlsx"], cli.Files.Directory.GetFiles("/forms").Select(f => f.Replace('\\', '/')).Order(StringComparer.Ordinal));
        using var document = new WordDocument(cli.Files.File.ReadAllBytes("/forms/ctht-2021-2030-2025-11.docx"));
        Assert.Equal(string.Empty, document.ValidationErrors());
    }

    [Fact]
    public void Collect_one_format_for_one_unit_still_writes_the_out_file()
    {
        var (exit, _, error) = cli.Run("collect", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--unit", "099", "--format", "docx", "--out", "/form.docx");

        Assert.True(exit == ExitCodes.Success, error);
        using var document = new WordDocument(cli.Files.File.ReadAllBytes("/form.docx"));
        Assert.Contains("Tuần Giáo", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Collect_md_is_refused_and_nothing_is_written()
    {
        var (exit, _, error) = cli.Run("collect", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--format", "xlsx,md", "--out", "/forms");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("--format takes xlsx, html, docx, pdf", error, StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/forms"));
    }

    [Fact]
    public void Collect_with_templates_uses_the_host_folder_collection_docx()
    {
        cli.Files.AddFile("/t/collection.docx.sbn", new System.IO.Abstractions.TestingHelpers.MockFileData(
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>OUR FORM {{ unit.code }}</w:t></w:r></w:p></w:body></w:document>"));

        var (exit, _, error) = cli.Run("collect", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--unit", "099", "--format", "docx", "--templates", "/t", "--out", "/form.docx");

        Assert.True(exit == ExitCodes.Success, error);
        using var document = new WordDocument(cli.Files.File.ReadAllBytes("/form.docx"));
        Assert.Equal("OUR FORM 099", document.Text);
    }

    [Fact]
    public void Collect_pdf_prints_an_a4_landscape_form_with_the_unit_name()
    {
        var chromium = ExternalTool.Chromium();
        var pdfinfo = ExternalTool.Poppler("pdfinfo");
        var pdftotext = ExternalTool.Poppler("pdftotext");

        var (exit, _, error) = cli.Run("collect", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--unit", "099", "--format", "pdf", "--chromium", chromium, "--out", "/form.pdf");

        Assert.True(exit == ExitCodes.Success, error);
        var work = Directory.CreateTempSubdirectory("childplan-collect-pdf-");
        try
        {
            var pdf = Path.Combine(work.FullName, "form.pdf");
            File.WriteAllBytes(pdf, cli.Files.File.ReadAllBytes("/form.pdf"));
            Assert.Matches(@"Page size:\s+84[12](\.\d+)? x 59[45](\.\d+)? pts \(A4\)", ExternalTool.Run(pdfinfo, pdf));
            var text = ExternalTool.Run(pdftotext, "-layout", pdf, "-");
            Assert.Contains("Huyện Tuần Giáo", text, StringComparison.Ordinal);
            Assert.Contains("BIỂU THU THẬP SỐ LIỆU CHỈ TIÊU NĂM 2025", text, StringComparison.Ordinal);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
