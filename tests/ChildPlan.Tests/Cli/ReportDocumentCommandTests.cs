using ChildPlan.Cli;
using ChildPlan.Tests.Reporting;

namespace ChildPlan.Tests.Cli;

/// <summary><c>report --format docx,pdf</c>: Word documents and PDFs from the command line, for one unit or one per unit.</summary>
public sealed class ReportDocumentCommandTests
{
    private readonly CliHarness cli = new();

    [Fact]
    public void Report_docx_writes_a_valid_word_document_of_every_report_kind()
    {
        var (exit, output, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--format", "docx", "--out", "/out");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("Wrote 4 file(s) to /out", output, StringComparison.Ordinal);
        foreach (var kind in new[] { "annual", "monitoring", "responsibility", "calendar" })
        {
            using var document = new WordDocument(cli.Files.File.ReadAllBytes($"/out/ctht-2021-2030-2025-{kind}.docx"));
            Assert.Equal(string.Empty, document.ValidationErrors());
            Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", document.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Report_children_of_writes_one_word_document_per_unit_each_about_its_unit()
    {
        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2024", "--children-of", "11", "--kind", "annual", "--format", "docx", "--out", "/units");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Equal(10, cli.Files.Directory.GetFiles("/units", "*-annual.docx").Length);
        // 099 is Huyện Tuần Giáo (units-2025-03-01.csv).
        using var document = new WordDocument(cli.Files.File.ReadAllBytes("/units/ctht-2021-2030-2024-099-annual.docx"));
        Assert.Contains("Tuần Giáo", document.Text, StringComparison.Ordinal);
        Assert.Equal(string.Empty, document.ValidationErrors());
    }

    [Fact]
    public void Report_pdf_without_a_browser_names_where_it_looked_exits_1_and_writes_nothing()
    {
        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--format", "html,pdf", "--chromium", "/nowhere/chromium", "--out", "/out");

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Contains("/nowhere/chromium", error, StringComparison.Ordinal);
        Assert.Contains("--chromium PATH", error, StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/out"));
    }

    [Fact]
    public void Report_docx_and_pdf_as_the_readme_shows_writes_both_for_every_report_kind()
    {
        var chromium = ExternalTool.Chromium();
        var pdfinfo = ExternalTool.Poppler("pdfinfo");

        var (exit, output, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--format", "docx,pdf", "--chromium", chromium, "--out", "/out");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("Wrote 8 file(s) to /out", output, StringComparison.Ordinal);
        var work = Directory.CreateTempSubdirectory("childplan-cli-pdf-");
        try
        {
            var pdf = Path.Combine(work.FullName, "annual.pdf");
            File.WriteAllBytes(pdf, cli.Files.File.ReadAllBytes("/out/ctht-2021-2030-2025-annual.pdf"));
            Assert.Matches(@"Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)", ExternalTool.Run(pdfinfo, pdf));
        }
        finally
        {
            work.Delete(recursive: true);
        }

        using var document = new WordDocument(cli.Files.File.ReadAllBytes("/out/ctht-2021-2030-2025-annual.docx"));
        Assert.Equal(string.Empty, document.ValidationErrors());
    }
}
