using ChildPlan.Reporting.Documents;
using ChildPlan.Reporting.Pdf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

// The extension lives in the builder's namespace so it shows up wherever the builder does.
namespace ChildPlan.Hosting;

/// <summary>Registers PDF printing with a Chromium installed on the machine.</summary>
public static class PdfBuilderExtensions
{
    /// <summary>
    /// Adds a <see cref="ChromiumPdfPrinter"/> as the <see cref="IPdfPrinter"/> (a singleton: one browser for the
    /// application, closed when the container is disposed), so <c>ReportService</c> writes <c>ReportFormat.Pdf</c>:
    /// <c>services.AddChildPlan(b =&gt; b.AddDienBien().AddReporting().AddPdf(o =&gt; o with { Timeout = TimeSpan.FromSeconds(30) }))</c>.
    /// </summary>
    public static IChildPlanBuilder AddPdf(this IChildPlanBuilder builder, Func<PdfPrinterOptions, PdfPrinterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = configure?.Invoke(new PdfPrinterOptions()) ?? new PdfPrinterOptions();
        builder.Services.TryAddSingleton(sp => new ChromiumPdfPrinter(options, sp.GetService<System.IO.Abstractions.IFileSystem>()));
        builder.Services.TryAddSingleton<IPdfPrinter>(sp => sp.GetRequiredService<ChromiumPdfPrinter>());
        return builder;
    }
}
