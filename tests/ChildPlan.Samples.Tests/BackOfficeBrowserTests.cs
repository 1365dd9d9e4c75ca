using System.Net;
using ChildPlan.Reporting.Workbooks;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PuppeteerSharp;

namespace ChildPlan.Samples.Tests;

/// <summary>
/// The back-office sample on loopback (Kestrel on a free port), driven in the installed Chromium through choose → upload →
/// evaluate → download. The browser is the machine's (never downloaded); without one the test is skipped, and fails when
/// CHILDPLAN_REQUIRE_BROWSER=1. A screenshot of the evaluation goes to $CHILDPLAN_ARTIFACTS/sample/ when that is set.
/// </summary>
public sealed class BackOfficeBrowserTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_user_chooses_a_plan_uploads_its_data_sees_the_evaluation_and_downloads_the_annual_report_and_workbooks()
    {
        var chromium = ExternalTool.Chromium();
        using var factory = new BackOfficeFactory();
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var data = SampleData.From(factory.Services);

        var work = Directory.CreateTempSubdirectory("childplan-backoffice-browser-");
        try
        {
            var csv = Path.Combine(work.FullName, "data.csv");
            await File.WriteAllBytesAsync(csv, data.CsvBytes, Cancel);
            var downloads = work.CreateSubdirectory("downloads").FullName;

            var arguments = new List<string> { "--disable-gpu", "--no-first-run", "--disable-extensions" };
            if (OperatingSystem.IsLinux() && Environment.IsPrivilegedProcess)
            {
                arguments.Add("--no-sandbox");
            }

            await using var browser = await new Launcher().LaunchAsync(new LaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Pipe = true,
                UserDataDir = work.CreateSubdirectory("profile").FullName,
                Args = [.. arguments],
            });
            await using var page = await browser.NewPageAsync();
            await page.SetViewportAsync(new ViewPortOptions { Width = 1366, Height = 900 });

            // Choose: the profile, then the plan.
            await page.GoToAsync(address + "/");
            Assert.Contains(data.Profile.Name, await Text(page), StringComparison.Ordinal);
            await Follow(page, $"a[href='/profiles/{data.Profile.Id}']");
            await Follow(page, $"a[href='/profiles/{data.Profile.Id}/plans/{data.Plan.Id}']");
            Assert.Contains(data.Plan.Title, await Text(page), StringComparison.Ordinal);

            // Upload the data CSV for the year, and evaluate.
            await page.SelectAsync("select[name=year]", data.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var file = await page.QuerySelectorAsync("input[type=file]");
            await file.UploadFileAsync(csv);
            await Follow(page, "button[type=submit]");

            var text = await Text(page);
            Assert.Contains("indicator(s) for " + data.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + " from data.csv", text, StringComparison.Ordinal);
            Assert.True(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#evaluation table').length") > 0, "The evaluation shows no table.");
            Assert.True(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#evaluation svg').length") > 0, "The evaluation shows no chart.");

            // On a screen the report fills the window (its own stylesheet is an A4 sheet) and its charts are larger than in print.
            var tableShare = await page.EvaluateExpressionAsync<double>("document.querySelector('#evaluation table.data').getBoundingClientRect().width / document.documentElement.clientWidth");
            Assert.True(tableShare > 0.9, $"The evaluation table takes {tableShare:P0} of the window's width, not the full width.");
            Assert.True(await page.EvaluateExpressionAsync<double>("document.querySelector('#evaluation svg.chart').getBoundingClientRect().width") >= 150, "The charts are shown at their print size.");

            if (Environment.GetEnvironmentVariable("CHILDPLAN_ARTIFACTS") is { Length: > 0 } artifacts)
            {
                var folder = Directory.CreateDirectory(Path.Combine(artifacts, "sample")).FullName;
                await page.ScreenshotAsync(Path.Combine(folder, "back-office-evaluation.png"), new ScreenshotOptions { FullPage = true });
            }

            // Download: the annual report in every format, the monitoring workbook and the collection workbooks, as the browser saves them.
            await page.Client.SendAsync("Page.setDownloadBehavior", new Dictionary<string, object> { ["behavior"] = "allow", ["downloadPath"] = downloads });
            var html = await File.ReadAllTextAsync(await Download(page, "a[href*='/annual.html']", downloads, ".html"), Cancel);
            Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
            Assert.Contains(data.Plan.Title, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);

            var markdown = await File.ReadAllTextAsync(await Download(page, "a[href*='/annual.md']", downloads, ".md"), Cancel);
            Assert.Contains(data.Plan.Title, markdown, StringComparison.Ordinal);

            var pdf = await File.ReadAllBytesAsync(await Download(page, "a[href*='/annual.pdf']", downloads, ".pdf"), Cancel);
            Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
            Assert.Contains("%%EOF", System.Text.Encoding.ASCII.GetString(pdf[^32..]), StringComparison.Ordinal);

            var docx = await Download(page, "a[href*='/annual.docx']", downloads, ".docx");
            using (var word = WordprocessingDocument.Open(docx, isEditable: false))
            {
                Assert.Contains(data.Plan.Title, word.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
            }

            var xlsx = await Download(page, "a[href*='/monitoring.xlsx']", downloads, ".xlsx");
            using (var workbook = SpreadsheetDocument.Open(xlsx, isEditable: false))
            {
                Assert.NotEmpty(workbook.WorkbookPart!.WorksheetParts);
            }

            var zip = await Download(page, "a[href^='/collection-workbooks']", downloads, ".zip");
            using (var archive = System.IO.Compression.ZipFile.OpenRead(zip))
            {
                Assert.NotEmpty(archive.Entries);
                await using var entry = await archive.Entries[0].OpenAsync(Cancel);
                using var copy = new MemoryStream();
                await entry.CopyToAsync(copy, Cancel);
                copy.Position = 0;
                Assert.Equal(data.Year, CollectionWorkbook.Read(copy, archive.Entries[0].Name, data.Plan).Year);
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static Task<string> Text(IPage page) => page.EvaluateExpressionAsync<string>("document.body.innerText");

    private static async Task Follow(IPage page, string selector)
    {
        var navigation = page.WaitForNavigationAsync();
        await page.ClickAsync(selector);
        var response = await navigation;
        Assert.True(response.Ok, $"{selector} led to {response.Status}: {await Text(page)}");
    }

    /// <summary>Clicks a download link and returns the file the browser saved, once it is complete (at most 60 s).</summary>
    private static async Task<string> Download(IPage page, string selector, string folder, string extension)
    {
        await page.ClickAsync(selector);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        limit.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            var done = Directory.GetFiles(folder, "*" + extension).FirstOrDefault();
            if (done is not null && new FileInfo(done).Length > 0)
            {
                return done;
            }

            try
            {
                await Task.Delay(100, limit.Token);
            }
            catch (OperationCanceledException) when (!Cancel.IsCancellationRequested)
            {
                Assert.Fail($"The browser saved no {extension} file in 60 s after clicking {selector}; the folder holds: {string.Join(", ", Directory.GetFiles(folder).Select(Path.GetFileName))}.");
            }
        }
    }
}
