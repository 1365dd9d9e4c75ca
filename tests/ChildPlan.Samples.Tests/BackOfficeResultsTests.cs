using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using ChildPlan.Formats;
using ChildPlan.Indicators;
using ChildPlan.Profiles;
using ChildPlan.Reporting.Workbooks;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;

namespace ChildPlan.Samples.Tests;

/// <summary>
/// The agencies' results through the back office: blank agency forms from the page, filled and uploaded (alone or as a
/// results CSV), go into the evaluation page's summary and every download; results that do not fit are 400.
/// </summary>
public sealed class BackOfficeResultsTests : IClassFixture<BackOfficeFactory>
{
    private readonly BackOfficeFactory factory;

    public BackOfficeResultsTests(BackOfficeFactory factory) => this.factory = factory;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Plans whose progress is only what the agencies did: they have tasks and duties and no indicators.</summary>
    public static TheoryData<string, string, int> PlansWithoutIndicators => new()
    {
        { "hai-duong", "kh-ct18", 2019 },
        { "tay-ninh", "kh-2023", 2023 },
    };

    [Theory]
    [MemberData(nameof(PlansWithoutIndicators))]
    public async Task Filled_agency_forms_from_the_page_go_into_the_evaluation_and_the_annual_report(string profile, string plan, int year)
    {
        using var client = factory.CreateClient();
        var forms = await AgencyForms(client, profile, plan, year);
        Assert.True(forms.Count >= 2, $"The agency forms zip has {forms.Count} form(s).");
        var filled = forms.Take(2).Select((f, i) => (f.Name, Content: FillFirstTask(f.Content, "Đã hoàn thành", $"Kết quả thử nghiệm {i + 1} của {f.Name}."))).ToList();

        var (status, page) = await Post(client, profile, plan, year, filled.Select(f => ("files", f.Name, f.Content)));

        Assert.True(status == HttpStatusCode.OK, page);
        Assert.Contains($"Evaluated 0 indicator(s) for {year} from {filled[0].Name}, {filled[1].Name}.", page, StringComparison.Ordinal);
        var summary = Regex.Match(Results(page), $"^2 result\\(s\\) of {year} from {Regex.Escape(filled[0].Name)}, {Regex.Escape(filled[1].Name)} go into the annual report: (?<summary>[0-9]+/[0-9]+ [^,]+ đã hoàn thành, .*)$");
        Assert.True(summary.Success, Results(page));

        var annual = await Download(client, page, "annual.html");
        Assert.Contains(summary.Groups["summary"].Value, annual, StringComparison.Ordinal);
        Assert.Contains($"Kết quả thử nghiệm 1 của {filled[0].Name}.", annual, StringComparison.Ordinal);
        Assert.Contains($"Kết quả thử nghiệm 2 của {filled[1].Name}.", annual, StringComparison.Ordinal);
        Assert.Contains("Kết quả thử nghiệm 1", await Download(client, page, "annual.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agency_forms_and_the_units_workbooks_are_read_together()
    {
        // A plan with indicators, whose area has units below it, and agencies that report on its tasks and duties.
        var (profile, plan) = factory.Services.GetRequiredService<IProfileCatalog>().Profiles
            .SelectMany(p => p.Plans.Select(plan => (Profile: p, Plan: plan)))
            .First(x => x.Plan.Indicators.Count > 0 && x.Plan.AreaCode is not null
                && ResultReporters.Expected(x.Plan, ReportingPeriod.WholeYear(x.Plan.Years.To), new AdministrativeHierarchy(x.Profile.Units, x.Profile.Changes)).Count > 0);
        var year = plan.Years.To;
        using var client = factory.CreateClient();
        var form = (await AgencyForms(client, profile.Id, plan.Id, year))[0];
        var filled = FillFirstTask(form.Content, "Đang thực hiện", "Đang triển khai thử nghiệm.");
        var workbook = (await Zip(client, $"/collection-workbooks?profile={profile.Id}&plan={plan.Id}&year={year}"))[0];

        var (status, page) = await Post(client, profile.Id, plan.Id, year, [("files", workbook.Name, workbook.Content), ("files", form.Name, filled)]);

        Assert.True(status == HttpStatusCode.OK, page);
        Assert.Contains($"from {workbook.Name}, {form.Name}.", page, StringComparison.Ordinal);
        Assert.StartsWith($"1 result(s) of {year} from {form.Name} go into the annual report", Results(page), StringComparison.Ordinal);
        Assert.Contains("Đang triển khai thử nghiệm.", await Download(client, page, "annual.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_results_csv_goes_into_the_annual_report_and_the_results_of_other_periods_are_counted()
    {
        var catalog = factory.Services.GetRequiredService<IProfileCatalog>();
        var own = catalog.Profiles.Single(p => p.Id == "tay-ninh").ResultsFor("kh-2023")!;
        using var csv = new StringWriter();
        ResultsFile.Write(csv, own.Results);
        var annual = own.Results.Count(r => r.Period == ReportingPeriod.WholeYear(2023));
        Assert.InRange(annual, 1, own.Results.Count - 1);
        using var client = factory.CreateClient();

        var (status, page) = await Post(client, "tay-ninh", "kh-2023", 2023, [("results", "ket-qua.csv", Encoding.UTF8.GetBytes(csv.ToString()))]);

        Assert.True(status == HttpStatusCode.OK, page);
        Assert.Contains("without data: no data file was uploaded", page, StringComparison.Ordinal);
        Assert.StartsWith($"{annual} result(s) of 2023 from ket-qua.csv go into the annual report (the other {own.Results.Count - annual} are of the first half-year or of other years, and are not in it): ", Results(page), StringComparison.Ordinal);
        var report = await Download(client, page, "annual.html");
        Assert.Contains(Results(page).Split("): ")[1], report, StringComparison.Ordinal);
        Assert.Contains(own.Results.First(r => r.Period == ReportingPeriod.WholeYear(2023) && r.Text.Length > 0).Text, report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_uploaded_results_the_page_says_the_profiles_sample_results_stand_in()
    {
        using var client = factory.CreateClient();

        var (status, page) = await Post(client, "hai-duong", "kh-ct18", 2019, [("files", "data.csv", "indicator,year,value,numerator,denominator,unit\n"u8.ToArray())]);

        Assert.True(status == HttpStatusCode.OK, page);
        Assert.StartsWith("No results of the agencies were uploaded, so the profile's sample results stand in, and the reports say so;", Results(page), StringComparison.Ordinal);
        Assert.Contains("from kh-ct18.sample.results.csv go into the annual report", Results(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agency_form_of_another_plan_is_refused_with_400_naming_the_file_and_the_plans()
    {
        using var client = factory.CreateClient();
        var other = (await AgencyForms(client, "tay-ninh", "kh-2023", 2023))[0];

        var (status, page) = await Post(client, "hai-duong", "kh-ct18", 2019, [("files", other.Name, other.Content)]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"{other.Name}: _childplan!B2: the workbook is for plan 'kh-2023', not 'kh-ct18'.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_that_do_not_fit_the_plan_are_refused_with_400_naming_the_file_and_line()
    {
        using var client = factory.CreateClient();
        var csv = "agency,item,year,period,status,result\nso-gddt,HD3,2019,year,completed,Đã tập huấn.\nso-khong-co,HD3,2019,year,completed,Đã tập huấn.\n";

        var (status, page) = await Post(client, "hai-duong", "kh-ct18", 2019, [("results", "sai.csv", Encoding.UTF8.GetBytes(csv))]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("sai.csv:3", page, StringComparison.Ordinal);
        Assert.Contains("so-khong-co", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_in_a_field_the_form_does_not_have_is_refused_not_left_out()
    {
        using var client = factory.CreateClient();

        var (status, page) = await Post(client, "hai-duong", "kh-ct18", 2019, [("other", "x.csv", "a,b\n"u8.ToArray())]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("The file x.csv came in the field 'other'", page, StringComparison.Ordinal);
    }

    /// <summary>The evaluation page's paragraph on the agencies' results (the whole page when it has none).</summary>
    private static string Results(string page) =>
        Regex.Match(page, "<p id=\"results\">(?<text>.*?)</p>") is { Success: true } m ? m.Groups["text"].Value : page;

    /// <summary>Fills the first row of a form's tasks sheet, as an agency does in Excel.</summary>
    private static byte[] FillFirstTask(byte[] form, string status, string text)
    {
        using var workbook = new XLWorkbook(new MemoryStream(form));
        var tasks = workbook.Worksheet(CollectionWorkbook.TasksSheetName);
        tasks.Cell(CollectionWorkbook.FirstTaskRow, CollectionWorkbook.StatusColumn).SetValue(status);
        tasks.Cell(CollectionWorkbook.FirstTaskRow, CollectionWorkbook.ResultColumn).SetValue(text);
        using var saved = new MemoryStream();
        workbook.SaveAs(saved);
        return saved.ToArray();
    }

    private static Task<List<(string Name, byte[] Content)>> AgencyForms(HttpClient client, string profile, string plan, int year) =>
        Zip(client, $"/agency-forms?profile={profile}&plan={plan}&year={year}");

    private static async Task<List<(string Name, byte[] Content)>> Zip(HttpClient client, string address)
    {
        using var response = await client.GetAsync(new Uri(address, UriKind.Relative), Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel)));
        var files = new List<(string, byte[])>();
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            await using (var stream = await entry.OpenAsync(Cancel))
            {
                await stream.CopyToAsync(content, Cancel);
            }

            files.Add((entry.Name, content.ToArray()));
        }

        return files;
    }

    /// <summary>Posts the upload form; returns the status and the page, HTML-decoded.</summary>
    private static async Task<(HttpStatusCode Status, string Page)> Post(HttpClient client, string profile, string plan, int year, IEnumerable<(string Field, string Name, byte[] Content)> files)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(profile), "profile" },
            { new StringContent(plan), "plan" },
            { new StringContent(year.ToString(System.Globalization.CultureInfo.InvariantCulture)), "year" },
            { new StringContent(string.Empty), "unit" },
        };
        foreach (var (field, name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/octet-stream");
            form.Add(part, field, name);
        }

        using var response = await client.PostAsync(new Uri("/evaluations", UriKind.Relative), form, Cancel);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel)));
    }

    /// <summary>A download linked from the evaluation page, as text, HTML-decoded.</summary>
    private static async Task<string> Download(HttpClient client, string page, string download)
    {
        var link = Regex.Match(page, $"href=\"(?<href>/evaluations/[0-9a-f]+/{Regex.Escape(download)}\\?[^\"]*)\"").Groups["href"].Value;
        using var response = await client.GetAsync(new Uri(link, UriKind.Relative), Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return WebUtility.HtmlDecode(body);
    }
}
