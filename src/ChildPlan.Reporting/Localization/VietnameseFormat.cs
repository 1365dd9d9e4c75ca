using System.Globalization;
using NodaTime;

namespace ChildPlan.Reporting.Localization;

/// <summary>
/// Numbers, units, targets and dates the way Vietnamese administrative documents write them: 214.825; 1,5%;
/// 12,5‰; ≥ 95%; "ngày 09 tháng 6 năm 2021". Independent of the machine's culture.
/// </summary>
public static class VietnameseFormat
{
    // Targets are exact values as documents write them (0,005%), so they keep more decimals than results.
    private const int TargetDecimals = 4;

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

    /// <summary>A value already in percent, with at most <paramref name="maxDecimals"/> decimals (<c>1,5%</c>).</summary>
    public static string Percent(decimal value, int maxDecimals = 1) => Number(value, maxDecimals) + "%";

    /// <summary>The symbol shown after a value (<c>%</c>, <c>‰</c>, <c>/100.000 trẻ em</c>), empty for counts and yes-no.</summary>
    public static string UnitSymbol(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => "%",
        IndicatorUnit.PercentChangePerYear => "%/năm",
        IndicatorUnit.PerThousandLiveBirths => "‰",
        IndicatorUnit.PerHundredThousandChildren => "/100.000 trẻ em",
        _ => string.Empty,
    };

    /// <summary>A value with its unit's symbol (<c>3,8%</c>, <c>12,5‰</c>, <c>550/100.000 trẻ em</c>, <c>Hoàn thành</c>).</summary>
    public static string Value(decimal value, IndicatorUnit unit, int maxDecimals = 2) => unit switch
    {
        IndicatorUnit.YesNo => value == 1 ? "Hoàn thành" : "Chưa hoàn thành",
        IndicatorUnit.Count => Number(value, maxDecimals),
        IndicatorUnit.PercentChangePerYear => (value > 0 ? "+" : string.Empty) + Number(value, maxDecimals) + UnitSymbol(unit),
        _ => Number(value, maxDecimals) + UnitSymbol(unit),
    };

    /// <summary>
    /// A target in words and numbers as documents write it (<c>≥ 95%</c>, <c>&lt; 9,5‰</c>, <c>3–5%</c>); a range of yearly
    /// change reads <c>giảm 2–3%/năm</c> (from −3 to −2) or <c>tăng 2–3%/năm</c>.
    /// </summary>
    public static string Target(Target target, IndicatorUnit unit)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (unit == IndicatorUnit.YesNo)
        {
            return Value(target.Value, unit);
        }

        if (target.Comparison == Comparison.Between)
        {
            var (min, max) = (target.Value, target.Max!.Value);
            if (unit == IndicatorUnit.PercentChangePerYear && (max <= 0 || min >= 0) && (min, max) != (0, 0))
            {
                return max <= 0
                    ? $"giảm {Range(-max, -min)}{UnitSymbol(unit)}"
                    : $"tăng {Range(min, max)}{UnitSymbol(unit)}";
            }

            return min >= 0
                ? Range(min, max) + UnitSymbol(unit)
                : $"{Value(min, unit, TargetDecimals)} – {Value(max, unit, TargetDecimals)}";
        }

        // "100%", "phấn đấu 100%", "duy trì 100%": a rate cannot exceed the whole, so documents write the figure alone.
        return target.Comparison == Comparison.AtLeast && target.Value == 100 && unit == IndicatorUnit.Percent
            ? Value(target.Value, unit, TargetDecimals)
            : $"{Sign(target.Comparison)} {Value(target.Value, unit, TargetDecimals)}";
    }

    /// <summary>The targets of a measure by milestone: <c>2025: ≥ 95%; 2026–2030: ≥ 97%</c>.</summary>
    public static string Milestones(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return string.Join("; ", measure.Targets.Select(t =>
            (t.FromYear is { } from ? $"{from}–{t.Year}" : t.Year.ToString(CultureInfo.InvariantCulture)) + ": " + Target(t, measure.Unit)));
    }

    private static string Range(decimal low, decimal high) => $"{Number(low, TargetDecimals)}–{Number(high, TargetDecimals)}";

    /// <summary>The mathematical sign of a comparison as people read it (<c>≥</c>, <c>&lt;</c>).</summary>
    public static string Sign(Comparison comparison) => comparison switch
    {
        Comparison.LessThan => "<",
        Comparison.AtMost => "≤",
        Comparison.GreaterThan => ">",
        Comparison.AtLeast => "≥",
        _ => "=",
    };

    /// <summary>
    /// A date as documents write it: "ngày 09 tháng 6 năm 2021". Days below 10 and the months
    /// 1 and 2 take a leading zero (Decree 30/2020/NĐ-CP, Appendix I).
    /// </summary>
    public static string Date(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {Month(date.Month)} năm {date.Year}");

    /// <summary>
    /// A document date: "ngày 09 tháng 6 năm 2021", or "ngày … tháng 4 năm 2023" when the document
    /// leaves the day blank.
    /// </summary>
    public static string Date(DocumentDate date) => date.Date is { } full
        ? Date(full)
        : string.Create(CultureInfo.InvariantCulture, $"ngày … tháng {Month(date.YearMonth.Month)} năm {date.YearMonth.Year}");

    /// <summary>A place-date line: <c>Điện Biên, ngày 05 tháng 01 năm 2026</c>.</summary>
    public static string PlaceDate(string place, LocalDate date) => $"{place}, {Date(date)}";

    /// <summary>A short date: <c>20/11</c> for a day and month.</summary>
    public static string DayMonth(AnnualDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{date.Month:00}");

    /// <summary>A numeric date: <c>20/06/2021</c>.</summary>
    public static string Numeric(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{date.Month:00}/{date.Year}");

    /// <summary>A numeric document date: <c>20/06/2021</c>, or <c>…/04/2023</c> when the document leaves the day blank.</summary>
    public static string Numeric(DocumentDate date) => date.Date is { } full
        ? Numeric(full)
        : string.Create(CultureInfo.InvariantCulture, $"…/{date.YearMonth.Month:00}/{date.YearMonth.Year}");

    /// <summary>A short document date as a citation writes it: <c>ngày 9/6/2021</c>, or <c>tháng 4/2023</c> when the day is blank.</summary>
    public static string CitationDate(DocumentDate date) => date.Date is { } full
        ? string.Create(CultureInfo.InvariantCulture, $"ngày {full.Day}/{full.Month}/{full.Year}")
        : string.Create(CultureInfo.InvariantCulture, $"tháng {date.YearMonth.Month}/{date.YearMonth.Year}");

    /// <summary>An instant as a Vietnamese reader expects it: <c>05/01/2026 10:30</c> in Việt Nam time.</summary>
    public static string Time(Instant instant) =>
        VietnamTime.TimeOf(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string Month(int month) =>
        month <= 2 ? month.ToString("00", CultureInfo.InvariantCulture) : month.ToString(CultureInfo.InvariantCulture);
}
