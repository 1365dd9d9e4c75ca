using NodaTime;

namespace ChildPlan;

/// <summary>
/// A deadline: either recurring on a day and month every year (<see cref="AnnualDate"/>),
/// or once on a date (<see cref="LocalDate"/>).
/// </summary>
public sealed record Deadline
{
    private Deadline(AnnualDate? annual, LocalDate? once, bool before)
    {
        Annual = annual;
        Once = once;
        Before = before;
    }

    /// <summary>The day and month of a recurring deadline.</summary>
    public AnnualDate? Annual { get; }

    /// <summary>The date of a one-off deadline.</summary>
    public LocalDate? Once { get; }

    /// <summary>Whether the document says "trước ngày": the day itself is already too late.</summary>
    public bool Before { get; }

    /// <summary>A deadline on <paramref name="day"/> every year.</summary>
    public static Deadline Every(AnnualDate day, bool before = false) => new(day, null, before);

    /// <summary>A one-off deadline on <paramref name="date"/>.</summary>
    public static Deadline On(LocalDate date, bool before = false) => new(null, date, before);

    /// <summary>The day the deadline falls on in <paramref name="year"/>, or <see langword="null"/> if a one-off deadline is in another year.</summary>
    public LocalDate? InYear(int year) => Annual is { } a ? a.InYear(year) : Once is { } d && d.Year == year ? d : null;

    /// <summary>The last day on which the step is on time in <paramref name="year"/>.</summary>
    public LocalDate? LastDayInYear(int year) => InYear(year) is { } d ? (Before ? d.PlusDays(-1) : d) : null;
}
