using Scriban;
using Scriban.Parsing;

namespace ChildPlan.Reporting.Rendering;

/// <summary>
/// A Scriban context that escapes every value a template writes for the output format (Scriban has no
/// auto-escaping of its own). The template's literal text is written as it is; only values the library
/// marks as <see cref="TrustedHtml"/> are written raw.
/// </summary>
internal sealed class EscapingTemplateContext(OutputFormat format) : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, Prepare(textAsObject)!);

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, Prepare(textAsObject)!);

    private string? Prepare(object? value) => value switch
    {
        null => null,
        TrustedHtml trusted => trusted.Markup,
        _ => format.Escape(ObjectToString(value) ?? string.Empty),
    };
}
