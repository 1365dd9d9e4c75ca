using System.Diagnostics.CodeAnalysis;
using System.IO.Abstractions;
using ChildPlan.Profiles;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting;

/// <summary>
/// Renders the reports (<see cref="ReportKind"/>) in HTML, Markdown or WordprocessingML (the main part of a DOCX). A template is looked up, from the most
/// specific, in: templates built in code, the host's template folder, the profile's overrides, and the
/// library's defaults; one can be overridden without touching the others.
/// </summary>
public sealed class ReportRenderer
{
    /// <summary>The library's default templates, embedded in ChildPlan.Reporting.</summary>
    public static ITemplateSource DefaultTemplates { get; } = new EmbeddedTemplateSource("default", typeof(ReportRenderer).Assembly, "templates/");

    private readonly IFileSystem fileSystem;
    private readonly ReportingOptions options;
    private readonly TemplateRenderer renderer;

    /// <summary>Creates a renderer.</summary>
    public ReportRenderer(IFileSystem fileSystem, ReportingOptions? options = null)
    {
        this.fileSystem = fileSystem;
        this.options = options ?? new ReportingOptions();
        renderer = new TemplateRenderer(this.options.Limits);
    }

    /// <summary>The template name of a report in a format (<c>annual.html</c>, <c>six-monthly.docx</c>).</summary>
    public static string TemplateName(ReportKind kind, OutputFormat format) => $"{ReportKinds.Token(kind)}.{format.Extension()}";

    /// <summary>The name of the data collection form's templates (<c>collection.html</c>, <c>collection.docx</c>).</summary>
    public const string CollectionFormTemplate = "collection";

    /// <summary>The template name of the data collection form in a format (<c>collection.docx</c>).</summary>
    public static string CollectionFormTemplateName(OutputFormat format) => $"{CollectionFormTemplate}.{format.Extension()}";

    /// <summary>The template sources for <paramref name="profile"/>, most specific first.</summary>
    public IReadOnlyList<ITemplateSource> SourcesFor(IChildPlanProfile? profile)
    {
        var sources = new List<ITemplateSource>();
        if (options.CodeTemplates is { } code)
        {
            sources.Add(code);
        }

        if (options.TemplateFolder is { } folder)
        {
            sources.Add(new FolderTemplateSource(fileSystem, folder));
        }

        if (profile?.Templates is { } templates)
        {
            sources.Add(templates);
        }

        sources.Add(DefaultTemplates);
        return sources;
    }

    /// <summary>Renders a report.</summary>
    /// <exception cref="TemplateException">A template is missing, broken, or exceeds a render limit; the message names it and the line.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Overloads that predate public API tracking; changing them would break callers.")]
    public string Render(ReportKind kind, OutputFormat format, ReportModel model, IChildPlanProfile? profile = null, CancellationToken cancellationToken = default) =>
        Render(TemplateName(kind, format), format, model, profile, cancellationToken);

    /// <summary>Renders the template called <paramref name="templateName"/> (a report, or a template built in code).</summary>
    /// <exception cref="TemplateException">The template is missing, broken, or exceeds a render limit.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Overloads that predate public API tracking; changing them would break callers.")]
    public string Render(string templateName, OutputFormat format, ReportModel model, IChildPlanProfile? profile = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        return renderer.Render(SourcesFor(profile), templateName, model, format, cancellationToken);
    }

    /// <summary>Renders the data collection form (<c>collection.html</c>, <c>collection.docx</c>) of one unit and year.</summary>
    /// <exception cref="TemplateException">The template is missing, broken, or exceeds a render limit; the message names it and the line.</exception>
    public string RenderCollectionForm(OutputFormat format, CollectionFormModel model, IChildPlanProfile? profile = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        return renderer.Render(SourcesFor(profile), CollectionFormTemplateName(format), model, format, cancellationToken);
    }
}
