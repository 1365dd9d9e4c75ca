using ChildPlan.Cli;
using ChildPlan.Reporting.Workbooks;
using ClosedXML.Excel;
using System.IO.Abstractions.TestingHelpers;

namespace ChildPlan.Tests.Cli;

/// <summary>
/// The agencies' results end to end through the tool: <c>collect --agencies</c> writes the forms, the filled forms go
/// through <c>import --results</c>, and <c>report --results</c> writes them into the report (issue 13's "done when").
/// </summary>
public sealed class AgencyResultsCommandTests
{
    private readonly CliHarness cli = new();

    private static readonly string[] HaiDuong2019 = ["--profile", "hai-duong", "--plan", "kh-ct18", "--year", "2019"];

    private (int Exit, string Out, string Err) Run(string command, params string[] args) => cli.Run([command, .. HaiDuong2019, .. args]);

    private string[] Collect()
    {
        var (exit, _, error) = Run("collect", "--agencies", "--out", "/forms");
        Assert.True(exit == ExitCodes.Success, error);
        return [.. cli.Files.Directory.GetFiles("/forms").Select(f => f.Replace('\\', '/')).Order(StringComparer.Ordinal)];
    }

    /// <summary>Fills rows of a form's tasks sheet in place, as an agency does in Excel.</summary>
    private void Fill(string path, params (string Item, string Status, string Text, decimal? Quantity, string? Unit)[] rows)
    {
        using var workbook = new XLWorkbook(new MemoryStream(cli.Files.File.ReadAllBytes(path)));
        var sheet = workbook.Worksheet(CollectionWorkbook.TasksSheetName);
        foreach (var (item, status, text, quantity, unit) in rows)
        {
            var row = Enumerable.Range(CollectionWorkbook.FirstTaskRow, 200).First(r => sheet.Cell(r, CollectionWorkbook.ItemColumn).GetString() == item);
            sheet.Cell(row, CollectionWorkbook.StatusColumn).SetValue(status);
            sheet.Cell(row, CollectionWorkbook.ResultColumn).SetValue(text);
            if (quantity is { } q)
            {
                sheet.Cell(row, CollectionWorkbook.QuantityColumn).SetValue(q);
                sheet.Cell(row, CollectionWorkbook.QuantityUnitColumn).SetValue(unit);
            }
        }

        using var saved = new MemoryStream();
        workbook.SaveAs(saved);
        cli.Files.File.WriteAllBytes(path, saved.ToArray());
    }

    [Fact]
    public void Collect_agencies_writes_one_form_per_responsible_agency_and_district_each_listing_its_duties()
    {
        var files = Collect();

        // Hải Dương's plan gives duties to eight provincial bodies and to the People's Committees of the districts: in 2019,
        // the province's twelve districts (288 Thành phố Hải Dương … 299, 300), one form each.
        Assert.Equal(20, files.Length);
        Assert.Contains("/forms/kh-ct18-2019-so-gddt.xlsx", files);
        Assert.Contains("/forms/kh-ct18-2019-288.xlsx", files);
        Assert.DoesNotContain("/forms/kh-ct18-2019-so-nganh-doan-the.xlsx", files); // a group, not an agency that fills a form
        using var workbook = new XLWorkbook(new MemoryStream(cli.Files.File.ReadAllBytes("/forms/kh-ct18-2019-so-gddt.xlsx")));
        var sheet = workbook.Worksheet(CollectionWorkbook.TasksSheetName);
        var items = Enumerable.Range(CollectionWorkbook.FirstTaskRow, 15).Select(r => sheet.Cell(r, CollectionWorkbook.ItemColumn).GetString()).ToList();
        Assert.Equal(["so-gddt#1", "so-gddt#2", "so-gddt#3", "HD1"], items.Take(4));
        Assert.Equal("GP4", items[^1]);
        Assert.StartsWith("Chỉ đạo, hướng dẫn các trường học", sheet.Cell(CollectionWorkbook.FirstTaskRow, CollectionWorkbook.ItemTextColumn).GetString(), StringComparison.Ordinal);
        Assert.True(sheet.Cell(CollectionWorkbook.FirstTaskRow, CollectionWorkbook.ItemTextColumn).Style.Protection.Locked);
    }

