namespace ChildPlan.Samples.BackOffice;

/// <summary>The back office's settings (section <c>BackOffice</c> of the configuration).</summary>
public sealed record BackOfficeOptions
{
    /// <summary>The configuration section the options are read from.</summary>
    public const string Section = "BackOffice";

    /// <summary>The largest upload accepted, in bytes (all files of one form together). Default: 10 MB.</summary>
    public long MaxUploadBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The folder the uploaded data is kept in between the evaluation and the downloads. Default: a folder under the system's temporary folder.</summary>
    public string? WorkFolder { get; init; }

    /// <summary>
    /// How long an upload's data is kept for its downloads (configured as a time span, <c>01:00:00</c>). Default: one hour.
    /// After that its downloads answer 404, and its files are removed at the next upload.
    /// </summary>
    public TimeSpan UploadRetention { get; init; } = TimeSpan.FromHours(1);
}
