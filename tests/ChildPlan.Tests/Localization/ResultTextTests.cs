using ChildPlan.Indicators;
using ChildPlan.Reporting.Localization;
using static ChildPlan.Tests.TestPlans;

namespace ChildPlan.Tests.Localization;

public sealed class ResultTextTests
{
    private static IndicatorResult Result(string indicator, int year, params Observation[] data) =>
        PlanEvaluator.Evaluate(Small(), data, Units.Hierarchy, new EvaluationOptions { Year = year })
            .Results.Single(r => r.Indicator.Id == indicator);

    [Fact]
    public void A_result_with_a_target_reads_as_target_actual_status_and_progress()
    {
        var r = Result("PCT", 2025, Obs("PCT", 2025, value: 75));

        Assert.Equal("≥ 70%", ResultText.Target(r));
        Assert.Equal("75%", ResultText.Actual(r));
        Assert.Equal("150%", ResultText.Progress(r));
        Assert.Equal("Vượt chỉ tiêu", StatusNames.Caption(r.Status));
        Assert.Equal("Thực hiện: 75%; chỉ tiêu: ≥ 70%", ResultText.ChartTitle(r));
    }

    [Fact]
    public void A_rolled_up_actual_says_how_many_units_it_covers()
    {
        var r = Result("PCT", 2025, Obs("PCT", 2025, numerator: 30, denominator: 40, unit: "D1"), Obs("PCT", 2025, numerator: 10, denominator: 20, unit: "D2"));

        Assert.Equal("66,67% (tổng hợp 2/2 đơn vị)", ResultText.Actual(r));
        Assert.Equal("Không đạt", StatusNames.Caption(r.Status));
    }

    [Fact]
    public void Between_milestones_the_target_is_the_next_milestones_as_the_document_writes_it_the_trajectory_apart_and_a_missing_actual_is_a_dash()
    {
        var r = Result("PCT", 2023);

        Assert.Equal("≥ 70% (năm 2025)", ResultText.Target(r));
        Assert.Equal("≈ 66%", ResultText.Trajectory(r));
        Assert.Equal(ResultText.None, ResultText.Actual(r));
        Assert.Equal(string.Empty, ResultText.Progress(r));
        Assert.Equal("Thực hiện: chưa có số liệu; chỉ tiêu: 66%", ResultText.ChartTitle(r));
    }

    // The document's own numbering, never the plan's ids (CT25b, R1, BV1): an un-numbered line has no number.
    [Fact]
    public void Indicators_are_labelled_by_their_number_and_never_by_their_id()
    {
        var numbered = Small().FindIndicator("MR")!;
        var unnumbered = numbered with { Number = null, Id = "CT25b" };

        Assert.Equal("Chỉ tiêu 2", PlanText.IndicatorLabel(numbered));
        Assert.Equal("2", PlanText.IndicatorNumber(numbered));
        Assert.Equal("2", PlanText.IndicatorReference(numbered));
        Assert.Equal(string.Empty, PlanText.IndicatorLabel(unnumbered));
        Assert.Equal(string.Empty, PlanText.IndicatorNumber(unnumbered));
        Assert.Equal($"“{numbered.Name}”", PlanText.IndicatorReference(unnumbered));
    }

    [Fact]
    public void An_unnumbered_goal_is_captioned_by_its_title_alone()
    {
        var goal = Small().Goals[0];

        Assert.Equal("Mục tiêu 1: " + goal.Title, PlanText.GoalCaption(goal));
        Assert.Equal(goal.Title, PlanText.GoalCaption(goal with { Number = null, Id = "MD1" }));
    }
}
