namespace ChildPlan.Reporting.Rendering;

/// <summary>
/// HTML markup the library itself produced (an SVG chart) and marks as safe to write unescaped in HTML (and Markdown,
/// which allows HTML). It is HTML, not WordprocessingML: a DOCX template that writes it fails with an error naming the
/// line. Every other value a template writes is escaped for the output format.
/// </summary>
/// <param name="Markup">The markup.</param>
public sealed record TrustedHtml(string Markup)
{
    /// <inheritdoc />
    public override string ToString() => Markup;
}
