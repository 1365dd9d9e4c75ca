using ChildPlan.Indicators;
using ChildPlan.Reporting.Localization;
using NodaTime;

namespace ChildPlan.Reporting.Model;

/// <summary>
/// The agencies' results of one period as the annual and six-monthly reports write them: per task, per duty, the task
/// summary and those who have not reported (<see cref="ResultReporters"/> says who is expected).
/// </summary>
internal sealed class ResultRows
{
    private readonly Plan plan;
    private readonly IReadOnlyList<AgencyResult> results;
    private readonly IReadOnlyList<ResultReporter> expected;
    private readonly Dictionary<string, (string Name, Agency? Agency, int Order)> reporters = new(StringComparer.Ordinal);

    public ResultRows(Plan plan, ResultSet set, ReportingPeriod period, AdministrativeHierarchy hierarchy, AdministrativeChanges changes, LocalDate date)
    {
        this.plan = plan;
        results = set.In(period).ToList();
        expected = ResultReporters.Expected(plan, period, hierarchy);
        var order = 0;
        foreach (var reporter in expected)
        {
            reporters.TryAdd(reporter.Id, (ReporterNames.Name(reporter, plan, changes, date), reporter.Agency, order++));
        }

        // Reporters not expected (a group writing on behalf of its members, an agency the plan names only on an indicator)
        // follow the expected ones, in the order of the file.
        foreach (var id in results.Select(r => r.Reporter).Distinct(StringComparer.Ordinal).Where(id => !reporters.ContainsKey(id)).ToList())
        {
            var found = ResultReporters.Find(plan, period, hierarchy, id);
            reporters[id] = (found is null ? id : ReporterNames.Name(found, plan, changes, date), found?.Agency, order++);
        }
    }

    /// <summary>The task row with its results, status, quantities, funding or placeholder.</summary>
    public TaskRow Task(TaskRow row, PlanTask task)
    {
        // The lead's results, then the supporting agencies', then other contributions; each in plan order, then file order.
        var on = results.Where(r => r.Item.TaskId == task.Id)
            .Select((r, i) => (Result: r, Rank: Role(task, r.Reporter), Index: i))
            .OrderBy(x => x.Rank)
            .ThenBy(x => reporters[x.Result.Reporter].Order)
            .ThenBy(x => x.Index)
            .ToList();
        var entries = on.Select(x => Entry(x.Result, x.Rank)).ToList();
        var status = StatusOf(on.Select(x => x.Result.Status).ToList());
        var (quantities, funding) = Totals(on.SelectMany(x => x.Result.Quantities).ToList());
        return row with
        {
            Status = status,
            StatusCaption = Caption(status),
            Results = entries,
            QuantitiesText = quantities,
            FundingText = funding,
            Placeholder = on.Count == 0 ? ResultReportText.NobodyReportedTask : string.Empty,
        };
    }

    /// <summary>
    /// The duties of the agencies of one row (agencies now one body), each with its results, numbered on through the row in
    /// plan order (one agency's after another's, without starting again at 1).
    /// </summary>
    public IReadOnlyList<DutyRow> Duties(IEnumerable<Agency> agencies) =>
        agencies.SelectMany(a => a.Duties.Select((text, i) => (Agency: a, Text: text, Item: ResultItem.DutyOf(a.Id, i + 1)))).Select((duty, index) =>
        {
            var (a, text, item) = duty;
            var on = results.Where(r => r.Item == item).ToList();
            var status = StatusOf(on.Select(r => r.Status).ToList());
            var (quantities, funding) = Totals(on.SelectMany(r => r.Quantities).ToList());
            return new DutyRow
            {
                Number = index + 1,
                Text = text,
                Status = status,
                StatusCaption = Caption(status),
                Results = on.Select((r, index) => (r, index)).OrderBy(x => reporters[x.r.Reporter].Order).ThenBy(x => x.index).Select(x => Entry(x.r, Rank.Duty)).ToList(),
                QuantitiesText = quantities,
                FundingText = funding,
                Placeholder = on.Count == 0 ? ResultReportText.NobodyReportedDuty : string.Empty,
            };
        }).ToList();

    /// <summary>
    /// Whether anyone reported in the period on <paramref name="agency"/>'s duties: an agency that has ended by the report date
    /// still has its duties written then, so that what was reported before it ended is not left out.
    /// </summary>
    public bool HasDutyResults(Agency agency) => results.Any(r => r.Item.AgencyId == agency.Id);

    /// <summary>The tasks counted by status (of the rows <see cref="Task"/> made).</summary>
    public TaskSummary Summary(IReadOnlyList<TaskRow> rows)
    {
        int Count(string status) => rows.Count(r => r.Status == status);
        var summary = new TaskSummary
        {
            Total = rows.Count,
            Completed = Count("completed"),
            InProgress = Count("in-progress"),
            NotStarted = Count("not-started"),
            NotApplicable = Count("not-applicable"),
            NotReported = Count("not-reported"),
            Text = string.Empty,
        };
        return rows.Count == 0
            ? summary
            : summary with
            {
                Text = ResultReportText.Summary(plan.Tasks.Select(t => t.Kind).ToList(), summary.Total, summary.Completed, summary.InProgress, summary.NotStarted, summary.NotApplicable, summary.NotReported),
            };
    }

