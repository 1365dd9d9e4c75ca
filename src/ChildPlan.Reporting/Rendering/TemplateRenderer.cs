using System.Text;
using System.Text.RegularExpressions;
using ChildPlan.Profiles;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ChildPlan.Reporting.Rendering;

/// <summary>
/// Renders templates with Scriban: resolves a template name through an ordered list of sources (the first
/// that has the name wins), parses each distinct template once and caches it (the templates it includes too),
/// escapes every value for the output format (and checks that a DOCX render is well-formed XML), exposes the Vietnamese function library as <c>vn</c>, lets
/// <c>include</c> reach only the same sources, and enforces <see cref="RenderLimits"/>. One renderer serves
/// any number of renders at once, on any threads: the parsed templates, the function library and the
/// reflection over model types are shared; each render has its own context, globals and output.
/// </summary>
public sealed class TemplateRenderer
{
    private static readonly TrustedIncludeFunction Include = new();

    private readonly TemplateCache cache = new();
    private readonly RenderLimits limits;

    /// <summary>Creates a renderer.</summary>
    public TemplateRenderer(RenderLimits? limits = null) => this.limits = limits ?? RenderLimits.Default;

    /// <summary>How many distinct templates have been parsed and cached.</summary>
    internal int CachedTemplateCount => cache.Count;

    /// <summary>Finds the first source that has <paramref name="templateName"/>.</summary>
    /// <exception cref="TemplateException">No source has it.</exception>
    public static (ITemplateSource Source, string Text) Resolve(IReadOnlyList<ITemplateSource> sources, string templateName)
    {
        ArgumentNullException.ThrowIfNull(sources);
        RequireValidName(templateName);

        foreach (var source in sources)
        {
            if (ReadGuarded(source, templateName) is { } text)
            {
                return (source, text);
            }
        }

        throw NoSourceHas(sources, templateName);
    }

    /// <summary>Refuses a template name that is not relative or climbs with <c>..</c>.</summary>
    /// <exception cref="TemplateException">The name is not valid.</exception>
    internal static void RequireValidName(string templateName)
    {
        if (!TemplateNames.IsValid(templateName))
        {
            throw new TemplateException($"'{templateName}' is not a valid template name (relative, no '..').");
        }
    }

    /// <summary>The error when none of <paramref name="sources"/> has <paramref name="templateName"/>.</summary>
    internal static TemplateException NoSourceHas(IReadOnlyList<ITemplateSource> sources, string templateName) =>
        new($"No template '{templateName}' in {string.Join(", ", sources.Select(s => s.Description))}.");

    /// <summary>
    /// Reads a template from a source that may be a plugin's code: whatever it throws, other than a
    /// <see cref="TemplateException"/>, becomes a <see cref="TemplateException"/> naming the source and the template.
    /// </summary>
    internal static string? ReadGuarded(ITemplateSource source, string templateName)
    {
        try
        {
            return source.Read(templateName);
        }
        catch (Exception e) when (e is not (TemplateException or OperationCanceledException or OutOfMemoryException or StackOverflowException))
        {
            string description;
            try
            {
                description = source.Description;
            }
            catch (Exception inner) when (inner is not (OutOfMemoryException or StackOverflowException))
            {
                description = source.GetType().FullName ?? "a template source";
            }

            throw new TemplateException($"{description}: reading template '{templateName}' failed: {e.GetType().Name}: {e.Message}", e);
        }
    }

