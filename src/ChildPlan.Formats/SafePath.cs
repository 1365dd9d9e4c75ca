using System.IO.Abstractions;

namespace ChildPlan.Formats;

/// <summary>
/// Builds output paths from data (unit codes, plan ids, template names) so that they cannot leave their folder:
/// every name is checked against a safe character set and the result is checked to resolve inside the folder,
/// with symbolic links resolved first.
/// </summary>
public static class SafePath
{
    /// <summary>The longest name or path segment accepted.</summary>
    public const int MaxNameLength = 120;

    /// <summary>What a safe name is, for messages.</summary>
    public const string SafeNameRule = "use only the letters A-Z and a-z, the digits 0-9, '-', '_' and '.', start with a letter or digit, and keep to at most 120 characters";

    /// <summary>
    /// Whether <paramref name="name"/> is a safe name or code: 1 to <see cref="MaxNameLength"/> characters, only ASCII letters,
    /// digits, <c>-</c>, <c>_</c> and <c>.</c>, starting with a letter or digit (so never <c>.</c>, <c>..</c>, a hidden
    /// file, an option or something a spreadsheet would run as a formula).
    /// </summary>
    public static bool IsSafeName(string? name) =>
        name is { Length: > 0 and <= MaxNameLength }
        && char.IsAsciiLetterOrDigit(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>
    /// Combines <paramref name="folder"/> with <paramref name="name"/> (one safe name, or safe names separated by <c>/</c>),
    /// after checking that the result resolves inside the folder, symbolic links of the folder and of the subfolders resolved.
    /// Returns <c>Path.Combine(folder, name)</c> with the platform's separator.
    /// </summary>
    /// <exception cref="ChildPlanInputException">The name is not safe or would resolve outside the folder; located at the name.</exception>
    public static string Combine(IFileSystem fileSystem, string folder, string name)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(name);
        var segments = name.Split('/');
        if (segments.Any(s => !IsSafeName(s)))
        {
            throw new ChildPlanInputException(Shorten(name), $"is not a safe file name to write in '{Shorten(folder)}': {SafeNameRule}.");
        }

        var path = fileSystem.Path.Combine([folder, .. segments]);
        var root = Resolve(fileSystem, folder);
        var parent = Resolve(fileSystem, fileSystem.Path.GetDirectoryName(fileSystem.Path.GetFullPath(path)) ?? root);
        var inside = fileSystem.Path.Combine(parent, segments[^1]);
        if (!inside.StartsWith(root.TrimEnd(fileSystem.Path.DirectorySeparatorChar) + fileSystem.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ChildPlanInputException(Shorten(name), $"would be written outside '{Shorten(folder)}' (it resolves to '{Shorten(inside)}').");
        }

        return path;
    }

    /// <summary>The full path of <paramref name="path"/> with every symbolic link along it resolved (the parts that do not exist are kept as they are).</summary>
    public static string Resolve(IFileSystem fileSystem, string path)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        var full = fileSystem.Path.GetFullPath(path);
        var root = fileSystem.Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        var rest = new Queue<string>(full[root.Length..].Split(fileSystem.Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        for (var links = 0; rest.Count > 0;)
        {
            var next = fileSystem.Path.Combine(current, rest.Dequeue());
            var info = fileSystem.DirectoryInfo.New(next);
            if (info.Exists && info.LinkTarget is { } target)
            {
                if (++links > 40)
                {
                    throw new IOException($"{Shorten(path)}: too many levels of symbolic links.");
                }

                // Resolve the link and walk its target again, as the target may itself hold links.
                var resolved = fileSystem.Path.GetFullPath(fileSystem.Path.Combine(current, target));
                var remaining = rest.ToList();
                root = fileSystem.Path.GetPathRoot(resolved) ?? string.Empty;
                current = root;
                rest = new Queue<string>(resolved[root.Length..].Split(fileSystem.Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(remaining));
                continue;
            }

            current = next;
        }

        return current;
    }

    /// <summary>Text from data made fit for a message: control characters replaced by <c>?</c> and the length bounded to 200 characters.</summary>
    public static string Printable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Shorten(text);
    }

    private static string Shorten(string text)
    {
        var clean = new string(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return clean.Length <= 200 ? clean : string.Concat(clean.AsSpan(0, 200), "…");
    }
}
