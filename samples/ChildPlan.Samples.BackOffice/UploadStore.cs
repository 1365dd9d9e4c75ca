using System.IO.Abstractions;
using System.Text;
using ChildPlan.Formats;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace ChildPlan.Samples.BackOffice;

/// <summary>
/// Keeps the observations of an upload, as a data CSV in the work folder (through <see cref="IFileSystem"/>), so the
/// evaluation page's downloads can make their documents from the same numbers, for <see cref="BackOfficeOptions.UploadRetention"/>.
/// </summary>
/// <remarks>
/// An upload is two files: <c>ID.upload</c> (when it was saved, by the <see cref="IClock"/>, and the name it came with) and
/// <c>ID.csv</c> (its observations). An expired upload is not loaded any more, and every save first removes the expired
/// ones, so the folder holds the uploads of the retention period (and, while nobody uploads, the expired ones until the
/// next upload). The times are the store's own, not the files', so copying the folder or a clock skew on a file share
/// does not change them.
/// </remarks>
public sealed class UploadStore
{
    private const string Metadata = ".upload";
    private const string Data = ".csv";

    private readonly IFileSystem fileSystem;
    private readonly IClock clock;
    private readonly string folder;

    /// <summary>Creates the store in <see cref="BackOfficeOptions.WorkFolder"/> (default: a folder under the temporary folder).</summary>
    public UploadStore(IFileSystem fileSystem, IClock clock, IOptions<BackOfficeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Value.UploadRetention <= TimeSpan.Zero)
        {
            throw new ArgumentException($"BackOffice:UploadRetention must be a positive time span (such as 01:00:00), not {options.Value.UploadRetention}.", nameof(options));
        }

        this.fileSystem = fileSystem;
        this.clock = clock;
        Retention = Duration.FromTimeSpan(options.Value.UploadRetention);
        folder = options.Value.WorkFolder ?? fileSystem.Path.Combine(fileSystem.Path.GetTempPath(), "childplan-backoffice");
    }

    /// <summary>How long an upload is kept.</summary>
    public Duration Retention { get; }

    /// <summary>Removes the expired uploads, then saves <paramref name="observations"/> read from <paramref name="name"/> and returns the upload's id.</summary>
    public string Save(string name, IReadOnlyCollection<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(observations);
        fileSystem.Directory.CreateDirectory(folder);
        RemoveExpired();
        var id = Guid.NewGuid().ToString("N");

        // The metadata first: a data file never exists without it, so RemoveExpired finds every upload by its metadata.
        fileSystem.File.WriteAllText(PathOf(id, Metadata), InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant()) + "\n" + name, new UTF8Encoding(false));
        using (var writer = new StreamWriter(fileSystem.File.Create(PathOf(id, Data)), new UTF8Encoding(false)))
        {
            ObservationFile.Write(writer, observations);
        }

        return id;
    }

    /// <summary>The name and observations of upload <paramref name="id"/>, or none when there is no such upload or it has expired.</summary>
    public (string Name, IReadOnlyList<Observation> Observations)? Load(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length != 32 || !id.All(char.IsAsciiHexDigitLower) || Saved(id) is not { } saved || IsExpired(saved.At))
        {
            return null;
        }

        try
        {
            return (saved.Name, ObservationFile.Read(fileSystem, PathOf(id, Data), CsvCulture.Invariant));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null; // removed in the meantime
        }
    }

    /// <summary>Removes the files of every upload saved longer than <see cref="Retention"/> ago; returns how many uploads were removed.</summary>
    public int RemoveExpired()
    {
        if (!fileSystem.Directory.Exists(folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var metadata in fileSystem.Directory.EnumerateFiles(folder, "*" + Metadata).ToList())
        {
            var id = fileSystem.Path.GetFileNameWithoutExtension(metadata);

            // Metadata that cannot be read (cut short by a crash) counts as expired: nothing can load that upload.
            if (Saved(id) is { } saved && !IsExpired(saved.At))
            {
                continue;
            }

            try
            {
                fileSystem.File.Delete(PathOf(id, Data));
                fileSystem.File.Delete(metadata);
                removed++;
            }
            catch (IOException)
            {
                // Another request is removing it too, or it is in use; the next save tries again.
            }
        }

        return removed;
    }

    private bool IsExpired(Instant saved) => clock.GetCurrentInstant() - saved >= Retention;

    /// <summary>When upload <paramref name="id"/> was saved and its name, or none when its metadata is missing or unreadable.</summary>
    private (Instant At, string Name)? Saved(string id)
    {
        string text;
        try
        {
            text = fileSystem.File.ReadAllText(PathOf(id, Metadata));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline > 0 && InstantPattern.ExtendedIso.Parse(text[..newline]) is { Success: true } at
            ? (at.Value, text[(newline + 1)..])
            : null;
    }

    private string PathOf(string id, string extension) => fileSystem.Path.Combine(folder, id + extension);
}
