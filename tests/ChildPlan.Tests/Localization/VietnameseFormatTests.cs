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

    [Theory]
    [InlineData(2023, 4, "ngày … tháng 4 năm 2023", "…/04/2023")]
    [InlineData(2023, 2, "ngày … tháng 02 năm 2023", "…/02/2023")]
    public void A_document_date_with_a_blank_day_leaves_the_day_out(int year, int month, string words, string numeric)
    {
        var date = new DocumentDate(new YearMonth(year, month));

        Assert.Equal(words, VietnameseFormat.Date(date));
        Assert.Equal(numeric, VietnameseFormat.Numeric(date));
    }

    [Fact]
    public void A_full_document_date_reads_like_a_date()
    {
        DocumentDate date = new LocalDate(2021, 6, 9);

        Assert.Equal("ngày 09 tháng 6 năm 2021", VietnameseFormat.Date(date));
        Assert.Equal("09/06/2021", VietnameseFormat.Numeric(date));
    }

    [Theory]
    [InlineData(Comparison.AtLeast, 95, null, IndicatorUnit.Percent, "≥ 95%")]
    [InlineData(Comparison.LessThan, 9.5, null, IndicatorUnit.PerThousandLiveBirths, "< 9,5‰")]
    [InlineData(Comparison.AtMost, 0.005, null, IndicatorUnit.Percent, "≤ 0,005%")]
    [InlineData(Comparison.Between, -3.0, -2.0, IndicatorUnit.PercentChangePerYear, "giảm 2–3%/năm")]
    [InlineData(Comparison.Between, 2.0, 3.0, IndicatorUnit.PercentChangePerYear, "tăng 2–3%/năm")]
    [InlineData(Comparison.Between, -1.0, 2.0, IndicatorUnit.PercentChangePerYear, "-1%/năm – +2%/năm")]
    [InlineData(Comparison.Between, 3.0, 5.0, IndicatorUnit.Percent, "3–5%")]
    [InlineData(Comparison.EqualTo, 1, null, IndicatorUnit.YesNo, "Hoàn thành")]
    public void Targets_read_with_a_sign_and_the_unit(Comparison comparison, double value, double? max, IndicatorUnit unit, string expected)
    {
        var target = new Target { Year = 2025, Comparison = comparison, Value = (decimal)value, Max = (decimal?)max };

        Assert.Equal(expected, VietnameseFormat.Target(target, unit));
    }

    // Điện Biên chỉ tiêu 18 (Part 2, I.2.b): "duy trì mức giảm số cuộc tảo hôn từ 2 đến 3% hằng năm giai đoạn từ năm
    // 2025 đến năm 2030", a range from −3 to −2 a year: the milestones read as the document says it.
    [Fact]
    public void A_range_of_yearly_decrease_reads_giam_2_3_percent_a_year_in_the_milestones()
    {
        var measure = new Measure
        {
            Unit = IndicatorUnit.PercentChangePerYear,
            Direction = Direction.Decrease,
            Targets = [new Target { Year = 2030, FromYear = 2025, Comparison = Comparison.Between, Value = -3, Max = -2 }],
        };

        Assert.Equal("2025–2030: giảm 2–3%/năm", VietnameseFormat.Milestones(measure));
    }

    [Fact]
    public void Instants_are_shown_in_viet_nam_time()
    {
        var instant = NodaTime.Text.InstantPattern.ExtendedIso.Parse("2026-01-04T20:30:00Z").Value;

        Assert.Equal("05/01/2026 03:30", VietnameseFormat.Time(instant));
        Assert.Equal(new LocalDate(2026, 1, 5), VietnamTime.DateOf(instant));
    }
}
