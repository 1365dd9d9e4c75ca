using System.Globalization;
using System.Text.RegularExpressions;
using ChildPlan.Hosting;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Documents;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Pdf;
using Microsoft.Extensions.DependencyInjection;

namespace ChildPlan.Tests.Reporting;

/// <summary>
/// The library's own PDF: reports printed by <see cref="ChromiumPdfPrinter"/> with the real Chromium and read back
/// with poppler (pdfinfo, pdffonts, pdftotext). Skipped without them, failed on CI (see <see cref="ExternalTool"/>).
/// </summary>
public sealed class PdfPrinterTests
{
    private static readonly DocumentProperties Hanging = new("Trang treo", "Thử", "Thử");

    [Fact]
    public async Task The_annual_report_through_AddPdf_is_an_A4_pdf_with_vietnamese_metadata_embedded_fonts_and_the_whole_report_as_text()
    {
        var chromium = ExternalTool.Chromium();
        await using var services = new ServiceCollection()
            .AddChildPlan(b => b.AddDienBien().AddReporting().AddPdf(o => o with { ExecutablePath = chromium }))
            .BuildServiceProvider();
        var service = services.GetRequiredService<ReportService>();
        var input = service.Prepare("dien-bien", "ctht-2021-2030", 2025, details: new ReportDetails
        {
            Signer = new Signer(null, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Thử"),
        });
        var model = ReportModelBuilder.Build(ReportKind.Annual, input);
        var properties = DocumentProperties.Of(model);

        using var output = new MemoryStream();
        await service.WriteAsync(ReportKind.Annual, ReportFormat.Pdf, input, output, TestContext.Current.CancellationToken);

        using var pdf = new TemporaryPdf(output.ToArray());
        var (info, infoErrors) = ExternalTool.RunWithErrors(ExternalTool.Poppler("pdfinfo"), pdf.Path);
        Assert.Empty(infoErrors);
        Assert.Matches(@"Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)", info);
        Assert.Contains($"Title:           {properties.Title}\n", info, StringComparison.Ordinal);
        Assert.Contains($"Author:          {properties.Author}\n", info, StringComparison.Ordinal);
        Assert.Contains($"Subject:         {properties.Subject}\n", info, StringComparison.Ordinal);
        Assert.Matches(@"Tagged:\s+yes", info);
        var pages = int.Parse(Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(pages >= 2, $"expected the report to run over several pages, got {pages}");

        var fonts = ExternalTool.Run(ExternalTool.Poppler("pdffonts"), pdf.Path).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches(@"\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", f));

        var pdftotext = ExternalTool.Poppler("pdftotext");
        var text = ExternalTool.Run(pdftotext, "-layout", pdf.Path, "-");
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text, StringComparison.Ordinal);
        Assert.Contains(model.Title, text, StringComparison.Ordinal);
        Assert.Contains("Nơi nhận:", text, StringComparison.Ordinal);
        var numbers = model.Indicators.Select(r => r.Number).Where(n => n.Length > 0).Distinct().ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.Matches(@"(?m)^\s*" + Regex.Escape(n) + @"\s", text));

