namespace ChildPlan.Reporting.Rendering;

/// <summary>
/// Limits a render runs under, so a faulty or hostile template cannot loop, recurse or write forever.
/// The defaults are sized for real plans (a few hundred indicators, a few thousand table cells).
/// </summary>
public sealed record RenderLimits
{
    /// <summary>The defaults.</summary>
    public static RenderLimits Default { get; } = new();

    /// <summary>Iterations allowed in one loop (default 20,000).</summary>
    public int LoopLimit { get; init; } = 20_000;

    /// <summary>Depth of nested includes and function calls (default 32).</summary>
    public int RecursiveLimit { get; init; } = 32;

    /// <summary>Characters of output allowed (default 20,000,000).</summary>
    public int MaxOutputCharacters { get; init; } = 20_000_000;

    /// <summary>Characters a single value may be converted to (default 1,000,000).</summary>
    public int MaxValueCharacters { get; init; } = 1_000_000;
}
