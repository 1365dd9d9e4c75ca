using ChildPlan.Reporting.Localization;
using NodaTime;

namespace ChildPlan.Tests.Localization;

public sealed class VietnameseFormatTests
{
    [Theory]
    [InlineData(214825, "214.825")]
    [InlineData(1.5, "1,5")]
    [InlineData(3.79984, "3,8")]
    [InlineData(1234567.891, "1.234.567,89")]
    [InlineData(0, "0")]
    public void Numbers_use_dots_for_thousands_and_a_comma_for_decimals(double value, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.Number((decimal)value));
    }

    [Theory]
    [InlineData(1.5, IndicatorUnit.Percent, "1,5%")]
    [InlineData(12.5, IndicatorUnit.PerThousandLiveBirths, "12,5‰")]
    [InlineData(550, IndicatorUnit.PerHundredThousandChildren, "550/100.000 trẻ em")]
    [InlineData(-2.5, IndicatorUnit.PercentChangePerYear, "-2,5%/năm")]
    [InlineData(8, IndicatorUnit.Count, "8")]
    [InlineData(1, IndicatorUnit.YesNo, "Hoàn thành")]
    public void Values_carry_their_units_symbol(double value, IndicatorUnit unit, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.Value((decimal)value, unit));
    }

    [Theory]
    [InlineData(2021, 6, 9, "ngày 09 tháng 6 năm 2021")]
    [InlineData(2026, 1, 5, "ngày 05 tháng 01 năm 2026")]
    [InlineData(2021, 2, 28, "ngày 28 tháng 02 năm 2021")]
    [InlineData(2021, 3, 15, "ngày 15 tháng 3 năm 2021")]
    [InlineData(2021, 12, 20, "ngày 20 tháng 12 năm 2021")]
    public void Dates_follow_decree_30_with_leading_zeros_for_early_days_and_january_february(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.Date(new LocalDate(year, month, day)));
    }
}
