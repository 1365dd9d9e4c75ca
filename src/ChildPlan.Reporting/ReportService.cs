using System.Diagnostics.CodeAnalysis;
using ChildPlan.Indicators;
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
/// <remarks>
/// One instance serves a whole application: it holds only the profile catalogue, the renderer, the clock and the
/// PDF printer, each safe for concurrent use, and keeps no state between calls, so any number of calls may run at
/// once on different threads (a web host calls it from every request). Each <see cref="ReportInput"/> it returns is
/// immutable.
/// </remarks>
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
    /// (default: the year's own map); dated <paramref name="date"/> (default: <see cref="ReportDate.Default(Plan, int, AdministrativeChanges?)"/>,
    /// and for the six-monthly report its own default); with the agencies' <paramref name="results"/>, or when none are given
    /// the profile's own results for the plan (<see cref="IChildPlanProfile.ResultsFor"/>) if they have any of <paramref name="year"/>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The profile or plan is not installed.</exception>
    /// <exception cref="ChildPlanInputException">The year is not one of the plan's, the unit is unknown, or the observations do not fit the plan.</exception>
    /// <exception cref="ArgumentException">The results given are of another plan.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Overloads that predate public API tracking; changing them would break callers.")]
    public ReportInput Prepare(string profileId, string planId, int year, IReadOnlyCollection<Observation>? observations = null, string? unitCode = null, ReportDetails? details = null, LocalDate? date = null, LocalDate? geography = null, ResultSet? results = null)
    {
        var profile = catalog.GetProfile(profileId);
        var plan = catalog.GetPlan(profileId, planId);
        // The profile's own results stand in only for a year they cover; results given are reported as given.
        // A unit's own report (below the plan's area) is not the synthesis of the agencies' results, so they are not used there.
        results ??= ReportModelBuilder.IsPlanArea(plan, unitCode) && profile.ResultsFor(planId) is { } own && own.Covers(year) ? own : null;
        var input = observations is null
            ? Prepare(plan, year, profile.DatasetFor(planId), profile.Units, profile.Changes, unitCode, date, geography, results)
            : ReportInput.Evaluate(plan, year, observations, date ?? ReportDate.Default(plan, year, profile.Changes), profile.Units, profile.Changes, unitCode, geography) with
            {
                SixMonthlyDate = date,
                Results = Checked(plan, results, unitCode, profile.Units, profile.Changes),
            };
        return input with { Details = details ?? ReportDetails.None };
    }

    /// <summary>
    /// Prepares the input of the reports of any plan (a profile's, or one read from a plan file) for
    /// <paramref name="year"/> from <paramref name="dataset"/> (none when <see langword="null"/>), rolling up through
    /// <paramref name="units"/> and the <paramref name="changes"/> since; evaluated in <paramref name="unitCode"/>
    /// (default: the plan's area) on the map of <paramref name="geography"/> (default: the year's own map); dated
    /// <paramref name="date"/> (default: <see cref="ReportDate.Default(Plan, int, AdministrativeChanges?)"/>, the due date of the plan's annual report in
    /// <paramref name="year"/>, not the day the report is made; the six-monthly report: its own due date); with the agencies'
    /// <paramref name="results"/> (none when <see langword="null"/>), which must be of the plan.
    /// </summary>
    /// <exception cref="ChildPlanInputException">The year is not one of the plan's, the unit is unknown, or the observations do not fit the plan.</exception>
    /// <exception cref="ArgumentException">The results are of another plan.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Part of the service hosts resolve; the profile overload beside it uses the catalog.")]
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Overloads that predate public API tracking; changing them would break callers.")]
    public ReportInput Prepare(Plan plan, int year, ProfileDataset? dataset, IReadOnlyList<AdministrativeUnit>? units = null, AdministrativeChanges? changes = null, string? unitCode = null, LocalDate? date = null, LocalDate? geography = null, ResultSet? results = null) =>
        ReportInput.Evaluate(plan, year, dataset, date ?? ReportDate.Default(plan, year, changes), units, changes, unitCode, geography) with
        {
            SixMonthlyDate = date,
            Results = Checked(plan, results, unitCode, units, changes),
        };

    /// <summary>
    /// The results given, when they are of <paramref name="plan"/>, fit it (<see cref="ResultValidator"/>: reporters, items,
    /// years, periods) and the report is the plan area's (or none).
    /// </summary>
    /// <exception cref="ArgumentException">The results are of another plan, or the report is a unit's below the plan's area.</exception>
    /// <exception cref="ChildPlanInputException">A result does not fit the plan.</exception>
    private static ResultSet? Checked(Plan plan, ResultSet? results, string? unitCode, IReadOnlyList<AdministrativeUnit>? units, AdministrativeChanges? changes) =>
        results is null ? null : ReportModelBuilder.Checked(results, plan, unitCode, new AdministrativeHierarchy(units ?? [], changes));

    /// <summary>Renders one report of a profile's plan.</summary>
    /// <exception cref="TemplateException">A template is missing, broken or exceeds a limit.</exception>
    /// <exception cref="ChildPlanInputException">The input's results do not fit the plan (<see cref="ReportModelBuilder.Build"/>).</exception>
    public string Render(ReportKind kind, OutputFormat format, ReportInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var profile = ProfileOf(input.Plan);
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
    /// <exception cref="ChildPlanInputException">The input's results do not fit the plan (<see cref="ReportModelBuilder.Build"/>); nothing is written.</exception>
    public async Task WriteAsync(ReportKind kind, ReportFormat format, ReportInput input, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var profile = ProfileOf(input.Plan);
        var model = ReportModelBuilder.Build(kind, input);
        await WriteDocumentAsync(
            format,
            outputFormat => renderer.Render(kind, outputFormat, model, profile, cancellationToken),
            ReportRenderer.TemplateName(kind, OutputFormat.Docx),
            DocumentProperties.Of(model),
            output,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the data collection form of <paramref name="unit"/> for <paramref name="year"/> (the printable counterpart of
    /// <see cref="CollectionWorkbook"/>: the same rows, with empty cells to fill by hand or in Word) in <paramref name="format"/>
    /// to <paramref name="output"/> (which is left open): HTML, a Word document rendered from <c>collection.docx</c>, or the HTML
    /// form printed to PDF by the <see cref="IPdfPrinter"/>. The templates are looked up as the reports' are (the host's folder,
    /// the plan's profile, the defaults). Nothing is written when it fails.
    /// </summary>
    /// <param name="plan">The plan whose indicators are collected (a profile's, or one read from a plan file).</param>
    /// <param name="year">The year the numbers are for; must lie inside the plan's years.</param>
    /// <param name="unit">The reporting unit that fills the form.</param>
    /// <param name="options">When the form is made, and where and by when it is due.</param>
    /// <param name="format">HTML, DOCX or PDF (Markdown has no form).</param>
    /// <param name="output">Where the file goes.</param>
    /// <param name="cancellationToken">Cancels the render or print.</param>
    /// <exception cref="ChildPlanInputException"><paramref name="year"/> is outside the plan's years.</exception>
    /// <exception cref="TemplateException">A template is missing, broken, exceeds a limit, or (DOCX) renders malformed XML.</exception>
    /// <exception cref="PdfPrintException">PDF: the printer fails.</exception>
    /// <exception cref="InvalidOperationException">PDF was asked for and no <see cref="IPdfPrinter"/> is registered.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is Markdown.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Overloads that predate public API tracking; changing them would break callers.")]
    public Task WriteCollectionFormAsync(Plan plan, int year, AdministrativeUnit unit, CollectionOptions options, ReportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return WriteCollectionFormAsync(plan, year, unit, options, ProfileOf(plan)?.Changes ?? AdministrativeChanges.None, format, output, cancellationToken);
    }

    /// <summary>
    /// Writes the data collection form as <see cref="WriteCollectionFormAsync(Plan, int, AdministrativeUnit, CollectionOptions, ReportFormat, Stream, CancellationToken)"/>
    /// does, naming its sender as in office on the day it is made after <paramref name="changes"/> (the overload without them
    /// uses the plan's profile's changes).
    /// </summary>
    /// <exception cref="ChildPlanInputException"><paramref name="year"/> is outside the plan's years.</exception>
    /// <exception cref="TemplateException">A template is missing, broken, exceeds a limit, or (DOCX) renders malformed XML.</exception>
    /// <exception cref="PdfPrintException">PDF: the printer fails.</exception>
    /// <exception cref="InvalidOperationException">PDF was asked for and no <see cref="IPdfPrinter"/> is registered.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is Markdown.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Overloads that predate public API tracking; changing them would break callers.")]
    public async Task WriteCollectionFormAsync(Plan plan, int year, AdministrativeUnit unit, CollectionOptions options, AdministrativeChanges changes, ReportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(output);
        if (format is not (ReportFormat.Html or ReportFormat.Docx or ReportFormat.Pdf))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "The data collection form is written as HTML, DOCX or PDF.");
        }

        var profile = ProfileOf(plan);
        var model = CollectionFormBuilder.Build(plan, year, unit, options, changes);
        var properties = new DocumentProperties(CollectionText.DocumentTitle(year, unit.Name), plan.Title, model.Issuer);
        await WriteDocumentAsync(
            format,
            outputFormat => renderer.RenderCollectionForm(outputFormat, model, profile, cancellationToken),
            ReportRenderer.CollectionFormTemplateName(OutputFormat.Docx),
            properties,
            output,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The installed profile a plan belongs to (its template overrides and changes), or none for a plan read from a file.</summary>
    private IChildPlanProfile? ProfileOf(Plan plan) => plan.ProfileId is { } id && catalog.TryGetProfile(id, out var profile) ? profile : null;

    /// <summary>Renders a document with <paramref name="render"/> and writes it in <paramref name="format"/>: text, a DOCX package, or a printed PDF.</summary>
    private async Task WriteDocumentAsync(ReportFormat format, Func<OutputFormat, string> render, string docxTemplateName, DocumentProperties properties, Stream output, CancellationToken cancellationToken)
    {
        switch (format)
        {
            case ReportFormat.Html or ReportFormat.Markdown:
                var text = render(format == ReportFormat.Html ? OutputFormat.Html : OutputFormat.Markdown);
                await output.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
                break;
            case ReportFormat.Docx:
                using (var package = WordPackage.Write(render(OutputFormat.Docx), docxTemplateName, properties))
                {
                    await package.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
                }

                break;
            case ReportFormat.Pdf:
                var pdfPrinter = printer ?? throw new InvalidOperationException("PDF needs a printer: add the ChildPlan.Reporting.Pdf package and register it (builder.AddPdf()), or pass an IPdfPrinter to ReportService.");
                var html = render(OutputFormat.Html);
                using (var buffer = new MemoryStream())
                {
                    await pdfPrinter.PrintAsync(html, properties, buffer, cancellationToken).ConfigureAwait(false);
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
