using System.IO.Abstractions;
using System.Text;
using System.Text.Json;
using ChildPlan.Formats;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace ChildPlan.Samples.BackOffice;

/// <summary>
/// Keeps an upload (its observations, and the agencies' results it carried) as a data CSV and a results CSV in the work folder
/// (through <see cref="IFileSystem"/>), so the evaluation page's downloads can make their documents from the same numbers and
/// results, for <see cref="BackOfficeOptions.UploadRetention"/>.
/// </summary>
/// <remarks>
/// An upload is two or three files: <c>ID.upload</c> (JSON: when it was saved, by the <see cref="IClock"/>, the profile,
/// plan and year it was evaluated for, the name of its data, and the plan and name of its results), <c>ID.csv</c> (its observations) and, when it carried results,
/// <c>ID.results.csv</c>. An expired upload is not loaded any more, and every save first removes the expired
/// ones, so the folder holds the uploads of the retention period (and, while nobody uploads, the expired ones until the
/// next upload). The times are the store's own, not the files', so copying the folder or a clock skew on a file share
/// does not change them. The saved files are read back under the names of the uploaded files, so a message about them
/// names the user's file, never the work folder or the store's own file names.
/// </remarks>
public sealed class UploadStore
{
    private const string Metadata = ".upload";
    private const string Data = ".csv";
    private const string ResultsData = ".results.csv";

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

    /// <summary>Removes the expired uploads, then saves <paramref name="upload"/> and returns its id.</summary>
    public string Save(Upload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        fileSystem.Directory.CreateDirectory(folder);
        RemoveExpired();
        var id = Guid.NewGuid().ToString("N");

        // The metadata first: a data file never exists without it, so RemoveExpired finds every upload by its metadata.
        var saved = new Saved(InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant()), upload.ProfileId, upload.PlanId, upload.Year, upload.Name, upload.Results?.PlanId, upload.Results?.Name);
        fileSystem.File.WriteAllText(PathOf(id, Metadata), JsonSerializer.Serialize(saved), new UTF8Encoding(false));
        using (var writer = new StreamWriter(fileSystem.File.Create(PathOf(id, Data)), new UTF8Encoding(false)))
        {
            ObservationFile.Write(writer, upload.Observations);
        }

        if (upload.Results is { } results)
        {
            using var writer = new StreamWriter(fileSystem.File.Create(PathOf(id, ResultsData)), new UTF8Encoding(false));
            ResultsFile.Write(writer, results.Results);
        }

        return id;
    }

    /// <summary>Upload <paramref name="id"/>, or none when there is no such upload or it has expired.</summary>
    public Upload? Load(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length != 32 || !id.All(char.IsAsciiHexDigitLower) || MetadataOf(id) is not { } saved || IsExpired(saved.At))
        {
            return null;
        }

        try
        {
            var metadata = saved.Metadata;
            var results = metadata is { ResultsPlan: { } plan, ResultsName: { } name }
                ? new ResultSet(plan, name, IsSample: false, Read(id, ResultsData, name, ResultsFile.Read))
                : null;
            return new Upload(metadata.Profile!, metadata.Plan!, metadata.Year, metadata.Name, Read(id, Data, metadata.Name ?? "the upload's data", ObservationFile.Read), results);
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
            if (MetadataOf(id) is { } saved && !IsExpired(saved.At))
            {
                continue;
            }

            try
            {
                fileSystem.File.Delete(PathOf(id, Data));
                fileSystem.File.Delete(PathOf(id, ResultsData));
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

    /// <summary>Reads a saved file of upload <paramref name="id"/> under <paramref name="name"/>, the name of the uploaded file(s).</summary>
    private IReadOnlyList<T> Read<T>(string id, string extension, string name, Func<TextReader, string, CsvCulture, IReadOnlyList<T>> read)
    {
        using var reader = new StreamReader(fileSystem.File.OpenRead(PathOf(id, extension)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return read(reader, name, CsvCulture.Invariant);
    }

    private bool IsExpired(Instant saved) => clock.GetCurrentInstant() - saved >= Retention;

    /// <summary>When upload <paramref name="id"/> was saved and its metadata, or none when its metadata is missing or unreadable.</summary>
    private (Instant At, Saved Metadata)? MetadataOf(string id)
    {
        try
        {
            var saved = JsonSerializer.Deserialize<Saved>(fileSystem.File.ReadAllText(PathOf(id, Metadata)));
            // Metadata without the profile, plan and year (saved by an earlier version) cannot say what its downloads are for.
            return saved is { Profile: not null, Plan: not null, Year: > 0 } && InstantPattern.ExtendedIso.Parse(saved.At) is { Success: true } at ? (at.Value, saved) : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            return null;
        }
    }

    private string PathOf(string id, string extension) => fileSystem.Path.Combine(folder, id + extension);

    /// <summary>
    /// The metadata of an upload: when it was saved (ISO instant), the profile, plan and year it was evaluated for, the name
    /// of its data, and the plan and name of its results.
    /// </summary>
    private sealed record Saved(string At, string? Profile, string? Plan, int Year, string? Name, string? ResultsPlan, string? ResultsName);
}
