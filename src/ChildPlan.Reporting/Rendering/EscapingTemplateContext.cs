using System.Collections.Concurrent;
using System.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ChildPlan.Reporting.Rendering;

/// <summary>
/// A Scriban context that escapes every value a template writes for the output format (Scriban has no
/// auto-escaping of its own). The template's literal text is written as it is, and so is the output of <c>include</c>
/// (<see cref="IncludedOutput"/>); values the library marks as <see cref="TrustedHtml"/> are written raw in HTML and
/// Markdown and refused in DOCX, where HTML markup has no place. It also enforces what Scriban does not: the total of
/// the strings a render creates (<see cref="RenderLimits.MaxCreatedCharacters"/>), and the render's time budget
/// at every step, which bounds the match time of the <c>regex.*</c> functions too. A context serves one render; what
/// does not depend on the render is shared: the parsed templates it includes come from the renderer's
/// <see cref="TemplateCache"/>, and the member accessors of model types are built once per type for all contexts.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    /// <summary>The shortest match time given to a regex, so that one started at the end of the budget fails at once.</summary>
    private static readonly TimeSpan MinimumRegexTime = TimeSpan.FromMilliseconds(1);

    /// <summary>
    /// Scriban's member accessor of each type (the reflection over a model type's members), built once for all contexts:
    /// an accessor depends only on the type, the key comparer, <see cref="TemplateContext.MemberFilter"/> and
    /// <see cref="TemplateContext.MemberRenamer"/>, which no context of the renderer changes, and it is read-only once built.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

    private readonly OutputFormat format;
    private readonly long maxCreatedCharacters;
    private readonly TimeSpan maxRenderTime;
    /// <summary>
    /// When the render started, on the coarse millisecond clock (<see cref="Environment.TickCount64"/>), which costs a few
    /// nanoseconds where a <see cref="Stopwatch"/> read can cost hundreds on a virtual machine, and this is read at every
    /// step. Its granularity (a few milliseconds at most) is that of the timer that cancels the render at the end of its budget.
    /// </summary>
    private readonly long started = Environment.TickCount64;
    private long lastTick;
    private long createdCharacters;
    private string? lastCounted;
    private SourceSpan? lastExpressionSpan;

    private readonly Func<string, Template>? includes;

    /// <summary>Creates the context; the time budget starts now.</summary>
    /// <param name="format">The output format values are escaped for.</param>
    /// <param name="limits">The limits of the render.</param>
    /// <param name="includes">
    /// Finds the parsed template an <c>include</c> names (a template path the loader accepted), or throws; when it throws,
    /// the template loader reads the template again and Scriban parses it, so that every error is reported as it always was.
    /// </param>
    public EscapingTemplateContext(OutputFormat format, RenderLimits limits, Func<string, Template>? includes = null)
    {
        this.includes = includes;
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
            lastTick = started;
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

        if (maxRenderTime != Timeout.InfiniteTimeSpan && Environment.TickCount64 is var now && now != lastTick)
        {
            // The time left changes only when the clock ticks.
            lastTick = now;
            var remaining = maxRenderTime - TimeSpan.FromMilliseconds(now - started);
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

    /// <inheritdoc />
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext)
    {
        if (includes is not null)
        {
            try
            {
                return includes(templatePath);
            }
            catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException))
            {
                // Not found, unreadable or broken: the loader's path below says so, in the words it always used.
            }
        }

        return base.CreateTemplate(templatePath, callerContext);
    }

    /// <inheritdoc />
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (Accessors.TryGetValue(type, out var shared))
        {
            return shared;
        }

        var accessor = base.GetMemberAccessorImpl(target);
        return accessor is null ? null : Accessors.GetOrAdd(type, accessor);
    }

    private string? Prepare(SourceSpan span, object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case IncludedOutput included:
                return included.Text;
            case TrustedHtml when format == OutputFormat.Docx:
                throw new ScriptRuntimeException(lastExpressionSpan ?? span, "this value is HTML markup (such as indicators[].chart, an SVG) and cannot be written into a DOCX document; leave it out of DOCX templates.");
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