        var first = ExternalTool.Run(pdftotext, "-f", "1", "-l", "1", "-layout", pdf.Path, "-");
        Assert.Contains("SỞ Y TẾ", first, StringComparison.Ordinal);
        Assert.Contains("Số:", first, StringComparison.Ordinal);
        Assert.Contains("Điện Biên, ngày 31 tháng 12 năm 2025", first, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO", first, StringComparison.Ordinal);

        var last = ExternalTool.Run(pdftotext, "-f", pages.ToString(CultureInfo.InvariantCulture), "-l", pages.ToString(CultureInfo.InvariantCulture), "-layout", pdf.Path, "-");
        Assert.Contains("Nơi nhận:", last, StringComparison.Ordinal);
        Assert.Contains("PHÓ GIÁM ĐỐC", last, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn Thử", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_reports_through_one_printer_start_one_browser_even_when_printed_at_the_same_time()
    {
        await using var printer = new ChromiumPdfPrinter(new PdfPrinterOptions { ExecutablePath = ExternalTool.Chromium() });
        var reports = new[] { ("ctht-2021-2030", 2025), ("ctht-2021-2030", 2024), ("ctht-2021-2030", 2023) }
            .Select(r => ReportFixture.Render(ReportKind.Annual, ChildPlan.Reporting.Rendering.OutputFormat.Html, ReportFixture.Input(r.Item1, r.Item2)))
            .ToList();

        var outputs = await Task.WhenAll(reports.Select(async html =>
        {
            var output = new MemoryStream();
            await printer.PrintAsync(html, new DocumentProperties("Báo cáo", "Kế hoạch", "Sở Y tế"), output, TestContext.Current.CancellationToken);
            return output.ToArray();
        }));
        using var again = new MemoryStream();
        await printer.PrintAsync(reports[0], new DocumentProperties("Báo cáo", "Kế hoạch", "Sở Y tế"), again, TestContext.Current.CancellationToken);

        Assert.All(outputs.Append(again.ToArray()), pdf => Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal));
        Assert.Equal(1, printer.BrowserLaunches);
    }

    [Fact]
    public async Task A_print_that_hangs_fails_after_the_time_limit_writes_nothing_and_the_next_print_works()
    {
        await using var printer = new ChromiumPdfPrinter(new PdfPrinterOptions { ExecutablePath = ExternalTool.Chromium(), Timeout = TimeSpan.FromSeconds(3) });
        using var output = new MemoryStream();

        var error = await Assert.ThrowsAsync<PdfPrintException>(() =>
            printer.PrintAsync("<!DOCTYPE html><html><body><p>treo</p><script>while (true) {}</script></body></html>", Hanging, output, TestContext.Current.CancellationToken));

        Assert.Contains("exceeded its time limit of 3 s", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
        await printer.PrintAsync("<!DOCTYPE html><html lang=\"vi\"><body><p>Tiếp theo</p></body></html>", new DocumentProperties("Tiếp", "Thử", "Thử"), output, TestContext.Current.CancellationToken);
        Assert.True(output.Length > 0);
    }

    [Fact]
    public async Task A_browser_that_died_is_started_again_for_the_next_print()
    {
        await using var printer = new ChromiumPdfPrinter(new PdfPrinterOptions { ExecutablePath = ExternalTool.Chromium() });
        await printer.PrintAsync("<!DOCTYPE html><html><body><p>Một</p></body></html>", Hanging, Stream.Null, TestContext.Current.CancellationToken);
        var process = printer.BrowserProcess!;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        using var output = new MemoryStream();

        await printer.PrintAsync("<!DOCTYPE html><html><body><p>Hai</p></body></html>", Hanging, output, TestContext.Current.CancellationToken);

        Assert.True(output.Length > 0);
        Assert.Equal(2, printer.BrowserLaunches);
    }

    [Fact]
    public async Task A_browser_that_was_killed_leaves_nothing_of_its_own_in_the_temporary_folder_once_the_printer_is_disposed()
    {
        await using var printer = new ChromiumPdfPrinter(new PdfPrinterOptions { ExecutablePath = ExternalTool.Chromium() });
        await printer.PrintAsync("<!DOCTYPE html><html><body><p>Một</p></body></html>", Hanging, Stream.Null, TestContext.Current.CancellationToken);
        var process = printer.BrowserProcess!;
        var profile = printer.ProfileFolder!;
        // Chromium keeps its single-instance socket in a folder of its own, linked from the profile.
        var socketFolder = Path.GetDirectoryName(new FileInfo(Path.Combine(profile, "SingletonSocket")).LinkTarget);
        Assert.False(string.IsNullOrEmpty(socketFolder), $"no SingletonSocket link in the profile {profile}");

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await printer.DisposeAsync();

        Assert.False(Directory.Exists(profile), $"the profile {profile} was left behind");
        Assert.False(Directory.Exists(socketFolder), $"the browser's folder {socketFolder} was left behind");
    }

    [Fact]
    public async Task Cancelling_a_print_throws_OperationCanceledException_and_writes_nothing()
    {
        await using var printer = new ChromiumPdfPrinter(new PdfPrinterOptions { ExecutablePath = ExternalTool.Chromium() });
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var output = new MemoryStream();
        await printer.PrintAsync("<!DOCTYPE html><html><body><p>Trước</p></body></html>", Hanging, Stream.Null, TestContext.Current.CancellationToken);
        cancellation.CancelAfter(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            printer.PrintAsync("<!DOCTYPE html><html><body><script>while (true) {}</script></body></html>", Hanging, output, cancellation.Token));

        Assert.Equal(0, output.Length);
        await printer.PrintAsync("<!DOCTYPE html><html><body><p>Sau</p></body></html>", Hanging, output, TestContext.Current.CancellationToken);
        Assert.True(output.Length > 0);
    }

    /// <summary>A PDF in a temporary file, for the poppler programs; deleted with it.</summary>
    internal sealed class TemporaryPdf : IDisposable
    {
        public TemporaryPdf(byte[] pdf)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"childplan-{Guid.NewGuid():N}.pdf");
            File.WriteAllBytes(Path, pdf);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
