using ChildPlan.Profiles;
using ChildPlan.Reporting.Documents;
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
    private readonly IPdfPrinter? printer;

    /// <summary>Creates the service.</summary>
    /// <param name="catalog">The installed profiles.</param>
    /// <param name="renderer">Renders the templates.</param>
    /// <param name="clock">The clock (when a workbook was made).</param>
    /// <param name="printer">Prints PDF (<see cref="ReportFormat.Pdf"/>); none unless the ChildPlan.Reporting.Pdf package is added.</param>
    public ReportService(IProfileCatalog catalog, ReportRenderer renderer, IClock clock, IPdfPrinter? printer = null)
    {
        this.catalog = catalog;
        this.renderer = renderer;
        this.clock = clock;
        this.printer = printer;
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
    /// Writes one report of a profile's plan as a file in <paramref name="format"/> to <paramref name="output"/> (which is left
    /// open): HTML or Markdown as UTF-8 text, a Word document rendered from the report's <c>.docx</c> template, or the HTML
    /// report printed to PDF by the <see cref="IPdfPrinter"/>. Nothing is written when the report fails.
    /// </summary>
    /// <exception cref="TemplateException">A template is missing, broken, exceeds a limit, or (DOCX) renders malformed XML.</exception>
    /// <exception cref="PdfPrintException">PDF: the printer fails.</exception>
    /// <exception cref="InvalidOperationException">PDF was asked for and no <see cref="IPdfPrinter"/> is registered.</exception>
    public async Task WriteAsync(ReportKind kind, ReportFormat format, ReportInput input, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var profile = input.Plan.ProfileId is { } id && catalog.TryGetProfile(id, out var p) ? p : null;
        var model = ReportModelBuilder.Build(kind, input);
        switch (format)
        {
            case ReportFormat.Html or ReportFormat.Markdown:
                var text = renderer.Render(kind, format == ReportFormat.Html ? OutputFormat.Html : OutputFormat.Markdown, model, profile, cancellationToken);
                await output.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
                break;
            case ReportFormat.Docx:
                var templateName = ReportRenderer.TemplateName(kind, OutputFormat.Docx);
                var document = renderer.Render(templateName, OutputFormat.Docx, model, profile, cancellationToken);
                using (var buffer = new MemoryStream())
                {
                    WordPackage.Write(document, templateName, DocumentProperties.Of(model), buffer);
                    buffer.Position = 0;
                    await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
                }

                break;
            case ReportFormat.Pdf:
                var pdfPrinter = printer ?? throw new InvalidOperationException("PDF needs a printer: add the ChildPlan.Reporting.Pdf package and register it (builder.AddPdf()), or pass an IPdfPrinter to ReportService.");
                var html = renderer.Render(kind, OutputFormat.Html, model, profile, cancellationToken);
                using (var buffer = new MemoryStream())
                {
                    await pdfPrinter.PrintAsync(html, DocumentProperties.Of(model), buffer, cancellationToken).ConfigureAwait(false);
                    buffer.Position = 0;
                    await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
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
