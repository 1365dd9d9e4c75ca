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
/// workbooks; see the evaluation (the library's monitoring report, with its charts); download the reports, the monitoring
/// workbook and the collection workbooks of the units below.
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
        var body = new StringBuilder()
            .Append("<form id=\"evaluate\" method=\"post\" action=\"/evaluations\" enctype=\"multipart/form-data\">")
            .Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"profile\" value=\"{E(profile.Id)}\"><input type=\"hidden\" name=\"plan\" value=\"{E(plan.Id)}\">")
            .Append("<label>Year <select name=\"year\">")
            .AppendJoin(string.Empty, years.Select(y => string.Create(CultureInfo.InvariantCulture, $"<option{(y == plan.Years.To ? " selected" : string.Empty)}>{y}</option>")))
            .Append("</select></label><label>Unit <select name=\"unit\"><option value=\"\">The plan's area</option>")
            .AppendJoin(string.Empty, profile.Units.DistinctBy(u => u.Code).Select(u => $"<option value=\"{E(u.Code)}\">{E(u.Name)} ({E(u.Code)})</option>"))
            .Append("</select></label><label>Number format of a CSV <select name=\"culture\"><option value=\"invariant\">invariant (comma-separated, 1.5)</option><option value=\"vi-VN\">vi-VN (semicolon-separated, 1,5)</option></select></label>")
            .Append("<label>Data: a data CSV, or one or more filled collection workbooks (.xlsx) <input type=\"file\" name=\"files\" multiple accept=\".csv,.xlsx\"></label>")
            .Append("<button type=\"submit\">Evaluate</button></form>")
            .Append(CultureInfo.InvariantCulture, $"<p>Blank collection workbooks of the units below the plan's area, for {plan.Years.To}: <a id=\"collection\" href=\"/collection-workbooks?profile={Uri.EscapeDataString(profile.Id)}&amp;plan={Uri.EscapeDataString(plan.Id)}&amp;year={plan.Years.To}\">zip</a></p>");
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
            return Problem("No file was uploaded: choose a data CSV or filled collection workbooks (.xlsx).");
        }

        try
        {
            var (name, observations) = Read(form, plan, year);
            var input = reports.Prepare(profile.Id, plan.Id, year, observations, unit) with { DataSource = name };
            var id = store.Save(name, observations);
            Log.Evaluated(logger, profile.Id, plan.Id, year, unit ?? plan.AreaCode ?? "-", observations.Count, name);
            var monitoring = reports.Render(ReportKind.Monitoring, OutputFormat.Html, input);
            return Of(plan.Title, EvaluationBody(id, year, input, monitoring), head: MonitoringStyles(monitoring) + ScreenStyles);
        }
        catch (Exception e) when (e is ChildPlanInputException or ArgumentException or KeyNotFoundException)
        {
            Log.Refused(logger, profile.Id, plan.Id, e.Message);
            return Problem(e.Message);
        }
    }

    /// <summary>The observations of the uploaded files: one data CSV, or any number of collection workbooks for the plan and year.</summary>
    private static (string Name, IReadOnlyList<Observation> Observations) Read(IFormCollection form, Plan plan, int year)
    {
        var files = form.Files.Where(f => f.Length > 0).ToList();
        var workbooks = files.Where(f => f.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)).ToList();
        if (workbooks.Count == 0)
        {
            if (files.Count > 1)
            {
                throw new ArgumentException($"Upload one data CSV, not {files.Count} files ({string.Join(", ", files.Select(f => f.FileName))}); several files must be collection workbooks (.xlsx).");
            }

            var culture = CsvCulture.FromName(string.IsNullOrEmpty(form["culture"]) ? "invariant" : form["culture"].ToString());
            using var reader = new StreamReader(files[0].OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return (files[0].FileName, ObservationFile.Read(reader, files[0].FileName, culture));
        }

        if (workbooks.Count != files.Count)
        {
            throw new ArgumentException($"Upload one data CSV or collection workbooks (.xlsx), not both: {string.Join(", ", files.Except(workbooks).Select(f => f.FileName))} is not a workbook.");
        }

        var observations = new List<Observation>();
        foreach (var file in workbooks)
        {
            using var stream = file.OpenReadStream();
            var data = CollectionWorkbook.Read(stream, file.FileName, plan);
            if (data.Year != year)
            {
                throw new ChildPlanInputException(file.FileName, $"the workbook holds the numbers of {data.Year}, not of {year}.");
            }

            observations.AddRange(data.Observations);
        }

        return (string.Join(", ", workbooks.Select(f => f.FileName)), observations);
    }

    private static string EvaluationBody(string id, int year, ReportInput input, string monitoring)
    {
        var query = Query(input, year);
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p id=\"summary\">Evaluated {input.Evaluation.Results.Count} indicator(s) for {year} from {E(input.DataSource)}.</p>")
            .Append("<p id=\"downloads\">Annual report: ")
            .AppendJoin(" ", Downloads.Select(d => $"<a href=\"/evaluations/{id}/annual.{d.Extension}?{query}\">{d.Extension.ToUpperInvariant()}</a>"))
            .Append(CultureInfo.InvariantCulture, $" · Monitoring workbook: <a href=\"/evaluations/{id}/monitoring.xlsx?{query}\">XLSX</a>")
            .Append(CultureInfo.InvariantCulture, $" · Collection workbooks of the units below: <a href=\"/collection-workbooks?{query}\">ZIP</a></p>")
            .Append("<section id=\"evaluation\">")
            .Append(BodyOf(monitoring))
            .Append("</section>");
        return body.ToString();
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

        try
        {
            var unit = string.IsNullOrEmpty(q["unit"]) ? null : q["unit"].ToString();
            var input = reports.Prepare(profile.Id, plan.Id, year, upload.Observations, unit) with { DataSource = upload.Name };
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
            return Problem(e.Message);
        }
    }

    private static IResult CollectionWorkbooks(HttpRequest request, IProfileCatalog catalog, IClock clock)
    {
        var q = request.Query;
        if (!TryPlan(catalog, q["profile"].ToString(), q["plan"].ToString(), out var profile, out var plan, out var problem))
        {
            return problem;
        }

        if (!int.TryParse(q["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !plan.Years.Contains(year))
        {
            return Problem($"The year '{q["year"]}' is not one of the plan's years ({plan.Years.From}–{plan.Years.To}).");
        }

        var parent = string.IsNullOrEmpty(q["unit"]) ? plan.AreaCode : q["unit"].ToString();
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
        using var zipped = new MemoryStream();
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var child in children)
            {
                using var entry = zip.CreateEntry($"{plan.Id}-{year}-{child.Code}.xlsx", CompressionLevel.Fastest).Open();
                using var workbook = new MemoryStream();
                CollectionWorkbook.Write(plan, year, child, options, workbook);
                workbook.Position = 0;
                workbook.CopyTo(entry);
            }
        }

        return Results.File(zipped.ToArray(), "application/zip", $"{plan.Id}-{year}-{parent}-collection.zip");
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
        [LoggerMessage(Level = LogLevel.Information, Message = "Evaluated {Profile}/{Plan} {Year} for unit {Unit}: {Count} observation(s) from {Source}")]
        public static partial void Evaluated(ILogger logger, string profile, string plan, int year, string unit, int count, string source);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an upload for {Profile}/{Plan}: {Problem}")]
        public static partial void Refused(ILogger logger, string profile, string plan, string problem);

        [LoggerMessage(Level = LogLevel.Warning, Message = "No PDF: {Problem}")]
        public static partial void NoPdf(ILogger logger, string problem);
    }
}
