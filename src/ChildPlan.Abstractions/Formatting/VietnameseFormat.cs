using System.Globalization;
using NodaTime;

namespace ChildPlan.Formatting;

/// <summary>
/// Numbers and dates the way Vietnamese administrative documents write them: 214.825; 1,5%;
/// 12,5‰; "ngày 09 tháng 6 năm 2021". Independent of the machine's culture.
/// </summary>
public static class VietnameseFormat
{
    private static readonly NumberFormatInfo Numbers = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    });

    /// <summary>
    /// A number with thousands separated by <c>.</c> and at most <paramref name="maxDecimals"/>
    /// decimals after a <c>,</c>, trailing zeros dropped (<c>214.825</c>, <c>3,8</c>).
    /// </summary>
    public static string Number(decimal value, int maxDecimals = 2)
    {
        var rounded = Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero);
        var format = maxDecimals == 0 ? "#,0" : "#,0." + new string('#', maxDecimals);
        return rounded.ToString(format, Numbers);
    }

    /// <summary>A value with its unit's symbol (<c>3,8%</c>, <c>12,5‰</c>, <c>550/100.000 trẻ em</c>, <c>Hoàn thành</c>).</summary>
    public static string Value(decimal value, IndicatorUnit unit, int maxDecimals = 2) => unit switch
    {
        IndicatorUnit.YesNo => value == 1 ? "Hoàn thành" : "Chưa hoàn thành",
        IndicatorUnit.Count => Number(value, maxDecimals),
        IndicatorUnit.PercentChangePerYear => (value > 0 ? "+" : string.Empty) + Number(value, maxDecimals) + "%/năm",
        _ => Number(value, maxDecimals) + unit.Symbol(),
    };

    // Targets are exact values as documents write them (0,005%), so they keep more decimals than results.
    private const int TargetDecimals = 4;

    /// <summary>A target in words and numbers (<c>≥ 95%</c>, <c>&lt; 9,5‰</c>, <c>-3% đến -2%/năm</c>).</summary>
    public static string Target(Target target, IndicatorUnit unit)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (unit == IndicatorUnit.YesNo)
        {
            return Value(target.Value, unit);
        }

        if (target.Comparison == Comparison.Between)
        {
            return $"{Value(target.Value, unit, TargetDecimals)} – {Value(target.Max!.Value, unit, TargetDecimals)}";
        }

        var op = target.Comparison switch
        {
            Comparison.LessThan => "<",
            Comparison.AtMost => "≤",
            Comparison.GreaterThan => ">",
            Comparison.AtLeast => "≥",
            _ => "=",
        };
        return $"{op} {Value(target.Value, unit, TargetDecimals)}";
    }

    /// <summary>
    /// A date as documents write it: "ngày 09 tháng 6 năm 2021". Days below 10 and the months
    /// 1 and 2 take a leading zero (Decree 30/2020/NĐ-CP, Appendix I).
    /// </summary>
    public static string Date(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {(date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}");

    /// <summary>
    /// A document date: "ngày 09 tháng 6 năm 2021", or "ngày … tháng 4 năm 2023" when the document
    /// leaves the day blank.
    /// </summary>
    public static string Date(DocumentDate date) => date.Date is { } full
        ? Date(full)
        : string.Create(CultureInfo.InvariantCulture, $"ngày … tháng {(date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}");

    /// <summary>A short date: <c>20/11</c> for a day and month, <c>20/6/2021</c> for a date.</summary>
    public static string DayMonth(AnnualDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{date.Month:00}");

    /// <summary>A numeric date: <c>20/06/2021</c>.</summary>
    public static string Numeric(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{date.Month:00}/{date.Year}");

    /// <summary>The caption of a status in reports (<c>Vượt chỉ tiêu</c>, <c>Đạt</c>, <c>Không đạt</c>, …).</summary>
    public static string Caption(AchievementStatus status) => status switch
    {
        AchievementStatus.Exceeded => "Vượt chỉ tiêu",
        AchievementStatus.Achieved => "Đạt",
        AchievementStatus.NotAchieved => "Không đạt",
        AchievementStatus.OnTrack => "Đúng tiến độ",
        AchievementStatus.OffTrack => "Chậm tiến độ",
        AchievementStatus.NoData => "Chưa có số liệu",
        AchievementStatus.NoTarget => "Không có chỉ tiêu",
        _ => status.ToString(),
    };
}
