using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ChildPlan;

/// <summary>
/// The date an administrative document carries. Drafts and some issued documents leave the day blank
/// ("ngày   tháng 4 năm 2023"), so the day is optional; year and month are always known.
/// </summary>
public readonly record struct DocumentDate
{
    /// <summary>Creates a date; <paramref name="day"/> is <see langword="null"/> when the document leaves it blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The parts do not form a date.</exception>
    public DocumentDate(int year, int month, int? day)
    {
        _ = new LocalDate(year, month, day ?? 1);
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month.</summary>
    public int Month { get; }

    /// <summary>The day, or <see langword="null"/> when left blank.</summary>
    public int? Day { get; }

    /// <summary>The full date, when the day is known.</summary>
    public LocalDate? Date => Day is { } d ? new LocalDate(Year, Month, d) : null;

    /// <summary>A full date.</summary>
    public static implicit operator DocumentDate(LocalDate date) => new(date.Year, date.Month, date.Day);

    /// <summary>A full date.</summary>
    public static DocumentDate FromLocalDate(LocalDate date) => date;

    /// <summary>Parses <c>YYYY-MM-DD</c>, or <c>YYYY-MM</c> for a blank day.</summary>
    public static bool TryParse(string text, out DocumentDate date)
    {
        var full = LocalDatePattern.Iso.Parse(text);
        if (full.Success)
        {
            date = full.Value;
            return true;
        }

        var month = YearMonthPattern.Iso.Parse(text);
        date = month.Success ? new DocumentDate(month.Value.Year, month.Value.Month, null) : default;
        return month.Success;
    }

    /// <summary><c>YYYY-MM-DD</c>, or <c>YYYY-MM</c> for a blank day.</summary>
    public override string ToString() => Day is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{d:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");
}
