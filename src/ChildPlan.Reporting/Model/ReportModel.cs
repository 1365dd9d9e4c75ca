using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting.Model;

/// <summary>
/// Everything a report template can use. Templates see it with snake_case names
/// (<c>header.place_date</c>, <c>goals[0].indicators</c>); docs/templates.md lists every variable.
/// </summary>
public sealed record ReportModel
{
    /// <summary>Which report this is (<c>annual</c>, <c>monitoring</c>, <c>responsibility</c>, <c>calendar</c>, <c>six-monthly</c>).</summary>
    public required string Kind { get; init; }

    /// <summary>The year reported on.</summary>
    public required int Year { get; init; }

    /// <summary>
    /// The period the report speaks of, as its sentences write it after "thực hiện": <c>năm 2019</c>, or <c>6 tháng đầu năm 2019</c>
    /// for the six-monthly report.
    /// </summary>
    public required string PeriodCaption { get; init; }

    /// <summary>The report's title line (<c>BÁO CÁO</c>).</summary>
    public required string Title { get; init; }

    /// <summary>The subject line (<c>Kết quả thực hiện Chương trình … năm 2020</c>).</summary>
    public required string Subject { get; init; }

    /// <summary>
    /// Notes that quote, once, the plan's original units and agencies that have since changed or ended, with the date and
    /// legal basis (and whether the change is confirmed); empty when nothing changed by the report date.
    /// </summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The report date as a document writes it (<c>ngày 05 tháng 12 năm 2025</c>).</summary>
    public required string DateText { get; init; }

    /// <summary>The report date, ISO (<c>2025-12-05</c>).</summary>
    public required string Date { get; init; }

    /// <summary>Whether the numbers are sample data: every report then says so prominently.</summary>
    public required bool IsSampleData { get; init; }

    /// <summary>Where the numbers come from (file or dataset name), if any.</summary>
    public string? DataSource { get; init; }

    /// <summary>
    /// Whether the report writes agencies' results (a report of results given results): section III then carries them, the
    /// task summary and who has not reported; otherwise it leaves placeholders to fill.
    /// </summary>
    public bool HasResults { get; init; }

    /// <summary>Whether the results are sample results: every report using them then says so prominently.</summary>
    public bool IsSampleResults { get; init; }

    /// <summary>Where the results come from (the results file or set's name), if any.</summary>
    public string? ResultsSource { get; init; }

    /// <summary>The tasks counted by the status of their results in the period (<see cref="TaskSummary.None"/> without results).</summary>
    public TaskSummary TaskSummary { get; init; } = TaskSummary.None;

    /// <summary>Everyone expected to report results for the period, in plan order, and whether they did; empty without results.</summary>
    public IReadOnlyList<ReporterRow> Reporters { get; init; } = [];

    /// <summary>
    /// What the report says of those who have not reported: a sentence per deadline listing them
    /// (<c>Các cơ quan, đơn vị chưa gửi báo cáo (hạn ngày 15/12/2019): …</c>), or one saying everyone did; empty without results.
    /// </summary>
    public IReadOnlyList<string> NonReporting { get; init; } = [];

    /// <summary>The issuing agency's name as written in running text (<c>Sở Lao động - Thương binh và Xã hội</c>).</summary>
    public required string Issuer { get; init; }

    /// <summary>The document header.</summary>
    public required ReportHeader Header { get; init; }

    /// <summary>The plan reported on.</summary>
    public required PlanInfo Plan { get; init; }

    /// <summary>The administrative unit reported on.</summary>
    public required UnitInfo Unit { get; init; }

    /// <summary>The plan's goals with the result rows of their indicators for the year.</summary>
    public required IReadOnlyList<GoalSection> Goals { get; init; }

    /// <summary>All result rows, in plan order.</summary>
    public required IReadOnlyList<IndicatorRow> Indicators { get; init; }

    /// <summary>Counts by status.</summary>
    public required StatusSummary Summary { get; init; }

    /// <summary>The plan's tasks, activities and solutions.</summary>
    public required IReadOnlyList<TaskRow> Tasks { get; init; }

    /// <summary>The plan's agencies with their duties and assignments.</summary>
    public required IReadOnlyList<AgencyRow> Agencies { get; init; }

    /// <summary>The responsibility matrix.</summary>
    public required ResponsibilityMatrix Matrix { get; init; }

    /// <summary>The reporting deadlines of the year, in date order.</summary>
    public required IReadOnlyList<DeadlineRow> Deadlines { get; init; }

    /// <summary>The free-text body sections supplied by the reporting agency (situation, difficulties, proposals).</summary>
    public required IReadOnlyList<TextSection> Sections { get; init; }

    /// <summary>Recipients (Nơi nhận).</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary>The signature block.</summary>
    public required SignatureBlock Signature { get; init; }
}
