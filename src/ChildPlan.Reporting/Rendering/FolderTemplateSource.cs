using System.IO.Abstractions;
using System.Text;
using ChildPlan.Profiles;

namespace ChildPlan.Reporting.Rendering;

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

        Description = $"folder {root}";
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public IEnumerable<string> Names => fileSystem.Directory
        .EnumerateFiles(root, "*" + TemplateNames.FileExtension, SearchOption.AllDirectories)
        .Select(p => fileSystem.Path.GetRelativePath(root, p).Replace('\\', '/')[..^TemplateNames.FileExtension.Length])
        .Order(StringComparer.Ordinal);

    /// <inheritdoc />
    public string? Read(string name)
    {
        if (!TemplateNames.IsValid(name))
        {
            return null;
        }

        var path = fileSystem.Path.GetFullPath(fileSystem.Path.Combine(root, name + TemplateNames.FileExtension));
        var rootWithSeparator = root.EndsWith(fileSystem.Path.DirectorySeparatorChar) ? root : root + fileSystem.Path.DirectorySeparatorChar;
        if (!path.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            return null;
        }

        return fileSystem.File.Exists(path) ? fileSystem.File.ReadAllText(path, Encoding.UTF8) : null;
    }
}
