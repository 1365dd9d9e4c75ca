using System.IO.Abstractions;

namespace ChildPlan.Formats;

/// <summary>
/// Writes files atomically: the content goes to a temporary file in the same folder, which is
/// then moved over the target, so a reader never sees a half-written file and a failure leaves
/// nothing behind.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>.</summary>
    /// <exception cref="OutputExistsException">The file exists and <paramref name="overwrite"/> is false; nothing is written.</exception>
    public static void Write(IFileSystem fileSystem, string path, bool overwrite, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(write);
        if (!overwrite && fileSystem.File.Exists(path))
        {
            throw new OutputExistsException(path);
        }

        var full = fileSystem.Path.GetFullPath(path);
        var folder = fileSystem.Path.GetDirectoryName(full) ?? ".";
        fileSystem.Directory.CreateDirectory(folder);
        var temporary = fileSystem.Path.Combine(folder, $".{fileSystem.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = fileSystem.File.Create(temporary))
            {
                write(stream);
            }

            fileSystem.File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (fileSystem.File.Exists(temporary))
            {
                fileSystem.File.Delete(temporary);
            }
        }
    }
}
