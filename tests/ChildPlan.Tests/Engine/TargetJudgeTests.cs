using ChildPlan.Indicators;

namespace ChildPlan.Tests.Engine;

public sealed class TargetJudgeTests
{
    private static Measure MeasureWith(Direction direction, params Target[] targets) =>
        new() { Unit = IndicatorUnit.Percent, Direction = direction, Targets = targets };

    private static Target T(int year, Comparison op, decimal value, decimal? max = null, int? from = null) =>
        new() { Year = year, Comparison = op, Value = value, Max = max, FromYear = from };

    [Theory]
    // "<" (dưới): meeting it is always strictly better, so it is exceeded or not achieved.
    [InlineData(Comparison.LessThan, Direction.Decrease, 5, 4.9, AchievementStatus.Exceeded)]
    [InlineData(Comparison.LessThan, Direction.Decrease, 5, 5, AchievementStatus.NotAchieved)]
    [InlineData(Comparison.LessThan, Direction.Decrease, 5, 5.1, AchievementStatus.NotAchieved)]
    // "<=" (xuống): equal is achieved, lower is exceeded.
    [InlineData(Comparison.AtMost, Direction.Decrease, 12.5, 12.5, AchievementStatus.Achieved)]
    [InlineData(Comparison.AtMost, Direction.Decrease, 12.5, 12.4, AchievementStatus.Exceeded)]
    [InlineData(Comparison.AtMost, Direction.Decrease, 12.5, 12.6, AchievementStatus.NotAchieved)]
    // ">" (trên)
    [InlineData(Comparison.GreaterThan, Direction.Increase, 98, 99, AchievementStatus.Exceeded)]
    [InlineData(Comparison.GreaterThan, Direction.Increase, 98, 98, AchievementStatus.NotAchieved)]
    // ">=" (đạt, ít nhất): equal is achieved, higher is exceeded.
    [InlineData(Comparison.AtLeast, Direction.Increase, 95, 95, AchievementStatus.Achieved)]
    [InlineData(Comparison.AtLeast, Direction.Increase, 95, 95.01, AchievementStatus.Exceeded)]
    [InlineData(Comparison.AtLeast, Direction.Increase, 95, 94.99, AchievementStatus.NotAchieved)]
    // "=": only equal meets it, and equal is never strictly better.
    [InlineData(Comparison.EqualTo, Direction.Maintain, 100, 100, AchievementStatus.Achieved)]
    [InlineData(Comparison.EqualTo, Direction.Maintain, 100, 99.9, AchievementStatus.NotAchieved)]
    // A maintain target is never exceeded.
    [InlineData(Comparison.AtLeast, Direction.Maintain, 99.9, 100, AchievementStatus.Achieved)]
    public void Compare_follows_the_comparison_and_the_direction(Comparison op, Direction direction, double target, double actual, AchievementStatus expected)
    {
        var status = TargetJudge.Compare(T(2025, op, (decimal)target), direction, (decimal)actual);

        Assert.Equal(expected, status);
    }

    [Theory]
    // "từ 3 – 5%" with higher better: inside achieved (bounds inclusive), above exceeded, below not achieved.
    [InlineData(Direction.Increase, 3, AchievementStatus.Achieved)]
    [InlineData(Direction.Increase, 5, AchievementStatus.Achieved)]
    [InlineData(Direction.Increase, 5.5, AchievementStatus.Exceeded)]
    [InlineData(Direction.Increase, 2.9, AchievementStatus.NotAchieved)]
    [InlineData(Direction.Maintain, 5.5, AchievementStatus.NotAchieved)]
    public void A_range_is_achieved_inside_and_exceeded_beyond_it_on_the_better_side(Direction direction, double actual, AchievementStatus expected)
    {
        var status = TargetJudge.Compare(T(2025, Comparison.Between, 3, 5), direction, (decimal)actual);

        Assert.Equal(expected, status);
    }

    [Theory]
    // Child marriage falls 2–3% a year: change between -3 and -2, lower is better.
    [InlineData(-2.5, AchievementStatus.Achieved)]
    [InlineData(-4, AchievementStatus.Exceeded)]
    [InlineData(-1, AchievementStatus.NotAchieved)]
    [InlineData(1, AchievementStatus.NotAchieved)]
    public void An_annual_fall_of_two_to_three_percent_is_judged_as_a_range_of_change(double change, AchievementStatus expected)
    {
        var measure = new Measure
        {
            Unit = IndicatorUnit.PercentChangePerYear,
            Direction = Direction.Decrease,
            Targets = [T(2030, Comparison.Between, -3, -2, from: 2025)],
        };

        Assert.Equal(expected, TargetJudge.Judge(measure, 2027, (decimal)change).Status);
    }

