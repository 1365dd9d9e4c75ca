using System.Diagnostics;
using System.Globalization;
using System.IO.Abstractions;
using ChildPlan.Reporting.Documents;
using PuppeteerSharp;

namespace ChildPlan.Reporting.Pdf;

/// <summary>
/// Prints HTML reports to PDF with a headless Chromium (or Chrome, or Edge) already installed on the machine; it never
/// downloads a browser. One browser is started on the first print and reused for every print after it (each print in
/// its own page, so prints may run at the same time), started again if it died, and closed when the printer is
/// disposed. The page is A4 (from the report's stylesheet), without the browser's header and footer, tagged, its fonts
/// embedded, and the PDF carries the title, author, subject and language of the report.
/// </summary>
public sealed class ChromiumPdfPrinter : IPdfPrinter, IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);

    private readonly PdfPrinterOptions options;
    private readonly IFileSystem fileSystem;
    private readonly Func<string, string?> environment;
    private readonly IReadOnlyList<string> usualPaths;
    private readonly SemaphoreSlim launchLock = new(1, 1);
    private IBrowser? browser;
    private IDirectoryInfo? profile;
    private int launches;
    private bool disposed;

    /// <summary>Creates a printer; the browser is found and started on the first print.</summary>
    /// <param name="options">Where the browser is and how long a print may take (defaults when <see langword="null"/>).</param>
    /// <param name="fileSystem">
    /// The file system the browser is looked for in and its temporary profile folder made in (the real one when
    /// <see langword="null"/>). The browser is a program on the machine: a printer that prints needs the machine's own.
    /// </param>
    public ChromiumPdfPrinter(PdfPrinterOptions? options = null, IFileSystem? fileSystem = null)
        : this(options, fileSystem, Environment.GetEnvironmentVariable, ChromiumLocator.UsualPaths())
    {
    }

    internal ChromiumPdfPrinter(PdfPrinterOptions? options, IFileSystem? fileSystem, Func<string, string?> environment, IReadOnlyList<string> usualPaths)
    {
        this.options = options ?? new PdfPrinterOptions();
        if (this.options.Timeout <= TimeSpan.Zero || this.options.LaunchTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("PdfPrinterOptions.Timeout and LaunchTimeout must be positive.", nameof(options));
        }

        this.fileSystem = fileSystem ?? new FileSystem();
        this.environment = environment;
        this.usualPaths = usualPaths;
    }

    /// <summary>How many times a browser was started (once, unless one died or a print had to be abandoned).</summary>
    internal int BrowserLaunches => Volatile.Read(ref launches);

    /// <summary>The browser's process, once started (for tests that watch it).</summary>
    internal Process? BrowserProcess => browser?.Process;

    /// <summary>The browser's temporary profile folder, once started (for tests that watch it).</summary>
    internal string? ProfileFolder => profile?.FullName;

    /// <inheritdoc/>
    public async Task PrintAsync(string html, DocumentProperties properties, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(output);
        ObjectDisposedException.ThrowIf(disposed, this);
        cancellationToken.ThrowIfCancellationRequested();

        // A start is not abandoned half-way when the caller cancels (LaunchTimeout bounds it): the browser it
        // started is the printer's, reused by the next print and closed with the printer.
        var current = await BrowserAsync(cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        using var limit = new CancellationTokenSource(options.Timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        IPage? page = null;
        byte[] pdf;
        try
        {
            var opening = current.NewPageAsync();
            try
            {
                page = await opening.WaitAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (linked.IsCancellationRequested)
            {
                // The page still opens in the browser: close it when it does.
                _ = opening.ContinueWith(t => t.Result.CloseAsync(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
                throw;
            }

            var print = PrintPageAsync(page, html, properties);
            try
            {
                pdf = await print.WaitAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (linked.IsCancellationRequested)
            {
                // The print goes on in the browser until its page is closed: observe how it ends.
                _ = print.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                throw;
            }
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            await AbandonAsync(current, page).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            throw new PdfPrintException(
                $"Printing '{properties.Title}' to PDF exceeded its time limit of {options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s (PdfPrinterOptions.Timeout): the page did not finish loading or printing (a script that never ends, or a resource that never loads); it was closed.");
        }
        catch (Exception e) when (e is PuppeteerException or InvalidOperationException or IOException)
        {
            await AbandonAsync(current, page).ConfigureAwait(false);
            throw new PdfPrintException($"Printing '{properties.Title}' to PDF with the browser {current.Process?.StartInfo.FileName} failed: {Describe(e)}", e);
        }

        await ClosePageAsync(page).ConfigureAwait(false);
        byte[] document;
        try
        {
            document = PdfMetadata.Apply(pdf, properties);
        }
        catch (FormatException e)
        {
            throw new PdfPrintException($"The browser's PDF of '{properties.Title}' could not be read to add its title, author, subject and language: {e.Message}", e);
        }

        await output.WriteAsync(document, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the browser and removes its temporary profile.</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        await launchLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await CloseBrowserAsync().ConfigureAwait(false);
        }
        finally
        {
            launchLock.Release();
            launchLock.Dispose();
        }
    }

    /// <summary>Closes the browser and removes its temporary profile (prefer <see cref="DisposeAsync"/>).</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static async Task<byte[]> PrintPageAsync(IPage page, string html, DocumentProperties properties)
    {
        // The report is self-contained: nothing is fetched from the network or the disk.
        await page.SetRequestInterceptionAsync(true).ConfigureAwait(false);
        page.Request += async (_, e) =>
        {
            try
            {
                if (e.Request.Url.StartsWith("data:", StringComparison.Ordinal) || e.Request.Url == "about:blank")
                {
                    await e.Request.ContinueAsync().ConfigureAwait(false);
                }
                else
                {
                    await e.Request.AbortAsync(RequestAbortErrorCode.BlockedByClient).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is PuppeteerException or InvalidOperationException or ObjectDisposedException)
            {
                // The page closed meanwhile (this handler must not throw: nothing awaits it).
            }
        };
        await page.SetContentAsync(html, new SetContentOptions { Timeout = 0, WaitUntil = [WaitUntilNavigation.Load] }).ConfigureAwait(false);

        // Chromium takes the PDF's title from the document's.
        await page.EvaluateFunctionAsync("title => { document.title = title; }", properties.Title).ConfigureAwait(false);
        await page.EvaluateExpressionAsync("document.fonts.ready.then(() => true)").ConfigureAwait(false);
        return await page.PdfDataAsync(new PdfOptions
        {
            PreferCSSPageSize = true,
            PrintBackground = true,
            DisplayHeaderFooter = false,
            Tagged = true,
            WaitForFonts = true,
            Timeout = 0,
        }).ConfigureAwait(false);
    }

    private static string Describe(Exception e) =>
        e.InnerException is { } inner && !e.Message.Contains(inner.Message, StringComparison.Ordinal) ? $"{e.Message} ({inner.Message})" : e.Message;

    private static async Task ClosePageAsync(IPage? page)
    {
        if (page is null)
        {
            return;
        }

        try
        {
            await page.CloseAsync().WaitAsync(CloseGrace).ConfigureAwait(false);
        }
        catch (Exception e) when (e is PuppeteerException or TimeoutException or InvalidOperationException)
        {
            // Closing a page is tidying up; the browser goes with the printer.
        }
    }

    private async Task AbandonAsync(IBrowser current, IPage? page)
    {
        try
        {
            if (page is not null)
            {
                await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = false }).WaitAsync(CloseGrace).ConfigureAwait(false);
                return;
            }
        }
        catch (Exception e) when (e is PuppeteerException or TimeoutException or InvalidOperationException)
        {
            // The page will not close: the browser goes, and the next print starts another.
        }

        if (disposed)
        {
            return;
        }

        await launchLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (ReferenceEquals(browser, current))
            {
                await CloseBrowserAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            launchLock.Release();
        }
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        await launchLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (browser is { IsConnected: true } running && running.Process is not { HasExited: true })
            {
                return running;
            }

            await CloseBrowserAsync().ConfigureAwait(false);
            var executable = ChromiumLocator.Find(fileSystem, options.ExecutablePath, environment(PdfPrinterOptions.ExecutableVariable), usualPaths);

            profile = fileSystem.Directory.CreateTempSubdirectory("childplan-chromium-");
            var arguments = new List<string> { "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions" };

            // Chromium will not start its sandbox as root (as in containers and CI); only then is it turned off.
            if (OperatingSystem.IsLinux() && Environment.IsPrivilegedProcess)
            {
                arguments.Add("--no-sandbox");
            }

            arguments.AddRange(options.ExtraArguments);
            // PuppeteerSharp's own launch timeout does not cover a browser that never opens its DevTools pipe: the launch is
            // bounded here, and a browser that has not answered in time is stopped.
            // Its own temporary files (the folder of its single-instance socket, which a browser that is killed leaves behind)
            // go inside the profile, so that they are removed with it.
            var temporary = profile.CreateSubdirectory("tmp").FullName;
            var launcher = new Launcher();
            var launching = launcher.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Pipe = true,
                UserDataDir = profile.FullName,
                Args = [.. arguments],
                Timeout = (int)options.LaunchTimeout.TotalMilliseconds,
                Env = { ["TMPDIR"] = temporary },
            });
            try
            {
                browser = await launching.WaitAsync(options.LaunchTimeout, CancellationToken.None).ConfigureAwait(false);
            }
            catch (TimeoutException e)
            {
                _ = launching.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                _ = launching.ContinueWith(t => t.Result.DisposeAsync().AsTask(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
                await StopAsync(launcher).ConfigureAwait(false);
                DeleteProfile();
                throw new PdfPrintException($"The browser {executable} did not start within {options.LaunchTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s (PdfPrinterOptions.LaunchTimeout); it was stopped.", e);
            }
            catch (Exception e) when (e is PuppeteerException or ProcessException or IOException or System.ComponentModel.Win32Exception or InvalidOperationException)
            {
                DeleteProfile();
                throw new PdfPrintException($"The browser {executable} could not be started (PdfPrinterOptions.LaunchTimeout is {options.LaunchTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s): {Describe(e)}", e);
            }

            Interlocked.Increment(ref launches);
            return browser;
        }
        finally
        {
            launchLock.Release();
        }
    }

    /// <summary>Ends the process of a browser whose start was abandoned.</summary>
    private static async Task StopAsync(Launcher launcher)
    {
        try
        {
            if (launcher.Process?.Process is { HasExited: false } process)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(CloseGrace).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or TimeoutException)
        {
            // Already gone, or not yet started.
        }
    }

    private async Task CloseBrowserAsync()
    {
        if (browser is { } closing)
        {
            browser = null;
            try
            {
                await closing.CloseAsync().WaitAsync(CloseGrace).ConfigureAwait(false);
            }
            catch (Exception e) when (e is PuppeteerException or TimeoutException or InvalidOperationException or IOException)
            {
                // It does not close by asking: end it.
            }

            try
            {
                if (closing.Process is { HasExited: false } process)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync().WaitAsync(CloseGrace).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or TimeoutException)
            {
                // Already gone.
            }

            await closing.DisposeAsync().ConfigureAwait(false);
        }

        DeleteProfile();
    }

    private void DeleteProfile()
    {
        if (profile is { } directory)
        {
            profile = null;
            try
            {
                directory.Delete(recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file the browser still held; the temporary folder is the system's to clean.
            }
        }
    }
}
