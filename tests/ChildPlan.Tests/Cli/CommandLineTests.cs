using System.IO.Abstractions.TestingHelpers;
using System.Text.Json;
using ChildPlan.Cli;
using ChildPlan.Formats;
using ChildPlan.Profiles.DienBien;

namespace ChildPlan.Tests.Cli;

public sealed class CommandLineTests
{
    private readonly CliHarness cli = new();

    [Fact]
    public void Profiles_lists_the_installed_profile_with_its_plans_and_datasets()
    {
        var (exit, output, _) = cli.Run("profiles");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("dien-bien  Tỉnh Điện Biên", output, StringComparison.Ordinal);
        Assert.Contains("ctht-2013-2020", output, StringComparison.Ordinal);
        Assert.Contains("ctht-2021-2030", output, StringComparison.Ordinal);
        Assert.Contains("tuan-giao-2021-2025", output, StringComparison.Ordinal);
        Assert.Contains("data: ctht-2013-2020.data.csv", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_show_prints_the_document_goals_indicators_agencies_and_reporting()
    {
        var (exit, output, _) = cli.Run("plan", "show", "--profile", "dien-bien", "--plan", "tuan-giao-2021-2025");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Tuần Giáo, ngày 14 tháng 9 năm 2021", output, StringComparison.Ordinal);
        Assert.Contains("Mùa Va Hồ", output, StringComparison.Ordinal);
        Assert.Contains("< 4%", output, StringComparison.Ordinal);
        Assert.Contains("trước ngày 20/11 hằng năm", output, StringComparison.Ordinal);
    }

    // Reporting steps are captioned in Vietnamese, as reports caption them, not by the enum ("[Annual]").
    [Fact]
    public void Plan_show_captions_reporting_steps_in_Vietnamese()
    {
        var (exit, output, _) = cli.Run("plan", "show", "--profile", "dien-bien", "--plan", "ctht-2021-2030");

        Assert.Equal(ExitCodes.Success, exit);
        foreach (var kind in new[] { "Annual", "AdHoc", "Midterm", "Final" })
        {
            Assert.DoesNotContain($"[{kind}]", output, StringComparison.Ordinal);
        }

        Assert.Contains("  [Báo cáo năm] Các Sở, ban, ngành, các tổ chức chính trị - xã hội tỉnh → Sở Lao động - Thương binh và Xã hội", output, StringComparison.Ordinal);
        Assert.Contains("  [Báo cáo đột xuất] ", output, StringComparison.Ordinal);
        Assert.Contains("  [Sơ kết] UBND các huyện, thị xã, thành phố → Các ngành có liên quan: năm 2025", output, StringComparison.Ordinal);
        Assert.Contains("  [Tổng kết] ", output, StringComparison.Ordinal);
    }

    // Hải Dương's plan numbers its activities (mục II) and its solutions (mục III) from 1 each: the kind tells them
    // apart, as in the reports, and a task without activities does not say "(0 hoạt động)".
    [Fact]
    public void Plan_show_labels_tasks_by_kind_and_number_as_reports_do()
    {
        var (exit, output, _) = cli.Run("plan", "show", "--profile", "hai-duong", "--plan", "kh-ct18");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("  Hoạt động 1. Tuyên truyền, phổ biến các quy định về bảo vệ trẻ em", output, StringComparison.Ordinal);
        Assert.Contains("  Giải pháp 1. Tổ chức triển khai, quán triệt tinh thần và nội dung Chỉ thị.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("(0 hoạt động)", output, StringComparison.Ordinal);
    }

    // Chỉ tiêu 16 has two leads (333/QĐ-UBND, Part 2, IV.1 and IV.3).
    [Fact]
    public void Plan_show_names_both_leads_of_indicator_16()
    {
        var (exit, output, _) = cli.Run("plan", "show", "--profile", "dien-bien", "--plan", "ctht-2021-2030");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("[chủ trì: Sở Lao động - Thương binh và Xã hội; Công an tỉnh]", output, StringComparison.Ordinal);
        Assert.Contains("  Công an tỉnh — chủ trì chỉ tiêu 16", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_prints_the_review_with_the_documents_verdicts_beside_the_computed_ones()
    {
        var (exit, output, _) = cli.Run("evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Văn bản đánh giá", output, StringComparison.Ordinal);
        Assert.Matches(@"R5\s+2020\s+.*≤ 24%\s+26,4%\s+Không đạt\s+Không đạt", output);
        Assert.Matches(@"R1\s+2020\s+.*< 5%\s+3,8%\s+Vượt chỉ tiêu\s+Đạt", output);
        Assert.Contains("Khớp với đánh giá của văn bản: 17/20", output, StringComparison.Ordinal);
    }

    // Part 1, II.3 of 333/QĐ-UBND writes "(đạt)" for R1 (3,8% against "dưới 5%" in 2020) and "(chỉ tiêu này đạt: Năm
    // 2015 là 32,8%, năm 2020 là 31,0%)" for R7 (against 40 and 35): the numbers exceed the targets. Those three are
    // compatible with the document, not its word, and are counted apart from the 17 exact matches.
    [Fact]
    public void Evaluate_counts_exact_agreement_apart_from_dat_where_the_numbers_exceed_the_target()
    {
        var (exit, output, _) = cli.Run("evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020");

        Assert.Equal(ExitCodes.Success, exit);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("Khớp với đánh giá của văn bản: 17/20", lines);
        Assert.Contains("Văn bản ghi \"đạt\", số liệu vượt chỉ tiêu: 3/20 (R1 2020, R7 2015, R7 2020)", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Khác với đánh giá của văn bản", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_as_json_says_how_each_result_agrees_with_the_documents_verdict()
    {
        var (exit, output, _) = cli.Run("evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        using var doc = JsonDocument.Parse(output);
        var results = doc.RootElement.GetProperty("results").EnumerateArray().ToList();
        string? Agreement(string id, int year) => results.Single(r => r.GetProperty("indicator").GetString() == id && r.GetProperty("year").GetInt32() == year)
            .TryGetProperty("agreement", out var a) ? a.GetString() : null;
        Assert.Equal("compatible", Agreement("R1", 2020));
        Assert.Equal("compatible", Agreement("R7", 2015));
        Assert.Equal("exact", Agreement("R5", 2020));
        Assert.Null(Agreement("R2", 2020)); // recorded "đạt" but no data to compare
        var agreement = doc.RootElement.GetProperty("agreement");
        Assert.Equal((20, 17, 3, 0), (agreement.GetProperty("judged").GetInt32(), agreement.GetProperty("exact").GetInt32(), agreement.GetProperty("compatible").GetInt32(), agreement.GetProperty("different").GetInt32()));
    }

    [Fact]
    public void Evaluate_as_json_has_the_documented_shape()
    {
        var (exit, output, _) = cli.Run("evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--year", "2020", "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        using var doc = JsonDocument.Parse(output);
        var r5 = doc.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("indicator").GetString() == "R5");
        Assert.Equal(2020, r5.GetProperty("year").GetInt32());
        Assert.Equal("11", r5.GetProperty("unit").GetString());
        Assert.Equal("NotAchieved", r5.GetProperty("status").GetString());
        Assert.Equal(26.4m, r5.GetProperty("actual").GetDecimal());
        Assert.Equal("<=", r5.GetProperty("target").GetProperty("op").GetString());
        Assert.Equal(24m, r5.GetProperty("target").GetProperty("value").GetDecimal());
        Assert.All(doc.RootElement.GetProperty("results").EnumerateArray(), r => Assert.Equal(2020, r.GetProperty("year").GetInt32()));
    }

    [Fact]
    public void Exporting_a_plan_and_evaluating_the_file_gives_the_same_results_as_the_profile()
    {
        var dataset = new DienBienProfile().Datasets.Single(d => d.PlanId == "ctht-2013-2020");
        var csv = new StringWriter();
        ObservationFile.Write(csv, dataset.Observations);
        cli.Files.AddFile("/w/data.csv", new MockFileData(csv.ToString()));

        var export = cli.Run("plan", "export", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--out", "/w/plan.json");
        var fromFile = cli.Run("evaluate", "--plan-file", "/w/plan.json", "--data", "/w/data.csv", "--format", "json");
        var fromProfile = cli.Run("evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--format", "json");

        Assert.Equal(ExitCodes.Success, export.Exit);
        Assert.Equal(ExitCodes.Success, fromFile.Exit);
        Assert.Equal(fromProfile.Out, fromFile.Out);
    }

    [Fact]
    public void Export_refuses_to_overwrite_without_force_and_leaves_the_file_alone()
    {
        cli.Files.AddFile("/w/plan.json", new MockFileData("keep me"));

        var refused = cli.Run("plan", "export", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--out", "/w/plan.json");
        Assert.Equal(ExitCodes.BadInput, refused.Exit);
        Assert.Contains("already exists; use --force", refused.Err, StringComparison.Ordinal);
        Assert.Equal("keep me", cli.Files.File.ReadAllText("/w/plan.json"));

        var forced = cli.Run("plan", "export", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--out", "/w/plan.json", "--force");
        Assert.Equal(ExitCodes.Success, forced.Exit);
        Assert.Equal("ctht-2021-2030", PlanFile.Read(cli.Files, "/w/plan.json").Id);
    }

    [Fact]
    public void Bad_data_exits_with_2_and_names_the_file_and_line()
    {
        cli.Files.AddFile("/w/bad.csv", new MockFileData("indicator,year,value,numerator,denominator,unit\nR5,2020,26.4,,,11\nR99,2020,1,,,11\n"));

        var (exit, output, error) = cli.Run("evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--data", "/w/bad.csv");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("/w/bad.csv:3: unknown indicator 'R99'", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void Vietnamese_excel_data_is_read_with_culture_vi_VN()
    {
        cli.Files.AddFile("/w/vi.csv", new MockFileData("indicator;year;value;numerator;denominator;unit\nR5;2020;23,9;;;11\n"));

        var (exit, output, _) = cli.Run("evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--data", "/w/vi.csv", "--culture", "vi-VN", "--year", "2020");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Matches(@"R5\s+2020\s+.*23,9%\s+Vượt chỉ tiêu", output);
    }

    [Theory]
    [InlineData(new[] { "evaluate", "--profile", "quang-ninh", "--plan", "x" }, "No profile 'quang-ninh' is installed; installed: dien-bien, hai-duong, tay-ninh, thua-thien-hue.")]
    [InlineData(new[] { "evaluate", "--profile", "dien-bien", "--plan", "x" }, "Profile 'dien-bien' has no plan 'x'")]
    [InlineData(new[] { "evaluate", "--plan-file", "/nowhere.json" }, "/nowhere.json: the plan file does not exist.")]
    [InlineData(new[] { "evaluate", "--profile", "dien-bien" }, "give --profile and --plan, or --plan-file.")]
    [InlineData(new[] { "evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--format", "xml" }, "xml")]
    [InlineData(new[] { "evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--unit", "999" }, "unknown administrative unit '999'")]
    [InlineData(new[] { "frobnicate" }, "frobnicate")]
    public void Bad_input_exits_with_2_and_says_what_is_wrong(string[] args, string expected)
    {
        var (exit, _, error) = cli.Run(args);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_district_plan_is_evaluated_for_its_district()
    {
        cli.Files.AddFile("/w/tg.csv", new MockFileData("indicator,measure,year,value,numerator,denominator,unit\nBV1,,2025,,310,9000,099\nGP5,,2025,9,,,\n"));

        var (exit, output, _) = cli.Run("evaluate", "--profile", "dien-bien", "--plan", "tuan-giao-2021-2025", "--data", "/w/tg.csv", "--year", "2025", "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        using var doc = JsonDocument.Parse(output);
        var results = doc.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.All(results, r => Assert.Equal("099", r.GetProperty("unit").GetString()));
        Assert.Equal("Exceeded", results.Single(r => r.GetProperty("indicator").GetString() == "BV1").GetProperty("status").GetString());
        Assert.Equal("Exceeded", results.Single(r => r.GetProperty("indicator").GetString() == "GP5").GetProperty("status").GetString());
    }
}
