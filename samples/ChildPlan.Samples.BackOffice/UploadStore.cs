using System.IO.Abstractions;
using System.Text;
using ChildPlan.Formats;
using Microsoft.Extensions.Options;

namespace ChildPlan.Samples.BackOffice;

/// <summary>
/// Keeps the observations of an upload, as a data CSV in the work folder (through <see cref="IFileSystem"/>), so the
/// evaluation page's downloads can make their documents from the same numbers.
/// </summary>
public sealed class UploadStore
{
    private readonly IFileSystem fileSystem;
    private readonly string folder;

    /// <summary>Creates the store in <see cref="BackOfficeOptions.WorkFolder"/> (default: a folder under the temporary folder).</summary>
    public UploadStore(IFileSystem fileSystem, IOptions<BackOfficeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(options);
        this.fileSystem = fileSystem;
        folder = options.Value.WorkFolder ?? fileSystem.Path.Combine(fileSystem.Path.GetTempPath(), "childplan-backoffice");
    }

    /// <summary>Saves <paramref name="observations"/> read from <paramref name="name"/> and returns the upload's id.</summary>
    public string Save(string name, IReadOnlyCollection<Observation> observations)
    {
        fileSystem.Directory.CreateDirectory(folder);
        var id = Guid.NewGuid().ToString("N");
        using (var writer = new StreamWriter(fileSystem.File.Create(DataPath(id)), new UTF8Encoding(false)))
        {
            ObservationFile.Write(writer, observations);
        }

        fileSystem.File.WriteAllText(fileSystem.Path.Combine(folder, id + ".name"), name);
        return id;
    }

    /// <summary>The name and observations of upload <paramref name="id"/>, or none when there is no such upload.</summary>
    public (string Name, IReadOnlyList<Observation> Observations)? Load(string id)
    {
        if (id.Length != 32 || !id.All(char.IsAsciiHexDigitLower) || !fileSystem.File.Exists(DataPath(id)))
        {
            return null;
        }

        var name = fileSystem.File.ReadAllText(fileSystem.Path.Combine(folder, id + ".name"));
        return (name, ObservationFile.Read(fileSystem, DataPath(id), CsvCulture.Invariant));
    }

    private string DataPath(string id) => fileSystem.Path.Combine(folder, id + ".csv");
}
