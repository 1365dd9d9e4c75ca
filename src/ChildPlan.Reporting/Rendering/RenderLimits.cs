namespace ChildPlan.Reporting.Rendering;

/// <summary>
/// Limits a render runs under, so a faulty or hostile template cannot loop, recurse, write, allocate or run forever.
/// A report is either complete or an error: no limit truncates; each one that is reached raises a
/// <see cref="TemplateException"/> naming the template, the line and the limit.
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

    /// <summary>
    /// Characters a render may write (default 20,000,000). Text written while an <c>include</c> or a <c>capture</c>
    /// renders counts too, as well as when its result is written again.
    /// </summary>
    public int MaxOutputCharacters { get; init; } = 20_000_000;

    /// <summary>
    /// Characters a single value may have when it is written or converted to text, and that one string operation
    /// (<c>*</c>, padding, <c>array.join</c>, …) may produce (default 1,000,000). The output of <c>include</c> is bounded by
    /// <see cref="MaxOutputCharacters"/> instead.
    /// </summary>
    public int MaxValueCharacters { get; init; } = 1_000_000;

    /// <summary>
    /// Characters of the strings a render may create in total, by expressions and functions (default 100,000,000),
    /// which bounds the memory a render takes besides its output.
    /// </summary>
    public long MaxCreatedCharacters { get; init; } = 100_000_000;

    /// <summary>
    /// Time a render may take (default 30 seconds); it bounds the match time of the <c>regex.*</c> functions as well.
    /// <see cref="Timeout.InfiniteTimeSpan"/> disables it.
    /// </summary>
    public TimeSpan MaxRenderTime { get; init; } = TimeSpan.FromSeconds(30);
}
