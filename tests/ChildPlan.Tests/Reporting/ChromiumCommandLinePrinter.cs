using ChildPlan.Reporting.Documents;
using ChildPlan.Tests.Readers;

namespace ChildPlan.Tests.Reporting;

/// <summary>STAND-IN until ChildPlan.Reporting.Pdf lands: prints with Chromium's own command line (no document properties).</summary>
internal sealed class ChromiumCommandLinePrinter(string folder) : IPdfPrinter
{
    public async Task PrintAsync(string html, DocumentProperties properties, Stream output, CancellationToken cancellationToken = default)
    {
        var name = Path.Combine(folder, Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(name + ".html", html, cancellationToken);
        DocumentReaders.Print(name + ".html", name + ".pdf", name + "-profile");
        await output.WriteAsync(await File.ReadAllBytesAsync(name + ".pdf", cancellationToken), cancellationToken);
    }
}
