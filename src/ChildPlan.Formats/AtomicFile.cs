using System.IO.Abstractions;

namespace ChildPlan.Formats;

/// <summary>
/// Writes files atomically: the content goes to a temporary file in the same folder, which is
/// then moved over the target, so a reader never sees a half-written file and a failure leaves
/// nothing behind.
/// </summary>
/// <remarks>
/// Only regular files are replaced: a target that is a folder, a symbolic link (to anything), a device, a FIFO or a socket is
/// refused even when overwriting, and so is a path whose folder is a file. Temporary files are named
/// <c>.NAME.childplan-GUID.tmp</c> next to the target; a write removes its own on any failure, and removes those of the same
/// target older than <see cref="StaleTemporaryAge"/> (left by a process that was killed).
/// </remarks>
public static class AtomicFile
{
    /// <summary>How old a temporary file of the same target must be to be taken as left by a killed write and removed.</summary>
    public static readonly TimeSpan StaleTemporaryAge = TimeSpan.FromMinutes(10);

    private const string TemporaryMarker = ".childplan-";
    private const string TemporaryExtension = ".tmp";

    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>.</summary>
    /// <exception cref="OutputExistsException">The file exists and <paramref name="overwrite"/> is false; nothing is written.</exception>
    /// <exception cref="ChildPlanInputException">The target is not a regular file or its folder is not a folder (<see cref="FindTargetProblem"/>); nothing is written.</exception>
    public static void Write(IFileSystem fileSystem, string path, bool overwrite, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(write);
        if (FindTargetProblem(fileSystem, path) is { } problem)
        {
            throw new ChildPlanInputException([problem]);
        }

        if (!overwrite && fileSystem.File.Exists(path))
        {
            throw new OutputExistsException(path);
        }

        var created = new List<string>();
        var full = fileSystem.Path.GetFullPath(path);
        string? temporary = null;
        try
        {
            temporary = Stage(fileSystem, full, write, created);
            fileSystem.File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            Remove(fileSystem, temporary is null ? [] : [temporary], created);
            throw;
        }
    }

    /// <summary>
    /// Writes several files as one: every target is checked first (<see cref="FindTargetProblem"/>), then every content is written
    /// to its temporary file, then the temporary files are moved over the targets. Existing regular files are replaced. When a write
    /// fails, the temporary files and the files already moved are removed, and the error says that nothing was written.
    /// </summary>
    /// <exception cref="ChildPlanInputException">A target is not a regular file or its folder is not a folder; nothing is written.</exception>
    /// <exception cref="IOException">A write failed; what was written is removed.</exception>
    public static void WriteAll(IFileSystem fileSystem, IReadOnlyList<(string Path, byte[] Content)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        WriteAll(fileSystem, [.. files.Select(f => (f.Path, (Action<Stream>)(stream => stream.Write(f.Content))))]);
    }

    /// <summary>
    /// Writes several files as one, each made only when its turn comes: every target is checked first
    /// (<see cref="FindTargetProblem"/>), then each file's <c>Write</c> writes it straight to its temporary file, one after the
    /// other (so only one content is ever being made), then the temporary files are moved over the targets. Existing regular files
    /// are replaced. When a write fails, the temporary files and the files already moved are removed: an input or I/O error says
    /// that nothing was written, any other error (a content that cannot be made, a cancellation) is passed on as it is.
    /// </summary>
    /// <exception cref="ChildPlanInputException">A target is not a regular file or its folder is not a folder; nothing is written.</exception>
    /// <exception cref="IOException">A write failed; what was written is removed.</exception>
    public static void WriteAll(IFileSystem fileSystem, IReadOnlyList<(string Path, Action<Stream> Write)> files)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(files);
        var problems = files.Select(f => FindTargetProblem(fileSystem, f.Path)).OfType<InputProblem>().ToList();
        if (problems.Count > 0)
        {
            throw new ChildPlanInputException(problems);
        }

        var created = new List<string>();
        var staged = new List<(string Temporary, string Full)>();
        var moved = new List<string>();
        var current = string.Empty;
        try
        {
            foreach (var (path, write) in files)
            {
                current = path;
                var full = fileSystem.Path.GetFullPath(path);
                staged.Add((Stage(fileSystem, full, write, created), full));
            }

            foreach (var (temporary, full) in staged)
            {
                current = full;
                fileSystem.File.Move(temporary, full, overwrite: true);
                moved.Add(full);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Remove(fileSystem, [.. staged.Select(s => s.Temporary), .. moved], created);
            var removed = moved.Count > 0 ? $"the {moved.Count} file(s) already written were removed, so " : string.Empty;
            throw new IOException($"{current}: {e.Message} ({removed}nothing was written).", e);
        }
        catch
        {
            Remove(fileSystem, [.. staged.Select(s => s.Temporary), .. moved], created);
            throw;
        }
    }

