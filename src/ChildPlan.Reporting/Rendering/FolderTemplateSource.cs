using System.IO.Abstractions;
using System.Text;
using ChildPlan.Profiles;

namespace ChildPlan.Reporting.Rendering;

/// <summary>
/// Templates in a folder read through <see cref="IFileSystem"/> (<c>annual.html.sbn</c>). Nothing outside the
/// folder can be read: names are checked, and the path, with every symbolic link on it resolved, must stay under
/// the folder's own resolved path; a template that leads outside is refused with a <see cref="TemplateException"/>.
/// </summary>
public sealed class FolderTemplateSource : ITemplateSource
{
    private readonly IFileSystem fileSystem;
    private readonly string root;
    private readonly string realRoot;

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

        realRoot = RealPath(root, depth: 0);
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
        if (!IsUnder(path, root))
        {
            return null;
        }

        string realPath;
        try
        {
            realPath = RealPath(path, depth: 0);
        }
        catch (IOException)
        {
            // A link that cannot be resolved (a loop, too many levels) is not followed.
            throw Refused(name);
        }

        if (!IsUnder(realPath, realRoot))
        {
            throw Refused(name);
        }

        return fileSystem.File.Exists(realPath) ? fileSystem.File.ReadAllText(realPath, Encoding.UTF8) : null;
    }

    private TemplateException Refused(string name) =>
        new($"{Description}: template '{name}' is refused: it is a symbolic link, or is reached through one, that leads outside the folder.");

    private bool IsUnder(string path, string folder)
    {
        var withSeparator = folder.EndsWith(fileSystem.Path.DirectorySeparatorChar) ? folder : folder + fileSystem.Path.DirectorySeparatorChar;
        return path.StartsWith(withSeparator, StringComparison.Ordinal);
    }

    /// <summary>The full path of <paramref name="path"/> with every symbolic link on it, folders included, resolved.</summary>
    /// <exception cref="IOException">A link cannot be resolved, or links lead to links too many times.</exception>
    private string RealPath(string path, int depth)
    {
        const int MaxLinks = 40;
        var full = fileSystem.Path.GetFullPath(path);
        var current = fileSystem.Path.GetPathRoot(full) ?? string.Empty;
        var parts = full[current.Length..].Split([fileSystem.Path.DirectorySeparatorChar, fileSystem.Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            var next = fileSystem.Path.Combine(current, part);
            IFileSystemInfo info = fileSystem.Directory.Exists(next) ? fileSystem.DirectoryInfo.New(next) : fileSystem.FileInfo.New(next);
            if (info.LinkTarget is not null)
            {
                if (depth >= MaxLinks)
                {
                    throw new IOException($"Too many symbolic links on '{path}'.");
                }

                var target = info.ResolveLinkTarget(returnFinalTarget: true) ?? throw new IOException($"The symbolic link '{next}' cannot be resolved.");
                next = RealPath(target.FullName, depth + 1);
            }

            current = next;
        }

        return current;
    }
}
