using ChildPlan.Reporting.Pdf;

namespace ChildPlan.Cli;

/// <summary>The PDF printer of <c>report --format pdf</c>: one browser for every PDF of the run.</summary>
internal static class PdfPrinting
{
    /// <summary>The environment variable naming the browser executable.</summary>
    public const string EnvironmentVariable = PdfPrinterOptions.ExecutableVariable;

    /// <summary>
    /// A printer using <paramref name="executable"/> (or the one <see cref="PdfPrinterOptions"/> finds), each print limited to
    /// <paramref name="timeLimit"/> when given (the same limit as each render). The browser is a real program on the real
    /// machine: its temporary profile folder is on the real file system, whatever file system the command line writes through.
    /// </summary>
    public static ChromiumPdfPrinter Create(string? executable, TimeSpan? timeLimit)
    {
        var options = new PdfPrinterOptions { ExecutablePath = executable };
        return new ChromiumPdfPrinter(timeLimit is { } limit ? options with { Timeout = limit } : options);
    }
}
