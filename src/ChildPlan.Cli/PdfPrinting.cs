using ChildPlan.Reporting.Documents;

namespace ChildPlan.Cli;

/// <summary>The PDF printer of <c>report --format pdf</c>: one browser for every PDF of the run.</summary>
internal static class PdfPrinting
{
    /// <summary>The environment variable naming the browser executable.</summary>
    public const string EnvironmentVariable = "CHILDPLAN_CHROMIUM";

    /// <summary>A printer using <paramref name="executable"/> (or the one found), each print limited to <paramref name="timeLimit"/> when given.</summary>
    public static IPdfPrinter Create(string? executable, TimeSpan? timeLimit) =>
        throw new PdfPrintException($"PDF printing is not wired yet ({executable}, {timeLimit}).");
}
