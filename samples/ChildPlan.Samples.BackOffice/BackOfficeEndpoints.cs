using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ChildPlan.Formats;
using ChildPlan.Indicators;
using ChildPlan.Profiles;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Documents;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;
using ChildPlan.Reporting.Workbooks;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using static ChildPlan.Samples.BackOffice.HtmlPage;

namespace ChildPlan.Samples.BackOffice;

/// <summary>
/// The back office's pages: choose a profile, a plan, the year and the unit; upload a data CSV or filled collection
/// workbooks, and the agencies' filled forms or a results CSV; see the evaluation (the library's monitoring report, with its
/// charts); download the reports, the monitoring workbook, the collection workbooks of the units below and the agency forms.
/// </summary>
public static partial class BackOfficeEndpoints
{
    private const string LogCategory = "ChildPlan.Samples.BackOffice";

    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The report files offered for download: extension, format and content type.</summary>
    private static readonly (string Extension, ReportFormat Format, string ContentType)[] Downloads =
    [
        ("html", ReportFormat.Html, "text/html; charset=utf-8"),
        ("md", ReportFormat.Markdown, "text/markdown; charset=utf-8"),
        ("docx", ReportFormat.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("pdf", ReportFormat.Pdf, "application/pdf"),
    ];

    /// <summary>Maps the pages and downloads.</summary>
    public static IEndpointRouteBuilder MapBackOffice(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/", Profiles);
        app.MapGet("/profiles/{profileId}", Plans);
        app.MapGet("/profiles/{profileId}/plans/{planId}", UploadForm);
        app.MapPost("/evaluations", Evaluate).DisableAntiforgery();
        app.MapGet("/evaluations/{id}/{kind}.{extension}", Download);
        app.MapGet("/collection-workbooks", CollectionWorkbooks);
        app.MapGet("/agency-forms", AgencyForms);
        return app;
    }

    private static IResult Profiles(IProfileCatalog catalog)
    {
        var body = new StringBuilder("<p>Choose the profile of the province:</p><ul id=\"profiles\">");
        foreach (var profile in catalog.Profiles)
        {
            body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/profiles/{Uri.EscapeDataString(profile.Id)}\">{E(profile.Name)}</a> ({E(profile.Id)}, {profile.Plans.Count} plan(s))</li>");
        }

        return Of("Profiles", body.Append("</ul>").ToString());
    }

    private static IResult Plans(string profileId, IProfileCatalog catalog)
    {
        if (!catalog.TryGetProfile(profileId, out var profile))
        {
            return Problem($"No profile '{profileId}' is installed; installed: {string.Join(", ", catalog.Profiles.Select(p => p.Id))}.");
        }

        var body = new StringBuilder("<p>Choose the plan:</p><ul id=\"plans\">");
        foreach (var plan in profile.Plans)
        {
            body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/profiles/{Uri.EscapeDataString(profile.Id)}/plans/{Uri.EscapeDataString(plan.Id)}\">{E(plan.Title)}</a> ({E(plan.Id)}, {plan.Years.From}–{plan.Years.To})</li>");
        }

