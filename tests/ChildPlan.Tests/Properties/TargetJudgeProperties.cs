using ChildPlan.Indicators;
using CsCheck;

namespace ChildPlan.Tests.Properties;

/// <summary>
/// A verdict is monotone in the actual along the measure's direction: for an increase, if an actual achieves or
/// exceeds its target (or is on track), any larger actual does at least as well; for a decrease, any smaller actual.
/// Checked for the comparisons that agree with the direction (<c>&gt;</c>, <c>&gt;=</c>, a range for an increase;
/// <c>&lt;</c>, <c>&lt;=</c>, a range for a decrease), in milestone years and between them.
/// </summary>
public sealed class TargetJudgeProperties
{
    private static readonly Gen<(Direction Direction, Comparison Comparison)> Kinds = Gen.OneOf(
        (Direction.Increase, Comparison.GreaterThan),
        (Direction.Increase, Comparison.AtLeast),
        (Direction.Increase, Comparison.Between),
        (Direction.Decrease, Comparison.LessThan),
        (Direction.Decrease, Comparison.AtMost),
        (Direction.Decrease, Comparison.Between));

    /// <summary>Numbers as plans and data have them (two decimals), with the occasional full-precision decimal.</summary>
    private static readonly Gen<decimal> Number = Gen.Frequency(
        (4, Gen.Int[-1000, 100_000].Select(i => i / 100m)),
        (1, Gen.Decimal[-10m, 1000m]));

    private static readonly Gen<decimal> Step = Gen.Frequency(
        (1, Gen.Const(0m)),
        (4, Gen.Int[1, 100_000].Select(i => i / 1000m)),
        (1, Gen.Decimal[0m, 1m]));

    /// <summary>A measure with a target in 2025 and maybe one in 2023, maybe a baseline in 2020, and a year to judge.</summary>
    private static readonly Gen<(Measure Measure, int Year)> Measures =
        from kind in Kinds
        from value in Number
        from width in Step
        from early in Number.Nullable()
        from baseline in Number.Nullable()
        from year in Gen.Int[2021, 2025]
        select (new Measure
        {
            Unit = IndicatorUnit.Percent,
            Direction = kind.Direction,
            Baseline = baseline is { } b ? new Baseline(2020, b, null) : null,
            Targets =
            [
                .. early is { } e ? [Target(kind.Comparison, 2023, e, width)] : Array.Empty<Target>(),
                Target(kind.Comparison, 2025, value, width),
            ],
        }, year);

    private static Target Target(Comparison comparison, int year, decimal value, decimal width) => new()
    {
        Year = year,
        Comparison = comparison,
        Value = value,
        Max = comparison == Comparison.Between ? value + width : null,
    };

    /// <summary>How good a verdict is: missing, not achieved or off track, achieved or on track, exceeded.</summary>
    private static int Rank(AchievementStatus status) => status switch
    {
        AchievementStatus.NotAchieved or AchievementStatus.OffTrack => 0,
        AchievementStatus.Achieved or AchievementStatus.OnTrack => 1,
        AchievementStatus.Exceeded => 2,
        _ => -1,
    };

    [Fact]
    public void A_better_actual_never_gets_a_worse_verdict()
    {
        Gen.Select(Measures, Number, Step).Sample((m, actual, step) =>
        {
            var (measure, year) = m;
            var better = measure.Direction == Direction.Increase ? actual + step : actual - step;

            var first = TargetJudge.Judge(measure, year, actual).Status;
            var second = TargetJudge.Judge(measure, year, better).Status;

            Assert.True(Rank(second) >= Rank(first), $"{measure.Direction} {year}: {actual} is {first} but {better} is {second}");
            Assert.Equal(Rank(first) < 0, Rank(second) < 0);
        }, iter: 2000);
    }

    [Fact]
    public void Against_a_single_target_the_comparison_alone_decides_by_the_same_rule()
    {
        Gen.Select(Kinds, Number, Step, Number, Step).Sample((kind, value, width, actual, step) =>
        {
            var target = Target(kind.Comparison, 2025, value, width);
            var better = kind.Direction == Direction.Increase ? actual + step : actual - step;

            Assert.True(
                Rank(TargetJudge.Compare(target, kind.Direction, better)) >= Rank(TargetJudge.Compare(target, kind.Direction, actual)),
                $"{kind}: {value}..{target.Max}, {actual} then {better}");
        }, iter: 2000);
    }
}