    [Fact]
    public void Filled_forms_import_into_a_results_file_that_the_report_writes_with_its_summary_and_the_agencies_that_did_not_report()
    {
        Collect();
        Fill("/forms/kh-ct18-2019-so-gddt.xlsx",
            ("so-gddt#1", "Đã hoàn thành", "Chỉ đạo các trường xây dựng môi trường giáo dục an toàn.", 12, "lớp tập huấn"),
            ("HD3", "Đang thực hiện", "Lồng ghép kỹ năng tự bảo vệ vào giờ sinh hoạt lớp.", 3500, "lượt người"));
        Fill("/forms/kh-ct18-2019-288.xlsx",
            ("ubnd-huyen#1", "Đã hoàn thành", "Ban hành kế hoạch triển khai trên địa bàn thành phố.", null, null),
            ("HD3", "Đã hoàn thành", "Tổ chức tập huấn cho cha mẹ học sinh.", 500, "lượt người"));

        var (importExit, importOut, importError) = cli.Run(["import", .. cli.Files.Directory.GetFiles("/forms"), "--profile", "hai-duong", "--plan", "kh-ct18", "--results", "/results.csv"]);

        Assert.True(importExit == ExitCodes.Success, importError);
        Assert.Contains("Wrote 4 result(s) from 2 reporter(s) to /results.csv", importOut, StringComparison.Ordinal);
        var csv = cli.Files.File.ReadAllText("/results.csv");
        Assert.StartsWith("agency,item,year,period,status,result,quantity,unit,source", csv, StringComparison.Ordinal);
        Assert.Contains("so-gddt,so-gddt#1,2019,year,completed,", csv, StringComparison.Ordinal);
        Assert.Contains("288,HD3,2019,year,completed,", csv, StringComparison.Ordinal);

        var (exit, _, error) = Run("report", "--results", "/results.csv", "--kind", "annual", "--format", "md", "--out", "/out");

        Assert.True(exit == ExitCodes.Success, error);
        var report = cli.Files.File.ReadAllText("/out/kh-ct18-2019-annual.md");
        Assert.Contains("0/12 nội dung đã hoàn thành, 1 đang thực hiện, 0 chưa triển khai, 11 chưa có báo cáo.", report, StringComparison.Ordinal);
        Assert.Contains("Sở Giáo dục và Đào tạo (đang thực hiện): Lồng ghép kỹ năng tự bảo vệ vào giờ sinh hoạt lớp. (3.500 lượt người)", report, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân thành phố Hải Dương (đã hoàn thành): Tổ chức tập huấn cho cha mẹ học sinh. (500 lượt người)", report, StringComparison.Ordinal);
        Assert.Contains("Tổng: 4.000 lượt người.", report, StringComparison.Ordinal);
        Assert.Contains("Chỉ đạo các trường xây dựng môi trường giáo dục an toàn.", report, StringComparison.Ordinal);
        Assert.Contains("Các cơ quan, đơn vị chưa gửi báo cáo (hạn ngày 15/12/2019): ", report, StringComparison.Ordinal);
        Assert.Contains("Công an tỉnh", report.Split("chưa gửi báo cáo")[1], StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân huyện Cẩm Giàng", report.Split("chưa gửi báo cáo")[1], StringComparison.Ordinal);
        Assert.DoesNotContain("MẪU", report, StringComparison.Ordinal); // imported results are not the profile's sample
    }

    [Fact]
    public void A_bad_form_is_reported_by_sheet_and_cell_and_nothing_is_written()
    {
        Collect();
        Fill("/forms/kh-ct18-2019-so-gddt.xlsx", ("HD1", "Xong rồi", "Đã làm.", null, null));

        var (exit, _, error) = cli.Run("import", "/forms/kh-ct18-2019-so-gddt.xlsx", "--profile", "hai-duong", "--plan", "kh-ct18", "--results", "/results.csv");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("kh-ct18-2019-so-gddt.xlsx", error, StringComparison.Ordinal);
        Assert.Contains(CollectionWorkbook.TasksSheetName, error, StringComparison.Ordinal);
        Assert.Contains("Xong rồi", error, StringComparison.Ordinal);
        Assert.False(cli.Files.File.Exists("/results.csv"));
    }

    [Fact]
    public void A_results_file_that_does_not_fit_the_plan_is_bad_input_named_by_line_and_no_report_is_written()
    {
        // A reporter the plan does not know, a duty of another agency, a duty the agency does not have.
        cli.Files.AddFile("/results.csv", new MockFileData("""
            agency,item,year,period,status,result
            nobody,HD1,2019,year,completed,Đã làm.
            cong-an-tinh,so-gddt#2,2019,year,completed,Đã làm.
            so-gddt,so-gddt#9,2019,year,completed,Đã làm.
            """));

        var (exit, _, error) = Run("report", "--results", "/results.csv", "--kind", "annual", "--format", "md", "--out", "/out");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("results.csv:2", error, StringComparison.Ordinal);
        Assert.Contains("results.csv:3", error, StringComparison.Ordinal);
        Assert.Contains("results.csv:4", error, StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/out") && cli.Files.Directory.GetFiles("/out").Length > 0);
    }

    [Fact]
    public void Results_in_the_forms_without_a_results_file_to_write_them_to_are_an_error_not_dropped()
    {
        Collect();
        Fill("/forms/kh-ct18-2019-so-y-te.xlsx", ("so-y-te#1", "Đã hoàn thành", "Đã thực hiện.", null, null));

        var (exit, _, error) = cli.Run("import", "/forms/kh-ct18-2019-so-y-te.xlsx", "--profile", "hai-duong", "--plan", "kh-ct18", "--out", "/data.csv");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("--results", error, StringComparison.Ordinal);
        Assert.False(cli.Files.File.Exists("/data.csv"));
    }

    [Theory]
    [InlineData("xyz,HD1,2019,year,completed,Đã làm.,,,", "unknown agency or unit 'xyz'")]
    [InlineData("so-gddt,HD99,2019,year,completed,Đã làm.,,,", "unknown task 'HD99'")]
    [InlineData("so-gddt,HD1,2030,year,completed,Đã làm.,,,", "year 2030 is outside the plan's years")]
    [InlineData("so-gddt,HD1,2019,year,completed,Đã làm.,99999999999999999999,lớp,", "is not between 0 and")]
    [InlineData("so-gddt,so-y-te#1,2019,year,completed,Đã làm.,,,", "is a duty of")]
    public void A_results_file_that_does_not_fit_the_plan_is_bad_input_located_and_no_report_is_written(string row, string expected)
    {
        cli.Files.File.WriteAllText("/results.csv", "agency,item,year,period,status,result,quantity,unit,source\n" + row + "\n");

        var (exit, _, error) = Run("report", "--kind", "annual", "--format", "md", "--results", "/results.csv", "--out", "/out");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("/results.csv:2", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/out") && cli.Files.Directory.EnumerateFiles("/out").Any());
    }

    [Fact]
    public void Without_a_results_file_the_report_uses_the_profiles_sample_results_and_says_they_are_a_sample()
    {
        var (exit, _, error) = Run("report", "--kind", "annual", "--format", "md", "--out", "/out");

        Assert.True(exit == ExitCodes.Success, error);
        var report = cli.Files.File.ReadAllText("/out/kh-ct18-2019-annual.md");
        Assert.Contains("KẾT QUẢ THỰC HIỆN MẪU", report, StringComparison.Ordinal);
        Assert.Contains("kh-ct18.sample.results.csv", report, StringComparison.Ordinal);
        Assert.Contains("8/12 nội dung đã hoàn thành, 2 đang thực hiện, 1 chưa triển khai, 1 chưa có báo cáo.", report, StringComparison.Ordinal);
    }

    [Fact]
    public void The_six_monthly_report_is_written_for_a_plan_whose_regime_asks_one_and_refused_for_another()
    {
        var (exit, output, error) = Run("report", "--kind", "six-monthly", "--format", "md", "--out", "/out");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("kh-ct18-2019-six-monthly.md", output, StringComparison.Ordinal);
        Assert.Contains("6 tháng đầu năm 2019", cli.Files.File.ReadAllText("/out/kh-ct18-2019-six-monthly.md"), StringComparison.Ordinal);

        var (refused, _, why) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--kind", "six-monthly", "--out", "/dien-bien");
        Assert.Equal(ExitCodes.BadInput, refused);
        Assert.Contains("ctht-2021-2030", why, StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/dien-bien"));
    }

    [Fact]
    public void All_kinds_of_a_plan_with_a_six_monthly_regime_include_the_six_monthly_report()
    {
        var (exit, output, error) = Run("report", "--format", "md", "--out", "/out");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("kh-ct18-2019-annual.md", output, StringComparison.Ordinal);
        Assert.Contains("kh-ct18-2019-six-monthly.md", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "collect", "--agency", "so-khong-co", "--out", "/f.xlsx" }, "expected reporters: so-ldtbxh, cong-an-tinh")]
    [InlineData(new[] { "collect", "--agency", "so-gddt", "--agencies", "--out", "/f" }, "not both")]
    [InlineData(new[] { "collect", "--agency", "so-gddt", "--format", "docx", "--out", "/f.docx" }, "agency forms are workbooks")]
    [InlineData(new[] { "collect", "--agency", "so-gddt", "--unit", "288", "--out", "/f.xlsx" }, "--unit and --children-of")]
    [InlineData(new[] { "collect", "--period", "H1", "--out", "/f.xlsx" }, "--period is for agency forms")]
    [InlineData(new[] { "report", "--results", "/missing.csv", "--out", "/out" }, "missing.csv")]
    [InlineData(new[] { "report", "--results", "/missing.csv", "--unit", "288", "--out", "/out" }, "plan's area")]
    [InlineData(new[] { "import", "/x.xlsx" }, "give --out (the data file), --results (the results file), or both")]
    public void Agency_options_used_wrongly_are_bad_input_with_a_message_and_nothing_is_written(string[] args, string expected)
    {
        var (exit, _, error) = Run(args[0], args[1..]);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Empty(cli.Files.AllFiles);
    }

    [Fact]
    public void An_H1_form_is_refused_for_a_plan_that_asks_yearly_reports_only()
    {
        var (exit, _, error) = cli.Run("collect", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--agency", "so-gddt", "--period", "H1", "--out", "/f.xlsx");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("six-monthly", error, StringComparison.Ordinal);
        Assert.False(cli.Files.File.Exists("/f.xlsx"));
    }

    [Fact]
    public void An_H1_form_names_the_six_monthly_deadline()
    {
        var (exit, _, error) = Run("collect", "--agency", "so-gddt", "--period", "H1", "--out", "/f.xlsx");

        Assert.True(exit == ExitCodes.Success, error);
        using var workbook = new XLWorkbook(new MemoryStream(cli.Files.File.ReadAllBytes("/f.xlsx")));
        var instructions = string.Join("\n", workbook.Worksheet(CollectionWorkbook.InstructionsSheetName).CellsUsed().Select(c => c.GetString()));
        Assert.Contains("Hạn gửi: ngày 15/06/2019", instructions, StringComparison.Ordinal); // as the report writes deadlines
    }

    [Fact]
    public void A_results_file_with_nothing_of_the_year_reported_on_is_written_with_a_warning()
    {
        cli.Files.AddFile("/results-2018.csv", new System.IO.Abstractions.TestingHelpers.MockFileData(
            "agency,item,year,period,status,result,quantity,unit,source\nso-gddt,so-gddt#1,2018,year,completed,Đã thực hiện.,,,\n"));

        var (exit, _, error) = Run("report", "--results", "/results-2018.csv", "--kind", "annual", "--format", "md", "--out", "/out");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("warning: /results-2018.csv has no result of 2019 (its years: 2018)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_issuing_agency_is_not_listed_among_those_that_have_not_sent_it_their_reports()
    {
        var (exit, _, error) = Run("report", "--kind", "annual", "--format", "md", "--out", "/out");

        Assert.True(exit == ExitCodes.Success, error);
        var report = cli.Files.File.ReadAllText("/out/kh-ct18-2019-annual.md");
        var line = report.Split('\n').Single(l => l.StartsWith("Các cơ quan, đơn vị chưa gửi báo cáo", StringComparison.Ordinal));
        Assert.DoesNotContain("Sở Lao động - Thương binh và Xã hội", line, StringComparison.Ordinal); // the issuer, Sở LĐTBXH, writes this report
        Assert.Contains("Sở Thông tin và Truyền thông", line, StringComparison.Ordinal);
    }
}
