namespace ChildPlan.Reporting.Model;

/// <summary>Which reports a plan has, their tokens, and the reporting period a report of results covers.</summary>
public static class ReportKinds
{
    /// <summary>The token of a report kind: its template name and command-line value (<c>annual</c>, <c>six-monthly</c>).</summary>
    public static string Token(ReportKind kind) => kind == ReportKind.SixMonthly ? "six-monthly" : kind.ToString().ToLowerInvariant();

    /// <summary>
    /// Whether <paramref name="plan"/> has reports of <paramref name="kind"/>: every kind but <see cref="ReportKind.SixMonthly"/>
    /// always; the six-monthly report when the plan's reporting regime has a six-monthly step.
    /// </summary>
    public static bool IsAvailable(ReportKind kind, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return kind != ReportKind.SixMonthly || plan.Reporting.Any(r => r.Kind == ReportingStepKind.SixMonthly);
    }

    /// <summary>The report kinds <paramref name="plan"/> has (<see cref="IsAvailable"/>), in enum order.</summary>
    public static IReadOnlyList<ReportKind> For(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Enum.GetValues<ReportKind>().Where(k => IsAvailable(k, plan)).ToList();
    }

    /// <summary>
    /// The period whose results a report of <paramref name="kind"/> for <paramref name="year"/> writes: the first half for the
    /// six-monthly report, the whole year for the annual report; null for reports that write no results.
    /// </summary>
    public static ReportingPeriod? PeriodOf(ReportKind kind, int year) => kind switch
    {
        ReportKind.Annual => ReportingPeriod.WholeYear(year),
        ReportKind.SixMonthly => ReportingPeriod.FirstHalf(year),
        _ => null,
    };

    /// <summary>Throws when <paramref name="plan"/> has no report of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentException">The plan's reporting regime has no step of that kind.</exception>
    public static void Require(ReportKind kind, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!IsAvailable(kind, plan))
        {
            var steps = plan.Reporting.Select(r => r.Kind.ToString()).Distinct().ToList();
            throw new ArgumentException(
                $"Plan '{plan.Id}' has no {Token(kind)} report: its reporting regime asks for no six-monthly report ({(steps.Count == 0 ? "it has no reporting steps" : "its steps: " + string.Join(", ", steps))}).",
                nameof(kind));
        }
    }
}
