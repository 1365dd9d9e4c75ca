namespace ChildPlan.Reporting.Rendering;

/// <summary>
/// Markup the library itself produced (an SVG chart, a line break) and marks as safe to write
/// unescaped. Every other value a template writes is escaped for the output format.
/// </summary>
/// <param name="Markup">The markup.</param>
public sealed record TrustedHtml(string Markup)
{
    /// <inheritdoc />
    public override string ToString() => Markup;
}
