using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ChildPlan.Profiles;
using ChildPlan.Reporting.Workbooks;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ChildPlan.Samples.Tests;

/// <summary>The back-office sample's pages and downloads, through its HTTP endpoints (hosted in-process).</summary>
public sealed partial class BackOfficeEndpointTests : IClassFixture<BackOfficeFactory>
{
    private readonly BackOfficeFactory factory;
    private readonly SampleData data;

    public BackOfficeEndpointTests(BackOfficeFactory factory)
    {
        this.factory = factory;
        data = SampleData.From(factory.Services);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_start_page_lists_every_installed_profile()
    {
        using var client = factory.CreateClient();
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative), Cancel);

        var catalog = factory.Services.GetRequiredService<IProfileCatalog>();
        Assert.NotEmpty(catalog.Profiles);
        Assert.All(catalog.Profiles, p => Assert.Contains($"<a href=\"/profiles/{p.Id}\">{p.Name}</a>", page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_plan_page_offers_the_years_units_and_the_upload()
    {
        using var client = factory.CreateClient();
        var page = await client.GetStringAsync(new Uri($"/profiles/{data.Profile.Id}/plans/{data.Plan.Id}", UriKind.Relative), Cancel);

        Assert.Contains("enctype=\"multipart/form-data\"", page, StringComparison.Ordinal);
        Assert.Contains($"<option>{data.Plan.Years.From}</option>", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{data.Profile.Units[0].Code}\"", page, StringComparison.Ordinal);
        Assert.Contains("type=\"file\" name=\"files\"", page, StringComparison.Ordinal);
        Assert.Contains("type=\"file\" name=\"results\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/agency-forms?profile={data.Profile.Id}&amp;plan={data.Plan.Id}&amp;year={data.Plan.Years.To}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploading_a_good_csv_shows_the_evaluation_as_the_monitoring_report_with_its_tables_and_the_downloads()
    {
        var (status, page) = await Upload(data.CsvBytes, "data.csv");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("(?s)<section id=\"evaluation\">.*<table", page);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("from data.csv", page, StringComparison.Ordinal);
        foreach (var link in new[] { "annual.html", "annual.md", "annual.docx", "annual.pdf", "monitoring.xlsx" })
        {
            Assert.Contains(link + "?profile=", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_csv_without_the_data_columns_is_refused_with_400_naming_the_file_line_and_columns()
    {
        var (status, page) = await Upload("indicator,year\nX,2020\n"u8.ToArray(), "wrong.csv");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("wrong.csv:1: missing column(s) value, numerator, denominator, unit.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_with_a_bad_row_is_refused_with_400_naming_its_line()
    {
        var csv = "indicator,year,value,numerator,denominator,unit\nA,2020,1,,,\nA,not-a-year,1,,,\n";
        var (status, page) = await Upload(System.Text.Encoding.UTF8.GetBytes(csv), "rows.csv");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("rows.csv:3", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workbook_of_another_plan_is_refused_with_400_naming_the_file()
    {
        var other = factory.Services.GetRequiredService<IProfileCatalog>().Profiles.SelectMany(p => p.Plans).First(p => p.Id != data.Plan.Id);
        var unit = new AdministrativeUnit("00", "Unit", AdministrativeLevel.Province, null);
        using var workbook = new MemoryStream();
        CollectionWorkbook.Write(other, other.Years.From, unit, new CollectionOptions { Created = Instant.FromUtc(2025, 1, 1, 0, 0) }, workbook);

        var (status, page) = await Upload(workbook.ToArray(), "other.xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("other.xlsx", page, StringComparison.Ordinal);
        Assert.Contains(other.Id, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_is_refused_with_400_naming_the_limit()
    {
        using var small = new BackOfficeFactory { MaxUploadBytes = 100 };
        using var client = small.CreateClient();
        using var form = Form(data.Profile.Id, data.Plan.Id, data.Year, data.CsvBytes, "data.csv");

        using var response = await client.PostAsync(new Uri("/evaluations", UriKind.Relative), form, Cancel);
        var page = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("the largest accepted is 100 bytes", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_plan_is_refused_with_400_listing_the_profiles_plans()
    {
        using var client = factory.CreateClient();
        using var form = Form(data.Profile.Id, "no-such-plan", data.Year, data.CsvBytes, "data.csv");

        using var response = await client.PostAsync(new Uri("/evaluations", UriKind.Relative), form, Cancel);
        var page = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("has no plan &#x27;no-such-plan&#x27;; its plans: " + string.Join(", ", data.Profile.Plans.Select(p => p.Id)), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_downloads_have_their_content_types_and_open_in_their_readers()
    {
        var (_, page) = await Upload(data.CsvBytes, "data.csv");
        using var client = factory.CreateClient();

        var html = await Get(client, page, "annual.html", "text/html");
        Assert.Contains("<html", System.Text.Encoding.UTF8.GetString(html), StringComparison.OrdinalIgnoreCase);

        var markdown = await Get(client, page, "annual.md", "text/markdown");
        Assert.Contains("#", System.Text.Encoding.UTF8.GetString(markdown), StringComparison.Ordinal);

        var docx = await Get(client, page, "annual.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false))
        {
            Assert.Contains(data.Plan.Title, word.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        }

        var xlsx = await Get(client, page, "monitoring.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using (var sheet = SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false))
        {
            Assert.NotEmpty(sheet.WorkbookPart!.WorksheetParts);
        }

        using (var workbook = new XLWorkbook(new MemoryStream(xlsx)))
        {
            Assert.NotEmpty(workbook.Worksheets);
        }
    }

    [Fact]
    public async Task The_pdf_download_is_a_pdf_when_a_browser_is_installed_and_a_503_naming_the_problem_otherwise()
    {
        var (_, page) = await Upload(data.CsvBytes, "data.csv");
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(Link(page, "annual.pdf"), UriKind.Relative), Cancel);
        var body = await response.Content.ReadAsByteArrayAsync(Cancel);

        if (ExternalTool.HasChromium())
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("%PDF"u8.ToArray(), body[..4]);
        }
        else
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("PDF cannot be made on this server", System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_collection_workbooks_of_the_units_below_come_as_a_zip_that_uploads_back()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri($"/collection-workbooks?profile={data.Profile.Id}&plan={data.Plan.Id}&year={data.Year}", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);

        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel)));
        Assert.NotEmpty(zip.Entries);
        var first = zip.Entries[0];
        using var entry = new MemoryStream();
        await using (var stream = await first.OpenAsync(Cancel))
        {
            await stream.CopyToAsync(entry, Cancel);
        }

        var collected = CollectionWorkbook.Read(new MemoryStream(entry.ToArray()), first.Name, data.Plan);
        Assert.Equal(data.Year, collected.Year);

        var (status, page) = await Upload(entry.ToArray(), first.Name);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("from " + first.Name, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_download_after_the_upload_retention_answers_404_saying_to_upload_again()
    {
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 27, 8, 0));
        using var app = new BackOfficeFactory { Clock = clock };
        using var client = app.CreateClient();
        using var form = Form(data.Profile.Id, data.Plan.Id, data.Year, data.CsvBytes, "data.csv");
        using var upload = await client.PostAsync(new Uri("/evaluations", UriKind.Relative), form, Cancel);
        var link = Link(await upload.Content.ReadAsStringAsync(Cancel), "annual.md");

        clock.Advance(Duration.FromMinutes(59));
        using (var kept = await client.GetAsync(new Uri(link, UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        }

        clock.Advance(Duration.FromMinutes(1));
        using var expired = await client.GetAsync(new Uri(link, UriKind.Relative), Cancel);
        var page = WebUtility.HtmlDecode(await expired.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Matches("No upload '[0-9a-f]{32}' is kept here \\(uploads are kept for 1:00:00, BackOffice:UploadRetention\\); upload the data again\\.", page);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("year")]
    public async Task A_download_link_edited_to_another_plan_or_year_is_refused_with_400_not_evaluated_against_it(string edited)
    {
        using var client = factory.CreateClient();
        using var form = Form(data.Profile.Id, data.Plan.Id, data.Year, data.CsvBytes, "data.csv");
        using var upload = await client.PostAsync(new Uri("/evaluations", UriKind.Relative), form, Cancel);
        var link = Link(await upload.Content.ReadAsStringAsync(Cancel), "annual.md");
        var id = Regex.Match(link, "/evaluations/(?<id>[0-9a-f]{32})/").Groups["id"].Value;
        var (plan, year) = edited == "plan"
            ? (data.Profile.Plans.First(p => p.Id != data.Plan.Id).Id, data.Year)
            : (data.Plan.Id, data.Year - 1);
        link = link.Replace($"plan={data.Plan.Id}&", $"plan={plan}&", StringComparison.Ordinal).Replace($"year={data.Year}&", $"year={year}&", StringComparison.Ordinal);

        using var response = await client.GetAsync(new Uri(link, UriKind.Relative), Cancel);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"Upload '{id}' holds data for profile '{data.Profile.Id}', plan '{data.Plan.Id}', year {data.Year}, not for profile '{data.Profile.Id}', plan '{plan}', year {year}; upload the data again for that plan and year.", page, StringComparison.Ordinal);
        Assert.DoesNotContain(id + ".csv", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_argument_refused_by_the_library_is_shown_without_the_parameter_name()
    {
        using var client = factory.CreateClient();
        using var form = Form(data.Profile.Id, data.Plan.Id, data.Year, data.CsvBytes, "data.csv");
        form.Add(new StringContent("xx-XX"), "culture");

        using var response = await client.PostAsync(new Uri("/evaluations", UriKind.Relative), form, Cancel);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unsupported data culture 'xx-XX'; use 'invariant' or 'vi-VN'.<", page, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", page, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, string Page)> Upload(byte[] file, string name)
    {
        using var client = factory.CreateClient();
        using var form = Form(data.Profile.Id, data.Plan.Id, data.Year, file, name);
        using var response = await client.PostAsync(new Uri("/evaluations", UriKind.Relative), form, Cancel);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
    }

    private static MultipartFormDataContent Form(string profile, string plan, int year, byte[] file, string name)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(profile), "profile" },
            { new StringContent(plan), "plan" },
            { new StringContent(year.ToString(System.Globalization.CultureInfo.InvariantCulture)), "year" },
            { new StringContent(string.Empty), "unit" },
        };
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/octet-stream");
        form.Add(content, "files", name);
        return form;
    }

    private static string Link(string page, string download) =>
        WebUtility.HtmlDecode(Regex.Match(page, $"href=\"(?<href>/evaluations/[0-9a-f]+/{Regex.Escape(download)}\\?[^\"]*)\"").Groups["href"].Value);

    private static async Task<byte[]> Get(HttpClient client, string page, string download, string mediaType)
    {
        using var response = await client.GetAsync(new Uri(Link(page, download), UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsByteArrayAsync(Cancel);
        Assert.NotEmpty(body);
        return body;
    }
}
