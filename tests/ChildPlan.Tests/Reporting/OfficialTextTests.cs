using ChildPlan.Formats;
using ChildPlan.Reporting.Localization;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Tests.Reporting;

/// <summary>Exact official text (issue 9, part 5): each defect the review found, written as the source documents write it.</summary>
public sealed class OfficialTextTests
{
    [Theory]
    [InlineData("tuan-giao-2021-2025", 2023, "Kế hoạch ngày 14/9/2021 của UBND huyện Tuần Giáo về triển khai thực hiện")]
    [InlineData("kh-2023", 2023, "Kế hoạch tháng 4/2023 của UBND thành phố Tây Ninh về thực hiện")]
    public void A_document_whose_number_is_blank_is_cited_without_a_number(string planId, int year, string citation)
    {
        // Both seeds head their text "Số: /KH-UBND": the number was never filled in.
        var text = Render(ReportKind.Annual, planId, year);

        Assert.Contains(citation, text, StringComparison.Ordinal);
        Assert.DoesNotContain("số /KH-UBND", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("KH /KH-UBND", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_summary_writes_a_blank_number_as_the_document_does()
    {
        var (_, plan) = ReportFixture.Find("tuan-giao-2021-2025");

        Assert.Equal("Số: /KH-UBND", PlanText.NumberLine(plan.Document));
        Assert.Equal("Số: 333/QĐ-UBND", PlanText.NumberLine(ReportFixture.Find("ctht-2021-2030").Plan.Document));
        Assert.Equal(PlanText.NoSymbol, PlanText.NumberLine(ReportFixture.Find("kh-ct18").Plan.Document));
    }

    [Fact]
    public void A_one_year_plan_does_not_repeat_its_year_in_the_subject()
    {
        var model = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("kh-2023", 2023));

        Assert.Equal("Kết quả thực hiện Kế hoạch thực hiện Chương trình hành động quốc gia vì trẻ em năm 2023", model.Subject);
        Assert.DoesNotContain("năm 2023 năm 2023", Render(ReportKind.Annual, "kh-2023", 2023), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kh-ct18", 2018, "về triển khai Chỉ thị của Thủ tướng Chính phủ")]
    [InlineData("kh-208-2021", 2022, "về thực hiện Nghị quyết số 07/2021/NQ-HĐND")]
    [InlineData("ctht-2021-2030", 2022, "về ban hành Chương trình hành động vì trẻ em tỉnh Điện Biên, giai đoạn 2021-2030")]
    public void A_title_continuing_a_sentence_starts_in_lower_case(string planId, int year, string words)
    {
        var text = Render(ReportKind.Annual, planId, year);

        Assert.Contains(words, text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"về (Triển|Thực|Ban) ", text);
    }

    [Fact]
    public void The_2013_2020_review_is_cited_as_part_one_of_decision_333_which_issued_the_2021_2030_programme()
    {
        var text = Render(ReportKind.Annual, "ctht-2013-2020", 2020);

        Assert.Contains("Căn cứ Phần thứ nhất của Quyết định số 333/QĐ-UBND ngày 15/3/2021 của UBND tỉnh Điện Biên về ban hành Chương trình hành động vì trẻ em tỉnh Điện Biên, giai đoạn 2021-2030, UBND tỉnh Điện Biên báo cáo kết quả thực hiện Chương trình hành động vì trẻ em tỉnh Điện Biên, giai đoạn 2013-2020 năm 2020", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Quyết định số 333/QĐ-UBND ngày 15/3/2021 của UBND tỉnh Điện Biên về Chương trình hành động vì trẻ em tỉnh Điện Biên, giai đoạn 2013-2020", text, StringComparison.Ordinal);
        Assert.Contains("Căn cứ: Phần thứ nhất của Quyết định số 333/QĐ-UBND", Render(ReportKind.Responsibility, "ctht-2013-2020", 2020), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportKind.Responsibility)]
    [InlineData(ReportKind.Calendar)]
    public void Working_documents_carry_no_number_line(ReportKind kind)
    {
        var model = ReportModelBuilder.Build(kind, ReportFixture.Input("ctht-2021-2030", 2024));

        Assert.Equal(string.Empty, model.Header.Number);
        Assert.DoesNotContain("Số:", Render(kind, "ctht-2021-2030", 2024), StringComparison.Ordinal);
        Assert.Contains("Số:", Render(ReportKind.Annual, "ctht-2021-2030", 2024), StringComparison.Ordinal);
    }

    [Fact]
    public void No_agency_is_listed_twice_in_the_recipients_the_agencies_or_the_deadline_table()
    {
        // From 01/7/2025 Sở LĐTBXH's child affairs (recorded, unconfirmed, as Sở Y tế's) and Sở Y tế belong to the same body.
        var input = ReportFixture.Input("kh-ct18", 2020, today: new NodaTime.LocalDate(2025, 8, 1));
        var model = ReportModelBuilder.Build(ReportKind.Annual, input);

        Assert.Equal(["UBND thành phố Hải Phòng (b/c)", "Bộ Y tế (b/c)", "Lưu: VT"], model.Recipients);
        Assert.Single(model.Agencies, a => a.Name == "Sở Y tế thành phố Hải Phòng");
        Assert.All(model.Deadlines, d => Assert.NotEqual(d.To, d.Via));
        Assert.Equal(model.Deadlines.Count, model.Deadlines.Select(d => (d.KindCaption, d.From, d.To, d.Via, d.DueText)).Distinct().Count());
    }

    [Fact]
    public void The_responsibility_matrix_gives_a_body_that_took_over_another_agencys_duties_one_column()
    {
        // ctht-2021-2030 assigns indicators to Sở LĐTBXH and to Sở Y tế; from 01/3/2025 (unconfirmed) both are Sở Y tế's.
        var before = ReportModelBuilder.Build(ReportKind.Responsibility, ReportFixture.Input("ctht-2021-2030", 2024));
        var after = ReportModelBuilder.Build(ReportKind.Responsibility, ReportFixture.Input("ctht-2021-2030", 2026));

        Assert.Single(before.Matrix.Columns, c => c.Name == "Sở Y tế");
        Assert.Single(after.Matrix.Columns, c => c.Name == "Sở Y tế");
        Assert.Equal(before.Matrix.Columns.Count - 1, after.Matrix.Columns.Count(c => !c.Name.StartsWith("UBND các huyện", StringComparison.Ordinal)));
        var health = after.Matrix.Columns.ToList().FindIndex(c => c.Name == "Sở Y tế");
        Assert.Contains(after.Matrix.Rows, r => r.Label == "Chỉ tiêu 1" && r.Cells[health] == "C"); // Chỉ tiêu 1: Sở LĐTBXH chủ trì (IV.1)
    }

    [Fact]
    public void An_agency_change_records_whether_it_is_confirmed()
    {
        var changes = ChangesFile.Parse("""
            { "format": "childplan.changes/1", "agencies": [
              { "plans": [ "p" ], "agency": "a", "effective": "2025-03-01", "successor": "B", "basis": "X", "confirmed": false },
              { "plans": [ "p" ], "agency": "c", "effective": "2025-07-01", "basis": "Y" } ] }
            """);

        Assert.False(changes.Agencies[0].Confirmed);
        Assert.True(changes.Agencies[1].Confirmed);
    }

    private static string Render(ReportKind kind, string planId, int year) =>
        ReportFixture.Render(kind, OutputFormat.Markdown, ReportFixture.Input(planId, year));
}
