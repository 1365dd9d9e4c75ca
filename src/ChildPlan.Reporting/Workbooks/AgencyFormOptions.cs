using ChildPlan.Indicators;
using ChildPlan.Reporting.Localization;
using NodaTime;

namespace ChildPlan.Reporting.Workbooks;

/// <summary>What an agency's results form (<see cref="CollectionWorkbook.WriteAgencyForm"/>) says about itself.</summary>
public sealed record AgencyFormOptions
{
    /// <summary>When the form is made; written to the document properties, the instructions and the metadata sheet.</summary>
    public required Instant Created { get; init; }

    /// <summary>The reporter's name in office (<c>Sở Giáo dục và Đào tạo</c>, <c>Ủy ban nhân dân huyện Cẩm Giàng</c>).</summary>
    public required string ReporterName { get; init; }

    /// <summary>The last day the filled form is due (hạn gửi), if the plan sets one.</summary>
    public LocalDate? Due { get; init; }

    /// <summary>Who the filled form goes to (<c>Ủy ban nhân dân tỉnh (qua Sở Lao động - Thương binh và Xã hội)</c>), if known.</summary>
    public string? SendTo { get; init; }

    /// <summary>
    /// The options the plan itself gives <paramref name="reporter"/>'s form for <paramref name="period"/>: the reporter named as in
    /// office on the day the report is due (else the period's last day) after <paramref name="changes"/>, the due day of its
    /// regime step, and the step's recipient (with the agency it goes through, <c>qua …</c>) named on that day.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="period">The period reported.</param>
    /// <param name="reporter">The reporter, from <see cref="ResultReporters.Expected"/> or <see cref="ResultReporters.Find"/>.</param>
    /// <param name="changes">The administrative changes that rename agencies (<see cref="AdministrativeChanges.None"/> for none).</param>
    /// <param name="created">When the form is made.</param>
    public static AgencyFormOptions For(Plan plan, ReportingPeriod period, ResultReporter reporter, AdministrativeChanges changes, Instant created)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(changes);
        var on = reporter.Due ?? period.End;
        return new AgencyFormOptions
        {
            Created = created,
            ReporterName = ReporterNames.Name(reporter, plan, changes, on),
            Due = reporter.Due,
            SendTo = reporter.Step is { } step
                ? AgencyFormText.Recipient(changes.AgencyOn(plan, step.To, on).Name, step.Via is { } via ? changes.AgencyOn(plan, via, on).Name : null)
                : null,
        };
    }
}