    /// <summary>
    /// What stands in the way of writing a regular file at <paramref name="path"/>, or null: a folder, a symbolic link, a device,
    /// FIFO or socket at the path, or a file where one of its folders should be. Devices, FIFOs and sockets are told apart from regular
    /// files on Linux and Windows, through the real file system.
    /// </summary>
    public static InputProblem? FindTargetProblem(IFileSystem fileSystem, string path)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = fileSystem.Path.GetFullPath(path);
        for (var folder = fileSystem.Path.GetDirectoryName(full); folder is not null && !fileSystem.Directory.Exists(folder); folder = fileSystem.Path.GetDirectoryName(folder))
        {
            if (fileSystem.File.Exists(folder) || fileSystem.FileInfo.New(folder).LinkTarget is not null)
            {
                return new InputProblem(folder, "is a file (or a broken link), but it is needed as a folder to write " + path + ".");
            }
        }

        var info = fileSystem.FileInfo.New(full);
        if (info.LinkTarget is not null)
        {
            return new InputProblem(path, "is a symbolic link; ChildPlan does not write through or replace links, even when overwriting: remove the link or write elsewhere.");
        }

        if (fileSystem.Directory.Exists(full))
        {
            return new InputProblem(path, "is a folder, which stands where the file would be written.");
        }

        if (info.Exists
            && ((info.Attributes & (FileAttributes.Device | FileAttributes.ReparsePoint)) != 0
                || (IsRealFileSystem(fileSystem) && NativeMethods.IsRegularFile(full) == false)))
        {
            return new InputProblem(path, "is not a regular file (a device, FIFO or socket); ChildPlan only replaces regular files, even when overwriting.");
        }

        return null;
    }

    /// <summary>Whether <paramref name="fileSystem"/> is the real one (System.IO.Abstractions' <c>FileSystem</c>), whose paths the system call may look at.</summary>
    private static bool IsRealFileSystem(IFileSystem fileSystem) =>
        fileSystem.GetType().FullName == "System.IO.Abstractions.FileSystem";

    /// <summary>Writes the content to a new temporary file next to <paramref name="full"/>, after removing stale ones of the same target.</summary>
    private static string Stage(IFileSystem fileSystem, string full, Action<Stream> write, List<string> created)
    {
        var folder = fileSystem.Path.GetDirectoryName(full) ?? ".";
        var name = fileSystem.Path.GetFileName(full);
        var missing = new Stack<string>();
        for (var f = folder; f is not null && !fileSystem.Directory.Exists(f); f = fileSystem.Path.GetDirectoryName(f))
        {
            missing.Push(f);
        }

        fileSystem.Directory.CreateDirectory(folder);
        created.AddRange(missing);
        var temporary = fileSystem.Path.Combine(folder, $".{name}{TemporaryMarker}{Guid.NewGuid():N}{TemporaryExtension}");
        try
        {
            using (var stream = fileSystem.File.Create(temporary))
            {
                write(stream);
            }

            // Age is measured against the time the file system stamped on the file just written: no clock of
            // this machine is read, and a share whose clock differs from ours is judged by its own.
            RemoveStaleTemporaries(fileSystem, folder, name, fileSystem.File.GetLastWriteTimeUtc(temporary));
        }
        catch
        {
            Remove(fileSystem, [temporary], []);
            throw;
        }

        return temporary;
    }

    /// <summary>
    /// Removes the temporary files of <paramref name="name"/> in <paramref name="folder"/> written more than
    /// <see cref="StaleTemporaryAge"/> before <paramref name="now"/> (the file system's time of the temporary file just
    /// written); only names of ChildPlan's own pattern.
    /// </summary>
    private static void RemoveStaleTemporaries(IFileSystem fileSystem, string folder, string name, DateTime now)
    {
        var prefix = $".{name}{TemporaryMarker}";
        var before = now - StaleTemporaryAge;
        foreach (var file in fileSystem.Directory.EnumerateFiles(folder, prefix + "*" + TemporaryExtension))
        {
            var fileName = fileSystem.Path.GetFileName(file);
            var middle = fileName.Length == prefix.Length + 32 + TemporaryExtension.Length && fileName.StartsWith(prefix, StringComparison.Ordinal)
                && fileName.EndsWith(TemporaryExtension, StringComparison.Ordinal)
                ? fileName.Substring(prefix.Length, 32)
                : null;
            if (middle is null || !middle.All(char.IsAsciiHexDigitLower))
            {
                continue;
            }

            try
            {
                var info = fileSystem.FileInfo.New(file);
                if (info.LinkTarget is null && info.LastWriteTimeUtc < before)
                {
                    info.Delete();
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another process may be removing it too; a stale temporary file that stays is harmless.
            }
        }
    }

    /// <summary>Removes files and then the folders this write created (deepest first, only when empty), ignoring what cannot be removed.</summary>
    private static void Remove(IFileSystem fileSystem, IEnumerable<string> files, List<string> createdFolders)
    {
        foreach (var file in files)
        {
            try
            {
                if (fileSystem.File.Exists(file))
                {
                    fileSystem.File.Delete(file);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: the error that stopped the write is what is reported.
            }
        }

        foreach (var folder in createdFolders.Distinct().OrderByDescending(f => f.Length))
        {
            try
            {
                if (fileSystem.Directory.Exists(folder) && !fileSystem.Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    fileSystem.Directory.Delete(folder);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort, as above.
            }
        }
    }
}
