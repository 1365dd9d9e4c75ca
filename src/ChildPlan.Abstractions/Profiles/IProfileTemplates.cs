namespace ChildPlan.Profiles;

/// <summary>
/// A profile that overrides report templates (the official annual report of a province may differ from
/// the library's default). ChildPlan.Reporting resolves a template from the host's folder first, then the
/// profile, then its own defaults.
/// </summary>
public interface IProfileTemplates
{
    /// <summary>The text of the template called <paramref name="templateName"/> (<c>annual.html</c>), or <see langword="null"/>.</summary>
    string? ReadTemplate(string templateName);

    /// <summary>The names of the templates the profile overrides.</summary>
    IEnumerable<string> TemplateNames { get; }
}
