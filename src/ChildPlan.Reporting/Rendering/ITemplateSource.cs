using System.IO.Abstractions;
using System.Reflection;
using System.Text;

namespace ChildPlan.Reporting.Rendering;

/// <summary>
/// Somewhere templates come from: the library's defaults, a profile's overrides, a host's folder,
/// or templates built in code. Names are relative (<c>annual.html</c>, <c>partials/header.html</c>).
/// </summary>
public interface ITemplateSource
{
    /// <summary>A name for messages and for the parse cache (<c>default</c>, <c>profile dien-bien</c>, <c>folder /srv/templates</c>).</summary>
    string Name { get; }

    /// <summary>Reads the template called <paramref name="templateName"/>, or returns <see langword="null"/> when this source does not have it.</summary>
    string? TryRead(string templateName);

    /// <summary>The names of the templates this source has.</summary>
    IEnumerable<string> List();
}

/// <summary>Template names: relative, forward slashes, no <c>..</c>, letters, digits, <c>-</c>, <c>_</c>, <c>.</c> and <c>/</c> only.</summary>
public static class TemplateNames
{
    /// <summary>The file extension template files carry (<c>annual.html.sbn</c>).</summary>
    public const string FileExtension = ".sbn";

    /// <summary>Whether <paramref name="name"/> is a safe relative template name.</summary>
    public static bool IsValid(string name) =>
        !string.IsNullOrEmpty(name)
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/')
        && !name.StartsWith('/')
        && name.Split('/').All(part => part.Length > 0 && part != "." && part != "..");
}

/// <summary>Templates embedded in an assembly as resources named <c>prefix + name + .sbn</c>.</summary>
public sealed class EmbeddedTemplateSource : ITemplateSource
{
    private readonly Assembly assembly;
    private readonly string prefix;

    /// <summary>Creates the source.</summary>
    public EmbeddedTemplateSource(string name, Assembly assembly, string prefix)
    {
        Name = name;
        this.assembly = assembly;
        this.prefix = prefix;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string? TryRead(string templateName)
    {
        using var stream = assembly.GetManifestResourceStream(prefix + templateName + TemplateNames.FileExtension);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <inheritdoc />
    public IEnumerable<string> List() => assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(TemplateNames.FileExtension, StringComparison.Ordinal))
        .Select(n => n[prefix.Length..^TemplateNames.FileExtension.Length])
        .Order(StringComparer.Ordinal);
}

/// <summary>
/// Templates in a folder read through <see cref="IFileSystem"/> (<c>annual.html.sbn</c>). Nothing outside the
/// folder can be read: names are checked, and the resolved path must stay under the root.
/// </summary>
public sealed class FolderTemplateSource : ITemplateSource
{
    private readonly IFileSystem fileSystem;
    private readonly string root;

    /// <summary>Creates the source over <paramref name="folder"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public FolderTemplateSource(IFileSystem fileSystem, string folder)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        this.fileSystem = fileSystem;
        root = fileSystem.Path.GetFullPath(folder);
        if (!fileSystem.Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The template folder '{folder}' does not exist.");
        }

        Name = $"folder {root}";
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string? TryRead(string templateName)
    {
        if (!TemplateNames.IsValid(templateName))
        {
            return null;
        }

        var path = fileSystem.Path.GetFullPath(fileSystem.Path.Combine(root, templateName + TemplateNames.FileExtension));
        var rootWithSeparator = root.EndsWith(fileSystem.Path.DirectorySeparatorChar) ? root : root + fileSystem.Path.DirectorySeparatorChar;
        if (!path.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            return null;
        }

        return fileSystem.File.Exists(path) ? fileSystem.File.ReadAllText(path, Encoding.UTF8) : null;
    }

    /// <inheritdoc />
    public IEnumerable<string> List() => fileSystem.Directory
        .EnumerateFiles(root, "*" + TemplateNames.FileExtension, SearchOption.AllDirectories)
        .Select(p => fileSystem.Path.GetRelativePath(root, p).Replace('\\', '/')[..^TemplateNames.FileExtension.Length])
        .Order(StringComparer.Ordinal);
}

/// <summary>Templates held in memory, such as those built in code with <see cref="Building.ReportTemplateBuilder"/>.</summary>
public sealed class InMemoryTemplateSource : ITemplateSource
{
    private readonly Dictionary<string, string> templates = new(StringComparer.Ordinal);

    /// <summary>Creates an empty source.</summary>
    public InMemoryTemplateSource(string name = "code") => Name = name;

    /// <inheritdoc />
    public string Name { get; }

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
    public string? TryRead(string templateName) => templates.GetValueOrDefault(templateName);

    /// <inheritdoc />
    public IEnumerable<string> List() => templates.Keys.Order(StringComparer.Ordinal);
}