        return Of(profile.Name, body.Append("</ul>").ToString());
    }

    private static IResult UploadForm(string profileId, string planId, IProfileCatalog catalog)
    {
        if (!TryPlan(catalog, profileId, planId, out var profile, out var plan, out var problem))
        {
            return problem;
        }

        var years = Enumerable.Range(plan.Years.From, plan.Years.To - plan.Years.From + 1);
        var query = $"profile={Uri.EscapeDataString(profile.Id)}&amp;plan={Uri.EscapeDataString(plan.Id)}&amp;year={plan.Years.To}";
        var body = new StringBuilder()
            .Append("<form id=\"evaluate\" method=\"post\" action=\"/evaluations\" enctype=\"multipart/form-data\">")
            .Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"profile\" value=\"{E(profile.Id)}\"><input type=\"hidden\" name=\"plan\" value=\"{E(plan.Id)}\">")
            .Append("<label>Year <select name=\"year\">")
            .AppendJoin(string.Empty, years.Select(y => string.Create(CultureInfo.InvariantCulture, $"<option{(y == plan.Years.To ? " selected" : string.Empty)}>{y}</option>")))
            .Append("</select></label><label>Unit <select name=\"unit\"><option value=\"\">The plan's area</option>")
            .AppendJoin(string.Empty, profile.Units.DistinctBy(u => u.Code).Select(u => $"<option value=\"{E(u.Code)}\">{E(u.Name)} ({E(u.Code)})</option>"))
            .Append("</select></label><label>Number format of a CSV <select name=\"culture\"><option value=\"invariant\">invariant (comma-separated, 1.5)</option><option value=\"vi-VN\">vi-VN (semicolon-separated, 1,5)</option></select></label>")
            .Append("<label>Data: a data CSV, or filled collection workbooks and agency forms (.xlsx) <input type=\"file\" name=\"files\" multiple accept=\".csv,.xlsx\"></label>")
            .Append("<label>The agencies' results, if not in agency forms: a results CSV <input type=\"file\" name=\"results\" accept=\".csv\"></label>")
            .Append("<button type=\"submit\">Evaluate</button></form>")
            .Append(CultureInfo.InvariantCulture, $"<p>Blank forms for {plan.Years.To}: the collection workbooks of the units below the plan's area (<a id=\"collection\" href=\"/collection-workbooks?{query}\">zip</a>) and the agency forms of those who report on the plan's tasks and duties (<a id=\"agency-forms\" href=\"/agency-forms?{query}\">zip</a>).</p>");
        return Of(plan.Title, body.ToString());
    }

    private static async Task<IResult> Evaluate(HttpRequest request, IProfileCatalog catalog, ReportService reports, UploadStore store, IOptions<BackOfficeOptions> options, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(LogCategory);
        var limit = options.Value.MaxUploadBytes;
        if (request.ContentLength > limit)
        {
            return Problem(TooBig(request.ContentLength.Value, limit));
        }

        if (!request.HasFormContentType)
        {
            return Problem("The upload must be a multipart form (enctype=\"multipart/form-data\").");
        }

        // Kestrel's own limit (30 MB by default) follows the option, so a larger limit is honoured and a smaller one holds
        // for a body sent without its length.
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return Problem($"The upload cannot be read: {e.Message} The largest upload accepted is {limit} bytes.");
        }

        if (!TryPlan(catalog, form["profile"].ToString(), form["plan"].ToString(), out var profile, out var plan, out var problem))
        {
            return problem;
        }

        if (!int.TryParse(form["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return Problem($"The year '{form["year"]}' is not a year.");
        }

        var unit = string.IsNullOrEmpty(form["unit"]) ? null : form["unit"].ToString();
        if (form.Files.Count == 0 || form.Files.All(f => f.Length == 0))
        {
            return Problem("No file was uploaded: choose a data CSV, filled collection workbooks or agency forms (.xlsx), or a results CSV.");
        }

        try
        {
            var upload = Read(form, profile, plan, year);
            var input = reports.Prepare(profile.Id, plan.Id, year, upload.Observations, unit, results: upload.Results) with { DataSource = upload.Name };
            var id = store.Save(upload);
            Log.Evaluated(logger, profile.Id, plan.Id, year, unit ?? plan.AreaCode ?? "-", upload.Observations.Count, upload.Results?.Results.Count ?? 0, upload.Name ?? "-", upload.Results?.Name ?? "-");
            var monitoring = reports.Render(ReportKind.Monitoring, OutputFormat.Html, input);
            return Of(plan.Title, EvaluationBody(id, year, input, monitoring), head: MonitoringStyles(monitoring) + ScreenStyles);
        }
        catch (Exception e) when (e is ChildPlanInputException or ArgumentException or KeyNotFoundException)
        {
            Log.Refused(logger, profile.Id, plan.Id, MessageOf(e));
            return Problem(MessageOf(e));
        }
    }

    /// <summary>
    /// What the uploaded files carry: the observations of one data CSV (field <c>files</c>), or of any number of collection
    /// workbooks and agency forms for the plan and year; and the agencies' results, from the agency forms and a results CSV
    /// (field <c>results</c>), named by the files they came from.
    /// </summary>
    private static Upload Read(IFormCollection form, IChildPlanProfile profile, Plan plan, int year)
    {
        if (form.Files.FirstOrDefault(f => f.Name is not ("files" or "results")) is { } stray)
        {
            throw new ArgumentException($"The file {stray.FileName} came in the field '{stray.Name}'; data go in 'files' and a results CSV in 'results'.");
        }

        var culture = CsvCulture.FromName(string.IsNullOrEmpty(form["culture"]) ? "invariant" : form["culture"].ToString());
        var files = form.Files.GetFiles("files").Where(f => f.Length > 0).ToList();
        var workbooks = files.Where(f => f.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)).ToList();
        var observations = new List<Observation>();
        if (workbooks.Count == 0 && files.Count > 0)
        {
            if (files.Count > 1)
            {
                throw new ArgumentException($"Upload one data CSV, not {files.Count} files ({string.Join(", ", files.Select(f => f.FileName))}); several files must be collection workbooks or agency forms (.xlsx).");
            }

            using var reader = new StreamReader(files[0].OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            observations.AddRange(ObservationFile.Read(reader, files[0].FileName, culture));
        }
        else if (workbooks.Count != files.Count)
        {
            throw new ArgumentException($"Upload one data CSV or collection workbooks and agency forms (.xlsx), not both: {string.Join(", ", files.Except(workbooks).Select(f => f.FileName))} is not a workbook.");
        }

        var results = new List<AgencyResult>();
        var resultFiles = new List<string>();
        foreach (var file in workbooks)
        {
            using var stream = file.OpenReadStream();
            var data = CollectionWorkbook.Read(stream, file.FileName, plan);
            if (data.Year != year)
            {
                throw new ChildPlanInputException(file.FileName, $"the workbook holds the numbers of {data.Year}, not of {year}.");
            }

            observations.AddRange(data.Observations);
            if (data.Results.Count > 0)
            {
                results.AddRange(data.Results);
                resultFiles.Add(file.FileName);
            }
        }

        foreach (var file in form.Files.GetFiles("results").Where(f => f.Length > 0))
        {
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            results.AddRange(ResultsFile.Read(reader, file.FileName, culture));
            resultFiles.Add(file.FileName);
        }

        return new Upload(
            profile.Id,
            plan.Id,
            year,
            files.Count > 0 ? string.Join(", ", files.Select(f => f.FileName)) : null,
            observations,
            resultFiles.Count > 0 ? new ResultSet(plan.Id, string.Join(", ", resultFiles), IsSample: false, results) : null);
    }

    private static string EvaluationBody(string id, int year, ReportInput input, string monitoring)
    {
        var query = Query(input, year);
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p id=\"summary\">Evaluated {input.Evaluation.Results.Count} indicator(s) for {year} {(input.DataSource is null ? "without data: no data file was uploaded" : "from " + E(input.DataSource))}.</p>")
            .Append(CultureInfo.InvariantCulture, $"<p id=\"results\">{E(ResultsSummary(input, year))}</p>")
            .Append("<p id=\"downloads\">Annual report: ")
            .AppendJoin(" ", Downloads.Select(d => $"<a href=\"/evaluations/{id}/annual.{d.Extension}?{query}\">{d.Extension.ToUpperInvariant()}</a>"))
            .Append(CultureInfo.InvariantCulture, $" · Monitoring workbook: <a href=\"/evaluations/{id}/monitoring.xlsx?{query}\">XLSX</a>")
            .Append(CultureInfo.InvariantCulture, $" · Collection workbooks of the units below: <a href=\"/collection-workbooks?{query}\">ZIP</a>")
            .Append(CultureInfo.InvariantCulture, $" · Agency forms: <a href=\"/agency-forms?{query}\">ZIP</a></p>")
            .Append("<section id=\"evaluation\">")
            .Append(BodyOf(monitoring))
            .Append("</section>");
        return body.ToString();
    }

    /// <summary>
    /// Which agencies' results the reports use: how many of them, from which files, go into the annual report of
    /// <paramref name="year"/> and what it makes of them; results of other periods are counted, not left out silently.
    /// </summary>
    private static string ResultsSummary(ReportInput input, int year)
    {
        if (input.Results is not { } set)
        {
            return "No results of the agencies are used: the upload had none (no filled row in an agency form, no results CSV).";
        }

        var annual = set.In(ReportingPeriod.WholeYear(year)).Count();
        var other = set.Results.Count - annual;
        return (set.IsSample ? "No results of the agencies were uploaded, so the profile's sample results stand in, and the reports say so; upload filled agency forms or a results CSV to report the agencies' own. " : string.Empty)
            + $"{annual} result(s) of {year} from {set.Name} go into the annual report"
            + (other > 0 ? $" (the other {other} are of the first half-year or of other years, and are not in it)" : string.Empty)
            + $": {ReportModelBuilder.Build(ReportKind.Annual, input).TaskSummary.Text}";
    }

    private static async Task<IResult> Download(string id, string kind, string extension, HttpRequest request, IProfileCatalog catalog, ReportService reports, UploadStore store, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(LogCategory);
        if (store.Load(id) is not { } upload)
        {
            return Problem($"No upload '{id}' is kept here (uploads are kept for {RetentionText.Format(store.Retention)}, BackOffice:UploadRetention); upload the data again.", StatusCodes.Status404NotFound);
        }

        var q = request.Query;
        if (!TryPlan(catalog, q["profile"].ToString(), q["plan"].ToString(), out var profile, out var plan, out var problem))
        {
            return problem;
        }

        if (!int.TryParse(q["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return Problem($"The year '{q["year"]}' is not a year.");
        }

        // An upload's downloads are for what it was evaluated for: its data are not evaluated against another plan or year.
        if ((profile.Id, plan.Id, year) != (upload.ProfileId, upload.PlanId, upload.Year))
        {
            return Problem($"Upload '{id}' holds data for profile '{upload.ProfileId}', plan '{upload.PlanId}', year {upload.Year}, not for profile '{profile.Id}', plan '{plan.Id}', year {year}; upload the data again for that plan and year.");
        }

        try
        {
            var unit = string.IsNullOrEmpty(q["unit"]) ? null : q["unit"].ToString();
            var input = reports.Prepare(profile.Id, plan.Id, year, upload.Observations, unit, results: upload.Results) with { DataSource = upload.Name };
            var stem = $"{plan.Id}-{year}-{input.Evaluation.UnitCode}";
            using var buffer = new MemoryStream();
            if (kind == "monitoring" && extension == "xlsx")
            {
                reports.WriteMonitoringWorkbook(input, buffer);
                return Results.File(buffer.ToArray(), Xlsx, $"{stem}-monitoring.xlsx");
            }

            var download = Downloads.FirstOrDefault(d => d.Extension == extension);
            if (kind != "annual" || download.Extension is null)
            {
                return Problem($"There is no download '{kind}.{extension}': the annual report is offered as {string.Join(", ", Downloads.Select(d => "annual." + d.Extension))}, and the monitoring workbook as monitoring.xlsx.", StatusCodes.Status404NotFound);
            }

            await reports.WriteAsync(ReportKind.Annual, download.Format, input, buffer, request.HttpContext.RequestAborted).ConfigureAwait(false);
            return Results.File(buffer.ToArray(), download.ContentType, $"{stem}-annual.{download.Extension}");
        }
        catch (Exception e) when (e is PdfPrintException or InvalidOperationException && extension == "pdf")
        {
            Log.NoPdf(logger, e.Message);
            return Problem($"PDF cannot be made on this server: {e.Message}", StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception e) when (e is ChildPlanInputException or ArgumentException or KeyNotFoundException)
        {
            return Problem(MessageOf(e));
        }
    }

    private static IResult CollectionWorkbooks(HttpRequest request, IProfileCatalog catalog, IClock clock)
    {
        if (!TryPlanYear(request.Query, catalog, out var profile, out var plan, out var year, out var problem))
        {
            return problem;
        }

        var parent = string.IsNullOrEmpty(request.Query["unit"]) ? plan.AreaCode : request.Query["unit"].ToString();
        var hierarchy = new AdministrativeHierarchy(profile.Units, profile.Changes);
        if (parent is null || hierarchy.Find(parent) is null)
        {
            return Problem($"The unit '{parent}' is not one of the profile's units.");
        }

        var children = hierarchy.ChildrenOn(parent, new LocalDate(year, 12, 31)).ToList();
        if (children.Count == 0)
        {
            return Problem($"The unit '{parent}' has no units below it at the end of {year}.");
        }

        var options = new CollectionOptions { Created = clock.GetCurrentInstant() };
        return Zip($"{plan.Id}-{year}-{parent}-collection.zip", children.Select(child =>
            ($"{plan.Id}-{year}-{child.Code}.xlsx", (Action<Stream>)(s => CollectionWorkbook.Write(plan, year, child, options, s)))));
    }

    private static IResult AgencyForms(HttpRequest request, IProfileCatalog catalog, IClock clock)
    {
        if (!TryPlanYear(request.Query, catalog, out var profile, out var plan, out var year, out var problem))
        {
            return problem;
        }

        // One form for each agency, and each unit answering for one, that reports on the plan's tasks and duties for the year.
        var period = ReportingPeriod.WholeYear(year);
        var reporters = ResultReporters.Expected(plan, period, new AdministrativeHierarchy(profile.Units, profile.Changes));
        if (reporters.Count == 0)
        {
            return Problem($"Plan '{plan.Id}' names no agency with duties or tasks to report on in {year}.");
        }

        var created = clock.GetCurrentInstant();
        return Zip($"{plan.Id}-{year}-agency-forms.zip", reporters.Select(reporter =>
            ($"{plan.Id}-{year}-{reporter.Id}.xlsx", (Action<Stream>)(s => CollectionWorkbook.WriteAgencyForm(plan, period, reporter, AgencyFormOptions.For(plan, period, reporter, profile.Changes, created), s)))));
    }

    /// <summary>A zip of workbooks, each written into a buffer first and then into its entry (a zip entry cannot seek).</summary>
    private static IResult Zip(string name, IEnumerable<(string Name, Action<Stream> Write)> workbooks)
    {
        using var zipped = new MemoryStream();
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entryName, write) in workbooks)
            {
                using var entry = zip.CreateEntry(entryName, CompressionLevel.Fastest).Open();
                using var workbook = new MemoryStream();
                write(workbook);
                workbook.Position = 0;
                workbook.CopyTo(entry);
            }
        }

        return Results.File(zipped.ToArray(), "application/zip", name);
    }

    /// <summary>The profile, plan and year a blank-form download asks for.</summary>
    private static bool TryPlanYear(IQueryCollection q, IProfileCatalog catalog, out IChildPlanProfile profile, out Plan plan, out int year, out IResult problem)
    {
        year = 0;
        if (!TryPlan(catalog, q["profile"].ToString(), q["plan"].ToString(), out profile, out plan, out problem))
        {
            return false;
        }

        if (!int.TryParse(q["year"], NumberStyles.None, CultureInfo.InvariantCulture, out year) || !plan.Years.Contains(year))
        {
            problem = Problem($"The year '{q["year"]}' is not one of the plan's years ({plan.Years.From}–{plan.Years.To}).");
            return false;
        }

        return true;
    }

    private static bool TryPlan(IProfileCatalog catalog, string profileId, string planId, out IChildPlanProfile profile, out Plan plan, out IResult problem)
    {
        profile = null!;
        plan = null!;
        problem = Results.Empty;
        if (!catalog.TryGetProfile(profileId, out var found))
        {
            problem = Problem($"No profile '{profileId}' is installed; installed: {string.Join(", ", catalog.Profiles.Select(p => p.Id))}.");
            return false;
        }

        profile = found;
        if (found.Plans.FirstOrDefault(p => p.Id == planId) is not { } foundPlan)
        {
            problem = Problem($"Profile '{profileId}' has no plan '{planId}'; its plans: {string.Join(", ", found.Plans.Select(p => p.Id))}.");
            return false;
        }

        plan = foundPlan;
        return true;
    }

    private static string Query(ReportInput input, int year) =>
        $"profile={Uri.EscapeDataString(input.Plan.ProfileId ?? string.Empty)}&amp;plan={Uri.EscapeDataString(input.Plan.Id)}&amp;year={year.ToString(CultureInfo.InvariantCulture)}&amp;unit={Uri.EscapeDataString(input.Evaluation.UnitCode ?? string.Empty)}";

    /// <summary>
    /// The message of <paramref name="e"/> as a person reads it: an <see cref="ArgumentException"/>'s without the
    /// " (Parameter 'name')" the runtime adds for the developer.
    /// </summary>
    private static string MessageOf(Exception e)
    {
        if (e is ArgumentException { ParamName: { Length: > 0 } name })
        {
            var suffix = new ArgumentException(string.Empty, name).Message; // " (Parameter 'name')", in the runtime's language
            if (suffix.Length > 0 && e.Message.EndsWith(suffix, StringComparison.Ordinal))
            {
                return e.Message[..^suffix.Length];
            }
        }

        return e.Message;
    }

    private static string TooBig(long length, long limit) => $"The upload is {length} bytes; the largest accepted is {limit} bytes (BackOffice:MaxUploadBytes).";

    /// <summary>How a retention is written in messages, in hours, minutes and seconds: 1:00:00, or 48:00:00 for two days.</summary>
    private static readonly DurationPattern RetentionText = DurationPattern.CreateWithInvariantCulture("-H:mm:ss");

    /// <summary>
    /// The screen layout of the evaluation, after the report's own styles (which are the A4 print stylesheet of the
    /// library's templates, left as they are): the app's page keeps its own font and margins, and the report fills the
    /// window instead of an A4 sheet, with room for the indicator names and larger charts; a table wider than the window
    /// scrolls inside its section.
    /// </summary>
    private const string ScreenStyles = """
        <style>
        html { background: none; }
        body { font-family: sans-serif; font-size: 1rem; line-height: 1.4; margin: 1.5em; }
        body > p { text-align: left; text-indent: 0; }
        #evaluation { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 12pt; overflow-x: auto; border-top: 1px solid #ccc; margin-top: 1em; }
        #evaluation .page, #evaluation .page.wide { max-width: none; margin: 1em 0 0; padding: 0; background: none; }
        #evaluation table.data { font-size: 11pt; }
        #evaluation table.data td:nth-child(2) { min-width: 18em; }
        #evaluation table.data td:nth-child(5) { min-width: 9em; }
        #evaluation table.data td:nth-child(8) { min-width: 7.5em; }
        #evaluation table.data thead th { position: sticky; top: 0; background: #fff; box-shadow: inset 0 -1px #000; }
        #evaluation table.data tbody tr:hover td { background: #f3f7ff; }
        #evaluation svg.chart { width: 180px; height: auto; }
        </style>
        """;

    /// <summary>The monitoring report's own styles, for the page that shows it.</summary>
    private static string MonitoringStyles(string monitoring) =>
        string.Concat(StyleBlock().Matches(monitoring).Select(m => m.Value));

    private static string BodyOf(string html) => BodyContent().Match(html) is { Success: true } m ? m.Groups["body"].Value : html;

    [GeneratedRegex("<style[^>]*>.*?</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex StyleBlock();

    [GeneratedRegex("<body[^>]*>(?<body>.*)</body>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex BodyContent();

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Evaluated {Profile}/{Plan} {Year} for unit {Unit}: {Count} observation(s) from {Source}, {ResultCount} result(s) from {ResultSource}")]
        public static partial void Evaluated(ILogger logger, string profile, string plan, int year, string unit, int count, int resultCount, string source, string resultSource);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an upload for {Profile}/{Plan}: {Problem}")]
        public static partial void Refused(ILogger logger, string profile, string plan, string problem);

        [LoggerMessage(Level = LogLevel.Warning, Message = "No PDF: {Problem}")]
        public static partial void NoPdf(ILogger logger, string problem);
    }
}
