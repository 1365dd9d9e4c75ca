namespace ChildPlan;

/// <summary>Where a piece of input came from: a file and a line (or a cell).</summary>
/// <param name="File">The file name or path, as given.</param>
/// <param name="Line">The 1-based line, or <see langword="null"/> when not from a line-oriented file.</param>
public sealed record InputLocation(string File, int? Line)
{
    /// <inheritdoc />
    public override string ToString() => Line is { } l ? $"{File}:{l}" : File;
}