    [Fact]
    public void A_target_with_a_window_applies_to_every_year_of_the_window_and_no_other()
    {
        var measure = MeasureWith(Direction.Maintain, T(2030, Comparison.AtLeast, 100, from: 2026));

        Assert.Equal(AchievementStatus.NotAchieved, TargetJudge.Judge(measure, 2026, 99).Status);
        Assert.Equal(AchievementStatus.Achieved, TargetJudge.Judge(measure, 2028, 100).Status);
        Assert.Equal(AchievementStatus.NoTarget, TargetJudge.Judge(measure, 2025, 100).Status);
    }

    [Fact]
    public void A_target_year_without_an_actual_has_no_data()
    {
        var measure = MeasureWith(Direction.Increase, T(2025, Comparison.AtLeast, 95));

        Assert.Equal(AchievementStatus.NoData, TargetJudge.Judge(measure, 2025, null).Status);
    }

    // A year with nothing to judge against is not one of the year's indicators: "không có chỉ tiêu", not "chưa có số liệu".
    [Fact]
    public void A_year_with_neither_target_nor_trajectory_and_no_actual_has_no_target_rather_than_no_data()
    {
        var measure = MeasureWith(Direction.Increase, T(2025, Comparison.AtLeast, 95));

        Assert.Equal(AchievementStatus.NoTarget, TargetJudge.Judge(measure, 2027, null).Status);
    }

    [Fact]
    public void An_actual_in_a_year_with_neither_target_nor_trajectory_has_no_target()
    {
        var measure = MeasureWith(Direction.Increase, T(2025, Comparison.AtLeast, 95));

        Assert.Equal(AchievementStatus.NoTarget, TargetJudge.Judge(measure, 2027, 96).Status);
    }

    [Theory]
    // Baseline 2020 = 60, target 2025 >= 70: the line expects 64 in 2022.
    [InlineData(64, AchievementStatus.OnTrack)]
    [InlineData(65, AchievementStatus.OnTrack)]
    [InlineData(63.9, AchievementStatus.OffTrack)]
    public void Between_baseline_and_milestone_the_actual_is_judged_against_the_straight_line(double actual, AchievementStatus expected)
    {
        var measure = MeasureWith(Direction.Increase, T(2025, Comparison.AtLeast, 70)) with { Baseline = new Baseline(2020, 60, null) };

        var judgement = TargetJudge.Judge(measure, 2022, (decimal)actual);

        Assert.Equal(expected, judgement.Status);
        Assert.Equal(64m, judgement.Expected);
    }

    [Fact]
    public void For_a_falling_indicator_being_below_the_line_is_on_track()
    {
        var measure = new Measure
        {
            Unit = IndicatorUnit.Percent,
            Direction = Direction.Decrease,
            Baseline = new Baseline(2020, 26.4m, null),
            Targets = [T(2025, Comparison.LessThan, 20)],
        };

        // 26.4 → 20 over five years: 23.84 expected in 2022.
        Assert.Equal(AchievementStatus.OnTrack, TargetJudge.Judge(measure, 2022, 23.5m).Status);
        Assert.Equal(AchievementStatus.OffTrack, TargetJudge.Judge(measure, 2022, 24.5m).Status);
    }

    [Fact]
    public void After_a_milestone_the_line_runs_from_that_milestone_to_the_next()
    {
        var measure = MeasureWith(Direction.Increase, T(2025, Comparison.AtLeast, 65), T(2030, Comparison.AtLeast, 75));

        var judgement = TargetJudge.Judge(measure, 2027, 68);

        Assert.Equal(69m, judgement.Expected);
        Assert.Equal(AchievementStatus.OffTrack, judgement.Status);
    }

    [Fact]
    public void Progress_is_the_fraction_of_the_way_from_baseline_to_target()
    {
        var measure = MeasureWith(Direction.Increase, T(2025, Comparison.AtLeast, 70)) with { Baseline = new Baseline(2020, 60, null) };

        Assert.Equal(0.5m, TargetJudge.Judge(measure, 2025, 65).Progress);
        Assert.Equal(1.2m, TargetJudge.Judge(measure, 2025, 72).Progress);
        Assert.Null(TargetJudge.Judge(measure with { Baseline = null }, 2025, 65).Progress);
    }

    [Fact]
    public void There_is_no_progress_towards_a_target_the_baseline_already_meets()
    {
        // Điện Biên chỉ tiêu 13: 3,8% in 2020, "dưới 4%" by 2025.
        var measure = new Measure { Unit = IndicatorUnit.Percent, Direction = Direction.Decrease, Baseline = new Baseline(2020, 3.8m, null), Targets = [T(2025, Comparison.LessThan, 4)] };

        var judgement = TargetJudge.Judge(measure, 2025, 2.8m);

        Assert.Equal(AchievementStatus.Exceeded, judgement.Status);
        Assert.Null(judgement.Progress);
    }
}
