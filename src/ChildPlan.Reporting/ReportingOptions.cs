using System.IO.Abstractions;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting;

/// <summary>Options of <see cref="ReportRenderer"/>.</summary>
public sealed record ReportingOptions
{
    /// <summary>A folder of templates that override the profile's and the library's (<c>annual.html.sbn</c>), read through <see cref="IFileSystem"/>.</summary>
    public string? TemplateFolder { get; init; }

    /// <summary>Templates built in code; they win over every other source.</summary>
    public InMemoryTemplateSource? CodeTemplates { get; init; }

    /// <summary>The render limits.</summary>
    public RenderLimits Limits { get; init; } = RenderLimits.Default;
}
