using ChildPlan.Profiles.HaiDuong;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;
using NodaTime;
using static ChildPlan.Tests.TestPlans;

namespace ChildPlan.Tests.Reporting;

/// <summary>A result without a value says why in the reports, not only in <c>evaluate</c>.</summary>
public sealed class ReasonReportTests
{
    [Fact]
    public void A_new_commune_formed_with_part_of_a_split_commune_reports_no_data_with_the_reason_naming_the_split_commune()
    {
        // Khoản 26 Điều 1 Nghị quyết 1669/NQ-UBTVQH15: phường Lê Thanh Nghị (10532) took part of phường Trần Phú (10528).
        var haiDuong = new HaiDuongProfile();
        Observation[] data =
        [
            Obs("PCT", 2024, numerator: 10, denominator: 100, unit: "10528"),
            Obs("PCT", 2024, numerator: 20, denominator: 100, unit: "10531", line: 3),
            Obs("PCT", 2024, numerator: 30, denominator: 100, unit: "10532", line: 4),
            Obs("PCT", 2024, numerator: 40, denominator: 100, unit: "10534", line: 5),
        ];
        var input = ReportInput.Evaluate(Small(), 2024, data, new LocalDate(2024, 12, 31), haiDuong.Units, haiDuong.Changes, "10532", geography: new LocalDate(2025, 7, 1));

        var model = ReportModelBuilder.Build(ReportKind.Monitoring, input);
        var markdown = ReportFixture.Render(ReportKind.Monitoring, OutputFormat.Markdown, input);
        var html = ReportFixture.Render(ReportKind.Annual, OutputFormat.Html, input);

        var row = model.Indicators.Single(r => r.Id == "PCT");
        Assert.Equal("NoData", row.Status);
        Assert.Contains("Phường Trần Phú (10528)", row.Reason, StringComparison.Ordinal);
        Assert.Contains($"Chưa có số liệu", markdown, StringComparison.Ordinal);
        Assert.Contains($" ({row.Reason}) |", markdown, StringComparison.Ordinal);
        Assert.Contains($"<small class=\"reason\">{row.Reason}</small>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_with_a_value_gives_no_reason()
    {
        var model = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("ctht-2013-2020", 2020));

        Assert.All(model.Indicators, r => Assert.Equal(string.Empty, r.Reason));
    }
}
