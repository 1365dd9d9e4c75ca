using ChildPlan.Profiles;

namespace ChildPlan.Reporting.Rendering;

/// <summary>Templates held in memory, such as those built in code with <see cref="Building.ReportTemplateBuilder"/>.</summary>
public sealed class InMemoryTemplateSource : ITemplateSource
{
    private readonly Dictionary<string, string> templates = new(StringComparer.Ordinal);

    /// <summary>Creates an empty source.</summary>
    /// <param name="description">What the source is, for messages.</param>
    public InMemoryTemplateSource(string description = "code") => Description = description;

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public IEnumerable<string> Names => templates.Keys.Order(StringComparer.Ordinal);

    /// <summary>Adds or replaces a template.</summary>
    /// <exception cref="ArgumentException">The name is not a valid template name.</exception>
    public InMemoryTemplateSource Add(string templateName, string text)
    {
        if (!TemplateNames.IsValid(templateName))
        {
            throw new ArgumentException($"'{templateName}' is not a valid template name.", nameof(templateName));
        }

        templates[templateName] = text;
        return this;
    }

    /// <inheritdoc />
    public string? Read(string name) => templates.GetValueOrDefault(name);
}
