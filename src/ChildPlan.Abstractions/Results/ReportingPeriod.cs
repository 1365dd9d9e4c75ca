using NodaTime;

namespace ChildPlan;

/// <summary>A period results are reported for: the first half of a year or the whole year.</summary>
public sealed record ReportingPeriod
{
    private ReportingPeriod(int year, ReportingPeriodKind kind)
    {
        Year = year;
        Kind = kind;
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>Half year or whole year.</summary>
    public ReportingPeriodKind Kind { get; }

    /// <summary>The first day of the period (1 January).</summary>
    public LocalDate Start => new(Year, 1, 1);

    /// <summary>The last day of the period (30 June or 31 December).</summary>
    public LocalDate End => Kind == ReportingPeriodKind.FirstHalf ? new LocalDate(Year, 6, 30) : new LocalDate(Year, 12, 31);

    /// <summary>The CSV token of the kind: <c>H1</c> or <c>year</c>.</summary>
    public string Token => TokenOf(Kind);

    /// <summary>The reporting-regime step kind that asks for this period's report.</summary>
    public ReportingStepKind StepKind => Kind == ReportingPeriodKind.FirstHalf ? ReportingStepKind.SixMonthly : ReportingStepKind.Annual;

    /// <summary>The first six months of <paramref name="year"/>.</summary>
    public static ReportingPeriod FirstHalf(int year) => new(year, ReportingPeriodKind.FirstHalf);

    /// <summary>The whole of <paramref name="year"/>.</summary>
    public static ReportingPeriod WholeYear(int year) => new(year, ReportingPeriodKind.Year);

    /// <summary>The period of <paramref name="kind"/> in <paramref name="year"/>.</summary>
    public static ReportingPeriod Of(int year, ReportingPeriodKind kind) => new(year, kind);

    /// <summary>The CSV token of <paramref name="kind"/>: <c>H1</c> or <c>year</c>.</summary>
    public static string TokenOf(ReportingPeriodKind kind) => kind == ReportingPeriodKind.FirstHalf ? "H1" : "year";

    /// <summary>Reads a CSV period token (<c>H1</c>, <c>year</c>; case-insensitive); false for anything else.</summary>
    public static bool TryParseKind(string? token, out ReportingPeriodKind kind)
    {
        switch (token?.Trim().ToUpperInvariant())
        {
            case "H1":
                kind = ReportingPeriodKind.FirstHalf;
                return true;
            case "YEAR":
                kind = ReportingPeriodKind.Year;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Token} {Year}";
}
