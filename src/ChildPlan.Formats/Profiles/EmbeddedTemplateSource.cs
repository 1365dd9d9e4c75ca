using System.Reflection;
using System.Text;

namespace ChildPlan.Profiles;

/// <summary>Templates embedded in an assembly as resources named <c>prefix + name + .sbn</c>.</summary>
public sealed class EmbeddedTemplateSource : ITemplateSource
{
    private readonly Assembly assembly;
    private readonly string prefix;

    /// <summary>Creates the source.</summary>
    /// <param name="description">What the source is, for messages (<c>default</c>, <c>profile dien-bien</c>).</param>
    /// <param name="assembly">The assembly holding the resources.</param>
    /// <param name="prefix">The prefix of the resource names (<c>templates/</c>).</param>
    public EmbeddedTemplateSource(string description, Assembly assembly, string prefix)
    {
        Description = description;
        this.assembly = assembly;
        this.prefix = prefix;
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public IEnumerable<string> Names => assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(TemplateNames.FileExtension, StringComparison.Ordinal))
        .Select(n => n[prefix.Length..^TemplateNames.FileExtension.Length])
        .Order(StringComparer.Ordinal);

    /// <inheritdoc />
    /// <remarks>Embedded resources cannot change: always <see langword="false"/>.</remarks>
    public bool CanChange => false;

    /// <inheritdoc />
    public string? Read(string name)
    {
        using var stream = assembly.GetManifestResourceStream(prefix + name + TemplateNames.FileExtension);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
