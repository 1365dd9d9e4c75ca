using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Cli;
using ChildPlan.Formats;
using ClosedXML.Excel;

namespace ChildPlan.Tests.Cli;

public sealed class ReportCommandTests
{
    private readonly CliHarness cli = new();

    [Fact]
    public void Report_all_writes_the_four_reports_in_html_and_markdown_and_the_workbook()
    {
        var (exit, output, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--year", "2020", "--kind", "all", "--format", "html,md,xlsx", "--out", "/out");

        Assert.True(exit == ExitCodes.Success, error);
        string[] expected =
        [
            "ctht-2013-2020-2020-annual.html", "ctht-2013-2020-2020-annual.md",
            "ctht-2013-2020-2020-monitoring.html", "ctht-2013-2020-2020-monitoring.md", "ctht-2013-2020-2020-monitoring.xlsx",
            "ctht-2013-2020-2020-responsibility.html", "ctht-2013-2020-2020-responsibility.md",
            "ctht-2013-2020-2020-calendar.html", "ctht-2013-2020-2020-calendar.md",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), cli.Files.Directory.GetFiles("/out").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("Wrote 9 file(s) to /out", output, StringComparison.Ordinal);
        Assert.Contains("Điện Biên, ngày 15 tháng 3 năm 2021", cli.Files.File.ReadAllText("/out/ctht-2013-2020-2020-annual.html"), StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(cli.Files.File.ReadAllBytes("/out/ctht-2013-2020-2020-monitoring.xlsx")));
        Assert.Contains(workbook.Worksheets, w => w.Name == "Tổng hợp");
    }

    [Fact]
    public void Report_refuses_to_overwrite_and_writes_nothing_then()
    {
        cli.Files.AddFile("/out/ctht-2013-2020-2020-calendar.md", new MockFileData("keep"));

        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--year", "2020", "--out", "/out");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("/out/ctht-2013-2020-2020-calendar.md: the file already exists; use --force", error, StringComparison.Ordinal);
        Assert.Equal(["ctht-2013-2020-2020-calendar.md"], cli.Files.Directory.GetFiles("/out").Select(Path.GetFileName));
        Assert.Equal(ExitCodes.Success, cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--year", "2020", "--out", "/out", "--force").Exit);
    }

    [Fact]
    public void Report_uses_a_template_folder_and_report_details()
    {
        cli.Files.AddFile("/tpl/calendar.md.sbn", new MockFileData("Lịch riêng {{ year }} – {{ issuer }}"));
        cli.Files.AddFile("/w/details.json", new MockFileData("""{ "issuingAgency": "Sở Y tế", "number": "12/BC-SYT", "date": "2025-11-30" }"""));

        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--kind", "calendar", "--format", "md",
            "--templates", "/tpl", "--details", "/w/details.json", "--out", "/out");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Equal("Lịch riêng 2025 – Sở Y tế", cli.Files.File.ReadAllText("/out/ctht-2021-2030-2025-calendar.md"));
    }

    [Theory]
    [InlineData("""{ "number": 12 }""", "details.json: $.number")]
    [InlineData("""{ "date": "30/11/2025" }""", "details.json: $.date: '30/11/2025' is not a date")]
    [InlineData("""{ "signature": {} }""", "details.json: $")]
    public void Bad_report_details_are_refused_with_the_json_path(string json, string expected)
    {
        cli.Files.AddFile("/w/details.json", new MockFileData(json));

        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--details", "/w/details.json", "--out", "/out");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/out"));
    }

    [Fact]
    public void A_broken_template_is_bad_input_naming_the_template_and_line()
    {
        cli.Files.AddFile("/tpl/annual.html.sbn", new MockFileData("<p>\n{{ undefined_thing }}</p>"));

        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--kind", "annual", "--format", "html", "--templates", "/tpl", "--out", "/out");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("annual.html(2,4)", error, StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/out"));
    }

    [Fact]
    public void Sample_data_reports_say_so()
    {
        var (exit, _, error) = cli.Run("report", "--profile", "thua-thien-hue", "--plan", "kh-208-2021", "--year", "2025", "--kind", "monitoring", "--format", "md", "--out", "/out");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("DỮ LIỆU MẪU", cli.Files.File.ReadAllText("/out/kh-208-2021-2025-monitoring.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_export_writes_every_default_template_to_edit()
    {
        var (exit, _, _) = cli.Run("templates", "export", "--out", "/tpl");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.True(cli.Files.File.Exists("/tpl/annual.html.sbn"));
        Assert.True(cli.Files.File.Exists("/tpl/partials/header.html.sbn"));
        Assert.Equal(ExitCodes.Success, cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--year", "2020", "--templates", "/tpl", "--out", "/out").Exit);
    }

    [Fact]
    public void Collect_then_fill_then_import_gives_back_the_same_data_file()
    {
        var (collectExit, _, collectError) = cli.Run("collect", "--profile", "dien-bien", "--plan", "tuan-giao-2021-2025", "--year", "2024", "--out", "/w/tuan-giao.xlsx");
        Assert.True(collectExit == ExitCodes.Success, collectError);

        byte[] filled;
        using (var workbook = new XLWorkbook(new MemoryStream(cli.Files.File.ReadAllBytes("/w/tuan-giao.xlsx"))))
        {
            var sheet = workbook.Worksheet("Số liệu");
            var bv1 = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "BV1");
            bv1.Cell(7).Value = 310;
            bv1.Cell(8).Value = 9000;
            var gp5 = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "GP5");
            gp5.Cell(6).Value = 6;
            using var saved = new MemoryStream();
            workbook.SaveAs(saved);
            filled = saved.ToArray();
        }

        cli.Files.AddFile("/w/tuan-giao.xlsx", new MockFileData(filled));
        var (importExit, importOut, importError) = cli.Run("import", "/w/tuan-giao.xlsx", "--profile", "dien-bien", "--plan", "tuan-giao-2021-2025", "--out", "/w/data.csv");

        Assert.True(importExit == ExitCodes.Success, importError);
        Assert.Contains("Wrote 2 observation(s)", importOut, StringComparison.Ordinal);
        var data = ObservationFile.Read(cli.Files, "/w/data.csv", CsvCulture.Invariant);
        Assert.Equal([("BV1", 2024, (decimal?)null, (decimal?)310, (decimal?)9000, "099"), ("GP5", 2024, 6, null, null, "099")],
            data.Select(o => (o.IndicatorId, o.Year, o.Value, o.Numerator, o.Denominator, o.UnitCode!)));
        var evaluate = cli.Run("evaluate", "--profile", "dien-bien", "--plan", "tuan-giao-2021-2025", "--data", "/w/data.csv", "--year", "2024");
        Assert.Equal(ExitCodes.Success, evaluate.Exit);
    }

    private static readonly string[] DienBienDistricts = ["094", "095", "096", "097", "098", "099", "100", "101", "102", "103"];

    [Fact]
    public void Collect_children_of_Dien_Bien_in_2024_writes_one_workbook_per_district_of_the_years_map()
    {
        var (exit, output, error) = cli.Run("collect", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2024", "--children-of", "11", "--out", "/w/districts");

        Assert.True(exit == ExitCodes.Success, error);
        // units-2025-03-01.csv: Điện Biên's 10 district-level units, 094 Thành phố Điện Biên Phủ to 103 Huyện Nậm Pồ.
        var written = cli.Files.Directory.GetFiles("/w/districts").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([.. DienBienDistricts.Select(c => $"ctht-2021-2030-2024-{c}.xlsx")], written);
        Assert.Contains("ctht-2021-2030-2024-099.xlsx", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_children_of_Dien_Bien_in_2024_writes_each_districts_reports_named_with_its_code_and_about_it()
    {
        var (exit, output, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2024", "--children-of", "11", "--kind", "annual", "--format", "html,md", "--out", "/r");

        Assert.True(exit == ExitCodes.Success, error);
        var written = cli.Files.Directory.GetFiles("/r").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([.. DienBienDistricts.SelectMany(c => new[] { $"ctht-2021-2030-2024-{c}-annual.html", $"ctht-2021-2030-2024-{c}-annual.md" })], written);
        Assert.Contains("Wrote 20 file(s) to /r", output, StringComparison.Ordinal);
        // 099 is Huyện Tuần Giáo (units-2025-03-01.csv): its report is about it, not the province.
        Assert.Contains("Tuần Giáo", cli.Files.File.ReadAllText("/r/ctht-2021-2030-2024-099-annual.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("Tuần Giáo", cli.Files.File.ReadAllText("/r/ctht-2021-2030-2024-094-annual.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_refuses_unit_and_children_of_together_and_writes_nothing()
    {
        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2024", "--children-of", "11", "--unit", "099", "--out", "/r");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("give --unit or --children-of, not both.", error, StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/r"));
    }

    [Fact]
    public void Collect_children_of_Dien_Bien_in_2026_writes_one_workbook_per_commune_of_the_years_map()
    {
        var (exit, _, error) = cli.Run("collect", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2026", "--children-of", "11", "--out", "/w/communes");

        Assert.True(exit == ExitCodes.Success, error);
        // units-2025-07-01.csv (Nghị quyết 1661/NQ-UBTVQH15): Điện Biên's 45 communes from 01/7/2025, no districts.
        var written = cli.Files.Directory.GetFiles("/w/communes");
        Assert.Equal(45, written.Length);
        Assert.Contains(written, f => f.EndsWith("ctht-2021-2030-2026-03127.xlsx", StringComparison.Ordinal));
        Assert.DoesNotContain(written, f => f.EndsWith("-099.xlsx", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("1800")]
    [InlineData("2031")]
    [InlineData("2020")] // a baseline year: evaluated, but the plan does not report on it
    public void Report_refuses_a_year_the_plan_does_not_cover(string year)
    {
        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", year, "--out", "/out");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains($"error: --year: {year} is outside the years of plan 'ctht-2021-2030' (2021–2030).", error, StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/out"));
    }

    [Fact]
    public void Report_with_nothing_to_write_is_bad_input()
    {
        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--kind", "annual", "--format", "xlsx", "--out", "/out");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("nothing to write", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_collection_workbook_uses_the_current_name_and_recipient_after_the_reorganisation()
    {
        var (exit, _, error) = cli.Run("collect", "--profile", "thua-thien-hue", "--plan", "kh-208-2021", "--year", "2025", "--out", "/w/hue.xlsx");

        Assert.True(exit == ExitCodes.Success, error);
        using var workbook = new XLWorkbook(new MemoryStream(cli.Files.File.ReadAllBytes("/w/hue.xlsx")));
        var text = string.Join("\n", workbook.Worksheets.SelectMany(w => w.CellsUsed()).Select(c => c.GetString()));
        Assert.Contains("Thành phố Huế", text, StringComparison.Ordinal);
        Assert.Contains("Sở Y tế", text, StringComparison.Ordinal);
        Assert.DoesNotContain("gửi về Sở Lao động", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_of_a_bad_workbook_names_file_sheet_and_cell_and_writes_nothing()
    {
        cli.Run("collect", "--profile", "dien-bien", "--plan", "tuan-giao-2021-2025", "--year", "2024", "--out", "/w/tg.xlsx");
        byte[] filled;
        using (var workbook = new XLWorkbook(new MemoryStream(cli.Files.File.ReadAllBytes("/w/tg.xlsx"))))
        {
            var row = workbook.Worksheet("Số liệu").RowsUsed().First(r => r.Cell(1).GetString() == "BV2");
            row.Cell(6).SetValue("chín mươi");
            using var saved = new MemoryStream();
            workbook.SaveAs(saved);
            filled = saved.ToArray();
        }

        cli.Files.AddFile("/w/tg.xlsx", new MockFileData(filled));
        var (exit, _, error) = cli.Run("import", "/w/tg.xlsx", "--profile", "dien-bien", "--plan", "tuan-giao-2021-2025", "--out", "/w/data.csv");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("/w/tg.xlsx: Số liệu!F", error, StringComparison.Ordinal);
        Assert.Contains("chín mươi", error, StringComparison.Ordinal);
        Assert.False(cli.Files.File.Exists("/w/data.csv"));
    }
}
