using ChildPlan.Indicators;

namespace ChildPlan.Tests.Engine;

public sealed class RatesTests
{
    [Theory]
    [InlineData(IndicatorUnit.Percent, 8163, 214825, 3.7998)]
    [InlineData(IndicatorUnit.PerThousandLiveBirths, 25, 2000, 12.5)]
    [InlineData(IndicatorUnit.PerHundredThousandChildren, 1100, 200000, 550)]
    [InlineData(IndicatorUnit.PercentChangePerYear, 97, 100, -3)]
    public void Each_rate_unit_scales_the_ratio_by_its_own_factor(IndicatorUnit unit, double numerator, double denominator, double expected)
    {
        var value = Rates.Compute(unit, (decimal)numerator, (decimal)denominator);

        Assert.Equal((decimal)expected, Math.Round(value, 4));
    }

    [Fact]
    public void A_zero_denominator_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Rates.Compute(IndicatorUnit.Percent, 1, 0));
    }

    [Theory]
    [InlineData(IndicatorUnit.Count)]
    [InlineData(IndicatorUnit.YesNo)]
    public void Units_that_are_not_rates_have_no_numerator_and_denominator(IndicatorUnit unit)
    {
        Assert.Throws<ArgumentException>(() => Rates.Compute(unit, 1, 2));
    }
}
