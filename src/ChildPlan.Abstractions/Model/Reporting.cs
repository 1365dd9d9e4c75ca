using NodaTime;

namespace ChildPlan;

/// <summary>How often a reporting step recurs, or what kind of one-time step it is.</summary>
public enum ReportingStepKind
{
    /// <summary>Every year (hằng năm).</summary>
    Annual,

    /// <summary>Every six months (định kỳ 6 tháng).</summary>
    SixMonthly,

    /// <summary>Once, by a date.</summary>
    OneOff,

    /// <summary>When requested (đột xuất).</summary>
    AdHoc,

    /// <summary>A midterm review (sơ kết).</summary>
    Midterm,

    /// <summary>A final review (tổng kết).</summary>
    Final,
}

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

/// <summary>
/// One step of a plan's reporting regime: who reports to whom (and through whom), how often, and by when.
/// </summary>
public sealed record ReportingRequirement
{
    /// <summary>Id unique within the plan.</summary>
    public required string Id { get; init; }

    /// <summary>How often.</summary>
    public required ReportingStepKind Kind { get; init; }

    /// <summary>Agency id of who reports.</summary>
    public required string From { get; init; }

    /// <summary>Agency id of who is reported to.</summary>
    public required string To { get; init; }

    /// <summary>Agency id the report goes through ("qua Sở …"), if any.</summary>
    public string? Via { get; init; }

    /// <summary>The deadline, or <see langword="null"/> where the document gives no date.</summary>
    public Deadline? Due { get; init; }

    /// <summary>The year of a review when the document gives only a year ("sơ kết vào cuối năm 2025").</summary>
    public int? Year { get; init; }

    /// <summary>The document's words.</summary>
    public string? Text { get; init; }

    /// <summary>Where the step is stated.</summary>
    public required SourceReference Source { get; init; }
}
