namespace ChildPlan.Reporting.Rendering;

/// <summary>
/// The output of an <c>include</c>: text the included template rendered in the same format as the template that includes it,
/// its values already escaped for that format, so it is written as it is (whatever the format) and never escaped a second time.
/// </summary>
/// <param name="Text">The included template's output.</param>
internal sealed record IncludedOutput(string Text)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
