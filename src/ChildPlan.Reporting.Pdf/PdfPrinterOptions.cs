namespace ChildPlan.Reporting.Pdf;

/// <summary>How <see cref="ChromiumPdfPrinter"/> finds, starts and limits the browser.</summary>
public sealed record PdfPrinterOptions
{
    /// <summary>The name of the environment variable that gives the browser's path when <see cref="ExecutablePath"/> is not set.</summary>
    public const string ExecutableVariable = "CHILDPLAN_CHROMIUM";

    /// <summary>
    /// The Chromium, Chrome or Edge executable to print with. When <see langword="null"/>, the printer uses the
    /// environment variable <c>CHILDPLAN_CHROMIUM</c>, then the usual install locations of the operating system.
    /// The printer never downloads a browser.
    /// </summary>
    public string? ExecutablePath { get; init; }

    /// <summary>
    /// The longest one print may take (loading the page, waiting for its fonts, printing); a print that takes longer is
    /// abandoned with a <see cref="Documents.PdfPrintException"/> and its page closed. Default: 60 seconds.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest the browser may take to start. Default: 30 seconds.</summary>
    public TimeSpan LaunchTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Further command-line arguments for the browser (for example <c>--disable-gpu</c>); none by default.</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];
}
