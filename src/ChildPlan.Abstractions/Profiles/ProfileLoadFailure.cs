namespace ChildPlan.Profiles;

/// <summary>A profile plugin that could not be loaded: which file, and why. Every other profile keeps working.</summary>
/// <param name="File">The plugin file (or folder).</param>
/// <param name="Reason">What went wrong (bad image, missing dependency, invalid plan file, duplicate profile id, …).</param>
public sealed record ProfileLoadFailure(string File, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}: {Reason}";
}
