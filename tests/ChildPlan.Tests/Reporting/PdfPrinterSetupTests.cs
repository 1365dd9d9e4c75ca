using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Hosting;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Documents;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Pdf;
using Microsoft.Extensions.DependencyInjection;

namespace ChildPlan.Tests.Reporting;

/// <summary>Finding the browser and registering the printer: no browser needed.</summary>
public sealed class PdfPrinterSetupTests
{
    private static readonly DocumentProperties Properties = new("Báo cáo", "Kế hoạch", "Sở Y tế");
    private static readonly string[] Usual = ["/usr/bin/chromium", "/opt/google/chrome/chrome"];

    [Fact]
    public async Task Without_any_browser_the_error_names_every_place_tried_and_how_to_set_one()
    {
        await using var printer = new ChromiumPdfPrinter(null, new MockFileSystem(), _ => null, Usual);
        using var output = new MemoryStream();

        var error = await Assert.ThrowsAsync<PdfPrintException>(() => printer.PrintAsync("<html></html>", Properties, output, TestContext.Current.CancellationToken));

        Assert.Contains("/usr/bin/chromium, /opt/google/chrome/chrome", error.Message, StringComparison.Ordinal);
        Assert.Contains("PdfPrinterOptions.ExecutablePath", error.Message, StringComparison.Ordinal);
        Assert.Contains("CHILDPLAN_CHROMIUM", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
        Assert.Equal(0, printer.BrowserLaunches);
    }

    [Fact]
    public async Task A_configured_path_that_does_not_exist_is_named_and_the_usual_paths_are_not_tried_instead()
    {
        var files = new MockFileSystem(new Dictionary<string, MockFileData> { ["/usr/bin/chromium"] = new MockFileData("") });
        await using var printer = new ChromiumPdfPrinter(new PdfPrinterOptions { ExecutablePath = "/nowhere/chrome" }, files, _ => null, Usual);

        var error = await Assert.ThrowsAsync<PdfPrintException>(() => printer.PrintAsync("<html></html>", Properties, Stream.Null, TestContext.Current.CancellationToken));

        Assert.Contains("PdfPrinterOptions.ExecutablePath is '/nowhere/chrome', which does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_environment_variable_is_used_when_no_path_is_configured_and_named_when_it_points_nowhere()
    {
        await using var printer = new ChromiumPdfPrinter(null, new MockFileSystem(), v => v == "CHILDPLAN_CHROMIUM" ? "/env/chromium" : null, Usual);

        var error = await Assert.ThrowsAsync<PdfPrintException>(() => printer.PrintAsync("<html></html>", Properties, Stream.Null, TestContext.Current.CancellationToken));

        Assert.Contains("CHILDPLAN_CHROMIUM is '/env/chromium', which does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_program_that_is_not_a_browser_fails_to_start_with_an_error_naming_it()
    {
        if (!File.Exists("/bin/false"))
        {
            Assert.Skip("needs /bin/false (a program that exits at once).");
        }

        // /bin/false exits at once, so the start fails at once; the launch limit is only a backstop, generous so that a
        // loaded machine does not turn "could not be started" into "did not start within".
        await using var printer = new ChromiumPdfPrinter(new PdfPrinterOptions { ExecutablePath = "/bin/false", LaunchTimeout = TimeSpan.FromSeconds(60) });

        var error = await Assert.ThrowsAsync<PdfPrintException>(() => printer.PrintAsync("<html></html>", Properties, Stream.Null, TestContext.Current.CancellationToken));

        Assert.StartsWith("The browser /bin/false could not be started", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, printer.BrowserLaunches);
    }

    [Fact]
    public async Task A_browser_that_never_answers_fails_after_the_launch_time_limit_and_is_stopped()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/bin/sh"))
        {
            Assert.Skip("needs /bin/sh (to stand in for a browser that hangs as it starts).");
        }

        var folder = Directory.CreateTempSubdirectory("childplan-hanging-browser-");
        try
        {
            // A "browser" that starts and never opens its DevTools pipe: it sleeps far longer than the launch limit.
            var script = Path.Combine(folder.FullName, "chrome");
            var pidFile = Path.Combine(folder.FullName, "pid");
            File.WriteAllText(script, $"#!/bin/sh\necho $$ > '{pidFile}'\nexec sleep 30\n");
            if (OperatingSystem.IsLinux())
            {
                File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            await using var printer = new ChromiumPdfPrinter(new PdfPrinterOptions { ExecutablePath = script, LaunchTimeout = TimeSpan.FromSeconds(2) });

            var error = await Assert.ThrowsAsync<PdfPrintException>(() => printer.PrintAsync("<html></html>", Properties, Stream.Null, TestContext.Current.CancellationToken));

            Assert.Contains($"The browser {script} did not start within 2 s (PdfPrinterOptions.LaunchTimeout)", error.Message, StringComparison.Ordinal);
            Assert.Equal(0, printer.BrowserLaunches);
            Assert.False(IsRunning(int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture)), "the hanging browser process was left running");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Whether process <paramref name="id"/> is still running once it has had a moment to end after being stopped.</summary>
    private static bool IsRunning(int id)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(id);
            return !process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [Fact]
    public async Task AddPdf_registers_one_printer_that_ReportService_uses_and_the_container_disposes()
    {
        var services = new ServiceCollection()
            .AddChildPlan(b => b.AddDienBien().AddReporting().AddPdf(o => o with { ExecutablePath = "/nowhere/chrome", Timeout = TimeSpan.FromSeconds(5) }))
            .BuildServiceProvider();
        var printer = services.GetRequiredService<IPdfPrinter>();
        var service = services.GetRequiredService<ReportService>();
        var input = service.Prepare("dien-bien", "ctht-2021-2030", 2025);

        Assert.IsType<ChromiumPdfPrinter>(printer);
        Assert.Same(printer, services.GetRequiredService<IPdfPrinter>());
        var error = await Assert.ThrowsAsync<PdfPrintException>(() => service.WriteAsync(ReportKind.Annual, ReportFormat.Pdf, input, Stream.Null, TestContext.Current.CancellationToken));
        Assert.Contains("/nowhere/chrome", error.Message, StringComparison.Ordinal);

        await services.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => printer.PrintAsync("<html></html>", Properties, Stream.Null, TestContext.Current.CancellationToken));
    }
}
