using System.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace ChildPlan.Reporting.Rendering;

/// <summary>
/// A Scriban context that escapes every value a template writes for the output format (Scriban has no
/// auto-escaping of its own). The template's literal text is written as it is; only values the library
/// marks as <see cref="TrustedHtml"/> are written raw. It also enforces what Scriban does not: the total of
/// the strings a render creates (<see cref="RenderLimits.MaxCreatedCharacters"/>), and the render's time budget
/// at every step, which bounds the match time of the <c>regex.*</c> functions too.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    /// <summary>The shortest match time given to a regex, so that one started at the end of the budget fails at once.</summary>
    private static readonly TimeSpan MinimumRegexTime = TimeSpan.FromMilliseconds(1);

    private readonly OutputFormat format;
    private readonly long maxCreatedCharacters;
    private readonly TimeSpan maxRenderTime;
    private readonly Stopwatch elapsed = Stopwatch.StartNew();
    private long createdCharacters;
    private string? lastCounted;
    private SourceSpan? lastExpressionSpan;

    /// <summary>Creates the context; the time budget starts now.</summary>
    public EscapingTemplateContext(OutputFormat format, RenderLimits limits)
    {
        this.format = format;
        maxCreatedCharacters = limits.MaxCreatedCharacters;
        maxRenderTime = limits.MaxRenderTime;
        LoopLimit = limits.LoopLimit;
        RecursiveLimit = limits.RecursiveLimit;

        // Scriban truncates with "..." by default; every limit here raises an error instead.
        LimitToString = limits.MaxValueCharacters;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = limits.MaxOutputCharacters;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        if (maxRenderTime != Timeout.InfiniteTimeSpan)
        {
            RegexTimeOut = maxRenderTime;
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// The value is converted once, under <see cref="RenderLimits.MaxValueCharacters"/>, then escaped and written as text, so that
    /// neither trusted markup (the output of <c>include</c>) nor the escaped text is held to the value limit: the output limit bounds them.
    /// </remarks>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (Prepare(span, textAsObject) is { } text)
        {
            Write(text);
        }

        return this;
    }

    /// <inheritdoc />
    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));

    /// <inheritdoc />
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is null)
        {
            return null;
        }

        CheckAbort();
        if (scriptNode is ScriptExpressionStatement)
        {
            lastExpressionSpan = scriptNode.Span;
        }

        if (maxRenderTime != Timeout.InfiniteTimeSpan)
        {
            var remaining = maxRenderTime - elapsed.Elapsed;
            RegexTimeOut = remaining > MinimumRegexTime ? remaining : MinimumRegexTime;
        }

        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (result is string { Length: > 0 } text
            && scriptNode is not (ScriptLiteral or ScriptVariable or ScriptMemberExpression or ScriptIndexerExpression)
            && !ReferenceEquals(text, lastCounted))
        {
            lastCounted = text;
            createdCharacters += text.Length;
            if (createdCharacters > maxCreatedCharacters)
            {
                throw new ScriptRuntimeException(scriptNode.Span, $"the strings the render creates exceed the limit of {maxCreatedCharacters:N0} characters in total (MaxCreatedCharacters).");
            }
        }

        return result;
    }

    private string? Prepare(SourceSpan span, object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case TrustedHtml trusted:
                return trusted.Markup;
            default:
                string? text;
                try
                {
                    text = ObjectToString(value);
                }
                catch (ScriptRuntimeException e)
                {
                    // Located at the expression whose value is written (Scriban passes the enclosing block's span).
                    throw new ScriptRuntimeException(lastExpressionSpan ?? span, e.OriginalMessage, e);
                }

                return format.Escape(text ?? string.Empty);
        }
    }
}