    /// <summary>Renders <paramref name="templateName"/> with <paramref name="model"/> as its global variables.</summary>
    /// <exception cref="TemplateException">The template is missing, does not parse, fails, or exceeds a limit.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public string Render(IReadOnlyList<ITemplateSource> sources, string templateName, object model, OutputFormat format, CancellationToken cancellationToken = default)
    {
        var (source, template) = cache.Get(sources, templateName);
        using var output = new LimitedOutput(limits.MaxOutputCharacters, templateName);
        using var budget = new CancellationTokenSource(limits.MaxRenderTime);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        var context = new EscapingTemplateContext(format, limits, path => cache.Get(sources, path).Template)
        {
            CancellationToken = cancellation.Token,
            TemplateLoader = new SourcesTemplateLoader(sources),
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            NewLine = "\n",
        };
        var globals = new ScriptObject();
        if (model is IEnumerable<KeyValuePair<string, object>> variables)
        {
            foreach (var (name, value) in variables)
            {
                globals.SetValue(name, value, readOnly: true);
            }
        }
        else
        {
            ModelImporter.Import(globals, model);
        }
        globals.SetValue("vn", VietnameseFunctions.ForRender(), readOnly: true);
        globals.SetValue("format", format.Extension(), readOnly: true);
        globals.SetValue("include", Include, readOnly: true);
        context.PushGlobal(globals);
        context.PushOutput(output);
        string text;
        try
        {
            // The output's text (Template.Render returns what the output holds).
            text = template.Render(context);
        }
        catch (Exception e) when (e is ScriptRuntimeException or OperationCanceledException or RegexMatchTimeoutException or InvalidOperationException)
        {
            // The caller's own cancellation stays a cancellation; everything else is the template's fault.
            cancellationToken.ThrowIfCancellationRequested();
            var span = e is ScriptRuntimeException located ? located.Span : context.CurrentSpan;
            if (budget.IsCancellationRequested || e is RegexMatchTimeoutException || e.InnerException is RegexMatchTimeoutException)
            {
                throw new TemplateException($"{Where(source, templateName, span)}: the render exceeds its time limit of {limits.MaxRenderTime.TotalSeconds:0.###} s (MaxRenderTime).", e);
            }

            throw new TemplateException($"{Where(source, templateName, span)}: {NameLimits(e is ScriptRuntimeException runtime ? runtime.OriginalMessage : e.Message)}", e);
        }
        catch (OutputLimitException e)
        {
            throw new TemplateException(e.Message, e);
        }

        if (format == OutputFormat.Docx)
        {
            RenderedXml.RequireWellFormed(text, $"{source.Description}: {templateName}");
        }

        return text;
    }

    /// <summary>Says what a Scriban limit message speaks of the way <see cref="RenderLimits"/> does.</summary>
    private string NameLimits(string message) =>
        message.Contains("OutputLimit `", StringComparison.Ordinal)
            ? $"the output exceeds {limits.MaxOutputCharacters:N0} characters (MaxOutputCharacters)."
            : message.Replace($"LimitToString `{limits.MaxValueCharacters}`", $"the limit of {limits.MaxValueCharacters:N0} characters per value (MaxValueCharacters)", StringComparison.Ordinal);

    private static string Where(ITemplateSource source, string templateName, SourceSpan span)
    {
        var file = string.IsNullOrEmpty(span.FileName) ? templateName : span.FileName;
        return $"{source.Description}: {file}({span.Start.Line + 1},{span.Start.Column + 1})";
    }

    /// <summary>Resolves <c>include</c> through the same sources; names are relative template names, nothing else.</summary>
    private sealed class SourcesTemplateLoader(IReadOnlyList<ITemplateSource> sources) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            TemplateNames.IsValid(templateName)
                ? templateName
                : throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is refused: only relative template names inside the template sources can be included.");

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        {
            try
            {
                return Resolve(sources, templatePath).Text;
            }
            catch (TemplateException e)
            {
                throw new ScriptRuntimeException(callerSpan, e.Message);
            }
        }

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }

    /// <summary>
    /// An output that refuses to grow beyond a limit. Its buffer is pooled: each thread keeps one (up to
    /// <see cref="MaxPooledCapacity"/> characters) for its next render; a render that runs inside another on the same
    /// thread takes a new one.
    /// </summary>
    private sealed class LimitedOutput(int maxCharacters, string templateName) : IScriptOutput, IDisposable
    {
        private const int MaxPooledCapacity = 1 << 20;

        [ThreadStatic]
        private static StringBuilder? pooled;

        private StringBuilder? builder = Rent();

        public void Write(string text, int offset, int count)
        {
            var buffer = builder ?? throw new ObjectDisposedException(nameof(LimitedOutput));
            if (buffer.Length + count > maxCharacters)
            {
                throw new OutputLimitException($"{templateName}: the output exceeds {maxCharacters:N0} characters (MaxOutputCharacters).");
            }

            buffer.Append(text, offset, count);
        }

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        public override string ToString() => builder?.ToString() ?? throw new ObjectDisposedException(nameof(LimitedOutput));

        public void Dispose()
        {
            if (builder is { Capacity: <= MaxPooledCapacity } buffer)
            {
                buffer.Clear();
                pooled = buffer;
            }

            builder = null;
        }

        private static StringBuilder Rent()
        {
            var buffer = pooled ?? new StringBuilder();
            pooled = null;
            return buffer;
        }
    }

    private sealed class OutputLimitException(string message) : Exception(message);
}
