using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Tests.Reporting;

/// <summary>
/// The indicator text of reports as the documents write it: the TT column shows the document's own numbers, never the
/// plan's ids; a bundled indicator's measures do not repeat its name; a range of yearly decrease reads "giảm 2–3%/năm";
/// the year's total counts only the indicators with a target in the year.
/// </summary>
public sealed class IndicatorTextTests
{
    public static TheoryData<string, int> PlansWithIndicators() => new()
    {
        { "ctht-2013-2020", 2020 },
        { "ctht-2021-2030", 2025 },
        { "tuan-giao-2021-2025", 2025 },
        { "kh-208-2021", 2025 },
    };

    // 333/QĐ-UBND numbers chỉ tiêu 1-29 and leaves one dash line under 25 un-numbered; its Part 1 review and the Tuần
    // Giáo plan number none of their lines. Internal ids (CT25b, R1, BV1, GP7) never reach the TT column.
    [Theory]
    [MemberData(nameof(PlansWithIndicators))]
    public void The_TT_column_shows_the_documents_number_and_never_an_id(string planId, int year)
    {
        var input = ReportFixture.Input(planId, year);
        var model = ReportModelBuilder.Build(ReportKind.Monitoring, input);

        Assert.All(model.Indicators, r =>
        {
            var indicator = input.Plan.FindIndicator(r.Id)!;
            Assert.Equal(indicator.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, r.Number);
            Assert.Equal(r.IsMeasure ? string.Empty : r.Number, r.Label);
        });
        foreach (var format in Enum.GetValues<OutputFormat>())
        {
            var text = ReportFixture.Render(ReportKind.Monitoring, format, input);
            Assert.All(input.Plan.Indicators.Where(i => i.Number is null), i => Assert.DoesNotContain($"| {i.Id} |", text, StringComparison.Ordinal));
            Assert.All(input.Plan.Indicators.Where(i => i.Number is null), i => Assert.DoesNotContain($">{i.Id}<", text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_unnumbered_line_under_indicator_25_has_a_blank_TT()
    {
        var model = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("ctht-2021-2030", 2025));

        Assert.Equal(string.Empty, model.Indicators.Single(r => r.Id == "CT25b").Label);
        Assert.Equal("25", model.Indicators.Single(r => r.Id == "CT25").Label);
    }

    // Chỉ tiêu 15 (Part 2, I.2.b) bundles two rates: a heading row with its number and name, then each rate by its own
    // name, not "Tỷ suất …; tỷ suất …: Tỷ suất …".
    [Fact]
    public void A_bundled_indicator_has_a_heading_row_and_its_measures_do_not_repeat_its_name()
    {
        var input = ReportFixture.Input("ctht-2021-2030", 2025);
        var rows = ReportModelBuilder.Build(ReportKind.Annual, input).Indicators.Where(r => r.Id == "CT15").ToList();

        Assert.Equal([true, false], rows.Select(r => r.StartsIndicator));
        Assert.All(rows, r => Assert.True(r.IsMeasure));
        Assert.Equal(["Tỷ suất trẻ em bị tai nạn thương tích", "Tỷ suất trẻ em bị tử vong do tai nạn thương tích"], rows.Select(r => r.Caption));
        var markdown = ReportFixture.Render(ReportKind.Annual, OutputFormat.Markdown, input);
        Assert.Contains("| 15 | Tỷ suất trẻ em bị tai nạn thương tích; tỷ suất trẻ em bị tử vong do tai nạn thương tích | | | | ", markdown, StringComparison.Ordinal);
        Assert.Contains("|  | - Tỷ suất trẻ em bị tai nạn thương tích | ≤ 550/100.000 trẻ em |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("thương tích: Tỷ suất", markdown, StringComparison.Ordinal);
        var html = ReportFixture.Render(ReportKind.Annual, OutputFormat.Html, input);
        Assert.Contains("<td>- Tỷ suất trẻ em bị tử vong do tai nạn thương tích</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("thương tích: Tỷ suất", html, StringComparison.Ordinal);
    }

    // Thừa Thiên Huế chỉ tiêu 16 (Kế hoạch 208/KH-UBND, I.3): "Tỷ lệ trẻ em khuyết tật … đạt 80% (riêng trẻ em dưới 5 tuổi
    // đạt 60%)": the first measure is the indicator itself and takes its row; the "riêng" line goes under it. No heading
    // row repeats the name.
    [Fact]
    public void A_measure_that_is_the_indicator_itself_takes_the_indicators_row()
    {
        var input = ReportFixture.Input("kh-208-2021", 2025);
        var rows = ReportModelBuilder.Build(ReportKind.Annual, input).Indicators.Where(r => r.Id == "CT16").ToList();

        Assert.Equal([(false, "16"), (true, string.Empty)], rows.Select(r => (r.IsMeasure, r.Label)));
        Assert.Equal([input.Plan.FindIndicator("CT16")!.Name, "Riêng trẻ em dưới 5 tuổi"], rows.Select(r => r.Caption));
        var markdown = ReportFixture.Render(ReportKind.Annual, OutputFormat.Markdown, input);
        Assert.Single(markdown.Split('\n'), l => l.Contains(rows[0].Caption, StringComparison.Ordinal));
        Assert.Contains("|  | - Riêng trẻ em dưới 5 tuổi |", markdown, StringComparison.Ordinal);
    }

    // Chỉ tiêu 18 (Part 2, I.2.b): "duy trì mức giảm số cuộc tảo hôn từ 2 đến 3% hằng năm giai đoạn từ năm 2025 đến năm 2030".
    [Fact]
    public void The_child_marriage_target_reads_giam_2_3_percent_a_year()
    {
        var input = ReportFixture.Input("ctht-2021-2030", 2025);
        var row = ReportModelBuilder.Build(ReportKind.Monitoring, input).Indicators.Single(r => r.Id == "CT18");

        Assert.Equal("giảm 2–3%/năm", row.Target);
        Assert.Equal("2025–2030: giảm 2–3%/năm", row.Milestones);
        Assert.DoesNotContain("-3%/năm", ReportFixture.Render(ReportKind.Monitoring, OutputFormat.Markdown, input), StringComparison.Ordinal);
    }

    // In 2023 most indicators of the programme have only 2025 and 2030 targets and no baseline; those have no target in
    // 2023 and are not among the year's indicators the report counts.
    [Fact]
    public void Indicators_without_a_target_in_the_year_are_not_counted_in_its_total()
    {
        var input = ReportFixture.Input("ctht-2021-2030", 2023);
        var summary = ReportModelBuilder.Build(ReportKind.Annual, input).Summary;

        var results = input.Evaluation.Results;
        var targeted = results.Count(r => r.Judgement.Target is not null || r.Judgement.Expected is not null);
        Assert.True(targeted < results.Count);
        Assert.Equal(targeted, summary.Total);
        Assert.Equal(results.Count - targeted, summary.NoTarget);
        Assert.Equal(summary.Total, summary.WithData + summary.NoData);
        var markdown = ReportFixture.Render(ReportKind.Annual, OutputFormat.Markdown, input);
        Assert.Contains($"Trong {targeted} chỉ tiêu (kể cả các chỉ tiêu thành phần) của năm 2023", markdown, StringComparison.Ordinal);
        Assert.Contains($"Không tính {results.Count - targeted} chỉ tiêu không có mục tiêu của năm 2023.", markdown, StringComparison.Ordinal);
    }

    // Tuần Giáo's lines and activities: the matrix labels numbered activities with the document's kind and number, and
    // un-numbered indicators by their name alone (never BV1, HD1, NV 1).
    [Fact]
    public void The_responsibility_matrix_labels_items_as_the_document_numbers_them()
    {
        var input = ReportFixture.Input("kh-208-2021", 2025);
        var model = ReportModelBuilder.Build(ReportKind.Responsibility, input);

        Assert.Contains(model.Matrix.Rows, r => r.Label == "Chỉ tiêu 7");
        Assert.DoesNotContain(model.Matrix.Rows, r => input.Plan.Indicators.Any(i => i.Id == r.Label) || input.Plan.Tasks.Any(t => t.Id == r.Label) || r.Label.StartsWith("NV ", StringComparison.Ordinal));
        var tuanGiao = ReportFixture.Input("tuan-giao-2021-2025", 2025);
        var rows = ReportModelBuilder.Build(ReportKind.Responsibility, tuanGiao).Matrix.Rows;
        Assert.All(rows.Take(tuanGiao.Plan.Indicators.Count), r => Assert.Equal(string.Empty, r.Label));
        Assert.DoesNotContain("**BV1**", ReportFixture.Render(ReportKind.Responsibility, OutputFormat.Markdown, tuanGiao), StringComparison.Ordinal);
    }
}