    /// <summary>
    /// Everyone expected, and whether they reported: a reporter has reported when a report came from it or from another the
    /// report names as the same body on its date (an agency whose duties passed to another, e.g. Sở LĐTBXH to Sở Y tế on
    /// 01/03/2025, is that body: a report from either is the body's).
    /// </summary>
    public IReadOnlyList<ReporterRow> Reporters()
    {
        var reported = results.Select(r => r.Reporter).ToHashSet(StringComparer.Ordinal);
        var reportedBodies = reported.Select(id => reporters[id].Name).ToHashSet(StringComparer.Ordinal);
        return expected.Select(r => new ReporterRow
        {
            Id = r.Id,
            Name = reporters[r.Id].Name,
            Due = r.Due?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            DueText = ResultReportText.Due(r.Due),
            Reported = reported.Contains(r.Id) || reportedBodies.Contains(reporters[r.Id].Name),
        }).ToList();
    }

    /// <summary>The sentences on who has not reported: one per deadline, or one saying everyone did.</summary>
    public static IReadOnlyList<string> NonReporting(IReadOnlyList<ReporterRow> rows)
    {
        if (rows.Count == 0)
        {
            return [ResultReportText.NobodyExpected];
        }

        var missing = rows.Where(r => !r.Reported).ToList();
        return missing.Count == 0
            ? [ResultReportText.AllReported(rows.Count)]
            : missing.GroupBy(r => r.Due).OrderBy(g => g.Key.Length == 0).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => ResultReportText.NonReporting(g.First().DueText, g.Select(r => r.Name).Distinct())).ToList();
    }

    private enum Rank
    {
        Lead,
        Support,
        Contribution,
        Duty,
    }

    private Rank Role(PlanTask task, string reporter)
    {
        var agency = reporters[reporter].Agency;
        return agency is null ? Rank.Contribution
            : task.Responsibility.IsLead(agency.Id) ? Rank.Lead
            : task.Responsibility.IsSupport(agency.Id) ? Rank.Support
            : Rank.Contribution;
    }

    private ResultEntry Entry(AgencyResult result, Rank rank) => new()
    {
        Reporter = result.Reporter,
        ReporterName = reporters[result.Reporter].Name,
        Role = rank.ToString().ToLowerInvariant(),
        RoleCaption = rank switch
        {
            Rank.Lead => ResultReportText.LeadRole,
            Rank.Support => ResultReportText.SupportRole,
            _ => string.Empty,
        },
        Status = Token(result.Status),
        StatusCaption = ResultReportText.Caption(result.Status),
        Text = result.Text.Trim(),
        QuantitiesText = string.Join("; ", result.Quantities.Select(q => ResultReportText.Quantity(q.Value, Written(q.Unit)))),
        Source = result.Source?.Trim() ?? string.Empty,
    };

    /// <summary>
    /// The status of a task or duty from its results: not applicable when all say so; otherwise, leaving those aside,
    /// completed when all are, in progress when any is completed or in progress, else not started; not reported when none.
    /// </summary>
    private static string StatusOf(List<ResultStatus> statuses)
    {
        if (statuses.Count == 0)
        {
            return "not-reported";
        }

        var applicable = statuses.Where(s => s != ResultStatus.NotApplicable).ToList();
        return applicable.Count == 0 ? Token(ResultStatus.NotApplicable)
            : applicable.All(s => s == ResultStatus.Completed) ? Token(ResultStatus.Completed)
            : applicable.Any(s => s is ResultStatus.Completed or ResultStatus.InProgress) ? Token(ResultStatus.InProgress)
            : Token(ResultStatus.NotStarted);
    }

    private static string Caption(string status) => status switch
    {
        "completed" => ResultReportText.Caption(ResultStatus.Completed),
        "in-progress" => ResultReportText.Caption(ResultStatus.InProgress),
        "not-started" => ResultReportText.Caption(ResultStatus.NotStarted),
        "not-applicable" => ResultReportText.Caption(ResultStatus.NotApplicable),
        _ => ResultReportText.NotReported,
    };

    private static string Token(ResultStatus status) => ResultStatusTokens.TokenOf(status);

    /// <summary>
    /// The quantities in total: summed by unit (compared by <see cref="ResultReportText.UnitKey"/>, written as first seen), in
    /// the order first reported; currency units apart as the funding spent when the plan names funding sources.
    /// </summary>
    private (string Quantities, string Funding) Totals(List<Quantity> quantities)
    {
        if (quantities.Count == 0)
        {
            return (string.Empty, string.Empty);
        }

        var sums = quantities
            .GroupBy(q => ResultReportText.UnitKey(q.Unit))
            .Select(g => (Key: g.Key, Text: ResultReportText.Quantity(g.Sum(q => q.Value), Written(g.First().Unit))))
            .ToList();
        var funded = plan.Funding.Count > 0;
        var funding = sums.Where(s => funded && ResultReportText.IsCurrency(s.Key)).Select(s => s.Text).ToList();
        var others = sums.Where(s => !(funded && ResultReportText.IsCurrency(s.Key))).Select(s => s.Text).ToList();
        return (others.Count == 0 ? string.Empty : ResultReportText.Total(others), funding.Count == 0 ? string.Empty : ResultReportText.Funding(funding));
    }

    private static string Written(string unit) => string.Join(' ', unit.Normalize(System.Text.NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
