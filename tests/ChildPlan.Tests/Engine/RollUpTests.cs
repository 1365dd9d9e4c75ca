using ChildPlan.Indicators;
using static ChildPlan.Tests.TestPlans;

namespace ChildPlan.Tests.Engine;

public sealed class RollUpTests
{
    private static IndicatorResult Result(IReadOnlyCollection<Observation> data, string indicator, int year, string? unit = null, string? measure = null) =>
        PlanEvaluator.Evaluate(Small(), data, Units.Hierarchy, new EvaluationOptions { Year = year, UnitCode = unit })
            .Results.Single(r => r.Indicator.Id == indicator && r.Measure.Id == measure);

    [Fact]
    public void A_province_rate_is_the_sum_of_numerators_over_the_sum_of_denominators_never_the_mean()
    {
        // D1: 10/100 = 10%; D2: 90/900 = 10%... make them differ: D1 50/100 = 50%, D2 90/900 = 10%.
        // Mean of rates would be 30%; the province is 140/1000 = 14%.
        Observation[] data =
        [
            Obs("PCT", 2025, numerator: 50, denominator: 100, unit: "D1"),
            Obs("PCT", 2025, numerator: 90, denominator: 900, unit: "D2", line: 3),
        ];

        var result = Result(data, "PCT", 2025);

        Assert.Equal(14m, result.Actual!.Value);
        Assert.Equal(140m, result.Actual.Numerator);
        Assert.Equal(1000m, result.Actual.Denominator);
        Assert.True(result.Actual.RolledUp);
        Assert.Equal(AchievementStatus.NotAchieved, result.Status);
    }

    [Fact]
    public void Roll_up_goes_through_every_level_from_communes_to_the_province()
    {
        Observation[] data =
        [
            Obs("MR", 2025, numerator: 3, denominator: 1000, unit: "C1"),
            Obs("MR", 2025, numerator: 5, denominator: 1000, unit: "C2", line: 3),
            Obs("MR", 2025, numerator: 10, denominator: 1000, unit: "D2", line: 4),
        ];

        var result = Result(data, "MR", 2025);

        Assert.Equal(6m, result.Actual!.Value); // 18 deaths per 3,000 live births = 6‰
        Assert.Equal(AchievementStatus.Exceeded, result.Status);
        Assert.Equal(3, result.Actual.Observations.Count);
    }

    [Fact]
    public void A_value_reported_for_the_unit_itself_wins_over_its_parts()
    {
        Observation[] data =
        [
            Obs("PCT", 2025, value: 72, unit: "P"),
            Obs("PCT", 2025, numerator: 1, denominator: 100, unit: "D1", line: 3),
        ];

        var result = Result(data, "PCT", 2025);

        Assert.Equal(72m, result.Actual!.Value);
        Assert.False(result.Actual.RolledUp);
    }

    [Fact]
    public void A_rate_given_only_as_a_value_below_is_not_averaged_into_the_province()
    {
        Observation[] data =
        [
            Obs("PCT", 2025, value: 80, unit: "D1"),
            Obs("PCT", 2025, numerator: 90, denominator: 100, unit: "D2", line: 3),
        ];

        var result = Result(data, "PCT", 2025);

        Assert.Null(result.Actual);
        Assert.Equal(AchievementStatus.NoData, result.Status);
    }

    [Fact]
    public void Counts_roll_up_by_summing_values()
    {
        Observation[] data =
        [
            Obs("CNT", 2025, value: 5, unit: "D1"),
            Obs("CNT", 2025, value: 4, unit: "D2", line: 3),
        ];

        var result = Result(data, "CNT", 2025);

        Assert.Equal(9m, result.Actual!.Value);
        Assert.Equal(AchievementStatus.Exceeded, result.Status);
    }

    [Fact]
    public void A_district_can_be_evaluated_on_its_own_communes()
    {
        Observation[] data =
        [
            Obs("PCT", 2025, numerator: 30, denominator: 40, unit: "C1"),
            Obs("PCT", 2025, numerator: 40, denominator: 60, unit: "C2", line: 3),
        ];

        var result = Result(data, "PCT", 2025, unit: "D1");

        Assert.Equal(70m, result.Actual!.Value);
        Assert.Equal("D1", result.UnitCode);
        Assert.Equal(AchievementStatus.Achieved, result.Status);
    }

    [Fact]
    public void An_empty_unit_means_the_plans_own_area()
    {
        Observation[] data = [Obs("PCT", 2025, value: 70)];

        var result = Result(data, "PCT", 2025);

        Assert.Equal(70m, result.Actual!.Value);
        Assert.Equal("P", result.UnitCode);
    }

    [Fact]
    public void Each_measure_of_a_bundled_indicator_is_evaluated_on_its_own()
    {
        Observation[] data =
        [
            Obs("SDD", 2025, value: 4.5m, measure: "nong-thon"),
            Obs("SDD", 2025, value: 11, measure: "thanh-thi", line: 3),
        ];

        Assert.Equal(AchievementStatus.Exceeded, Result(data, "SDD", 2025, measure: "nong-thon").Status);
        Assert.Equal(AchievementStatus.NotAchieved, Result(data, "SDD", 2025, measure: "thanh-thi").Status);
    }

    [Fact]
    public void Without_a_year_every_milestone_and_every_year_with_data_is_evaluated()
    {
        Observation[] data = [Obs("PCT", 2022, value: 65)];

        var results = PlanEvaluator.Evaluate(Small(), data, Units.Hierarchy).Results.Where(r => r.Indicator.Id == "PCT").ToList();

        Assert.Equal([2022, 2025], results.Select(r => r.Year));
        Assert.Equal(AchievementStatus.OnTrack, results[0].Status); // line 60 → 70: 64 expected in 2022
        Assert.Equal(AchievementStatus.NoData, results[1].Status);
    }
}
