using System.IO.Abstractions;
using ChildPlan.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

// The extension lives in the builder's namespace so it shows up wherever the builder does.
namespace ChildPlan.Hosting;

/// <summary>Registers ChildPlan reporting.</summary>
public static class ReportingBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="ReportRenderer"/> and <see cref="ReportService"/> (and the system <see cref="IClock"/> and
    /// <see cref="IFileSystem"/> unless the host registered its own):
    /// <c>services.AddChildPlan(b =&gt; b.AddDienBien().AddReporting(o =&gt; o with { TemplateFolder = "templates" }))</c>.
    /// </summary>
    public static IChildPlanBuilder AddReporting(this IChildPlanBuilder builder, Func<ReportingOptions, ReportingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = configure?.Invoke(new ReportingOptions()) ?? new ReportingOptions();
        builder.Services.TryAddSingleton<IClock>(SystemClock.Instance);
        builder.Services.TryAddSingleton<IFileSystem, FileSystem>();
        builder.Services.TryAddSingleton(sp => new ReportRenderer(sp.GetRequiredService<IFileSystem>(), options));
        builder.Services.TryAddSingleton<ReportService>();
        return builder;
    }
}
