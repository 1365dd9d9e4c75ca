using ChildPlan.Profiles;
using ChildPlan.Reporting.Localization;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;
using ChildPlan.Reporting.Workbooks;
using NodaTime;

namespace ChildPlan.Reporting;

/// <summary>
/// The one path from plan and data to a rendered report, for hosts: evaluate the plan for the year,
/// build the report model, render it (or write the monitoring workbook). Registered by <c>AddReporting()</c>.
/// </summary>
public sealed class ReportService
{
    private readonly IProfileCatalog catalog;
    private readonly ReportRenderer renderer;
    private readonly IClock clock;

    /// <summary>Creates the service.</summary>
    public ReportService(IProfileCatalog catalog, ReportRenderer renderer, IClock clock)
    {
        this.catalog = catalog;
        this.renderer = renderer;
        this.clock = clock;
    }

    /// <summary>
    /// Prepares the input of the reports of a profile's plan for <paramref name="year"/>: the given observations,
    /// or the profile's own dataset for the plan (<see cref="IChildPlanProfile.DatasetFor"/>) when none are given;
    /// evaluated in <paramref name="unitCode"/> (default: the plan's area) on the map of <paramref name="geography"/>
    /// (default: the year's own map); dated <paramref name="date"/> (default: <see cref="ReportDate.Default"/>).
    /// </summary>
    /// <exception cref="KeyNotFoundException">The profile or plan is not installed.</exception>
    /// <exception cref="ChildPlanInputException">The year is not one of the plan's, the unit is unknown, or the observations do not fit the plan.</exception>
    public ReportInput Prepare(string profileId, string planId, int year, IReadOnlyCollection<Observation>? observations = null, string? unitCode = null, ReportDetails? details = null, LocalDate? date = null, LocalDate? geography = null)
    {
        var profile = catalog.GetProfile(profileId);
        var plan = catalog.GetPlan(profileId, planId);
        var input = observations is null
            ? Prepare(plan, year, profile.DatasetFor(planId), profile.Units, profile.Changes, unitCode, date, geography)
            : ReportInput.Evaluate(plan, year, observations, date ?? ReportDate.Default(plan, year, profile.Changes), profile.Units, profile.Changes, unitCode, geography);
        return input with { Details = details ?? ReportDetails.None };
    }

    /// <summary>
    /// Prepares the input of the reports of any plan (a profile's, or one read from a plan file) for
    /// <paramref name="year"/> from <paramref name="dataset"/> (none when <see langword="null"/>), rolling up through
    /// <paramref name="units"/> and the <paramref name="changes"/> since; evaluated in <paramref name="unitCode"/>
    /// (default: the plan's area) on the map of <paramref name="geography"/> (default: the year's own map); dated
    /// <paramref name="date"/> (default: <see cref="ReportDate.Default"/>, the due date of the plan's annual report in
    /// <paramref name="year"/>, not the day the report is made).
    /// </summary>
    /// <exception cref="ChildPlanInputException">The year is not one of the plan's, the unit is unknown, or the observations do not fit the plan.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Part of the service hosts resolve; the profile overload beside it uses the catalog.")]
    public ReportInput Prepare(Plan plan, int year, ProfileDataset? dataset, IReadOnlyList<AdministrativeUnit>? units = null, AdministrativeChanges? changes = null, string? unitCode = null, LocalDate? date = null, LocalDate? geography = null) =>
        ReportInput.Evaluate(plan, year, dataset, date ?? ReportDate.Default(plan, year, changes), units, changes, unitCode, geography);

    /// <summary>Renders one report of a profile's plan.</summary>
    /// <exception cref="TemplateException">A template is missing, broken or exceeds a limit.</exception>
    public string Render(ReportKind kind, OutputFormat format, ReportInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var profile = input.Plan.ProfileId is { } id && catalog.TryGetProfile(id, out var p) ? p : null;
        return renderer.Render(kind, format, ReportModelBuilder.Build(kind, input), profile, cancellationToken);
    }

    /// <summary>
    /// Writes the monitoring workbook (.xlsx) of <paramref name="input"/> to <paramref name="output"/> (which is left
    /// open): the evaluation, the name of the unit evaluated, the data source and whether it is sample data; made now
    /// (shown in Việt Nam time, <see cref="VietnamTime"/>).
    /// </summary>
    public void WriteMonitoringWorkbook(ReportInput input, Stream output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var evaluation = input.Evaluation;
        MonitoringWorkbook.Write(
            evaluation,
            new WorkbookOptions
            {
                Created = clock.GetCurrentInstant(),
                UnitName = evaluation.Unit?.Name ?? input.Units.FirstOrDefault(u => u.Code == evaluation.UnitCode)?.Name,
                DataSourceName = input.DataSource,
                IsSampleData = input.IsSampleData,
            },
            output);
    }
}
