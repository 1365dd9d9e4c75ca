using NodaTime;
using NodaTime.Text;

namespace ChildPlan;

/// <summary>
/// The date an administrative document carries. Drafts and some issued documents leave the day blank, so the
/// day is optional: the month (<see cref="YearMonth"/>) is always known, the full <see cref="Date"/> only when the
/// document gives the day.
/// </summary>
public readonly record struct DocumentDate
{
    /// <summary>A date whose day the document leaves blank.</summary>
    public DocumentDate(YearMonth month)
    {
        YearMonth = month;
        Date = null;
    }

    /// <summary>A full date.</summary>
    public DocumentDate(LocalDate date)
    {
        YearMonth = date.ToYearMonth();
        Date = date;
    }

    /// <summary>The year and month.</summary>
    public YearMonth YearMonth { get; }

    /// <summary>The full date, or <see langword="null"/> when the document leaves the day blank.</summary>
    public LocalDate? Date { get; }

    /// <summary>The earliest day the document can bear: its date, or the first day of its month when the day is blank.</summary>
    public LocalDate EarliestDay => Date ?? YearMonth.OnDayOfMonth(1);

    /// <summary>A full date.</summary>
    public static implicit operator DocumentDate(LocalDate date) => new(date);

    /// <summary>A full date.</summary>
    public static DocumentDate FromLocalDate(LocalDate date) => new(date);

    /// <summary>Parses <c>YYYY-MM-DD</c>, or <c>YYYY-MM</c> for a blank day.</summary>
    public static bool TryParse(string text, out DocumentDate date)
    {
        var full = LocalDatePattern.Iso.Parse(text);
        if (full.Success)
        {
            date = new DocumentDate(full.Value);
            return true;
        }

        var month = YearMonthPattern.Iso.Parse(text);
        date = month.Success ? new DocumentDate(month.Value) : default;
        return month.Success;
    }

    /// <summary><c>YYYY-MM-DD</c>, or <c>YYYY-MM</c> for a blank day.</summary>
    public override string ToString() => Date is { } full
        ? LocalDatePattern.Iso.Format(full)
        : YearMonthPattern.Iso.Format(YearMonth);
}
