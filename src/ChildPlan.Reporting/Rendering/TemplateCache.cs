using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ChildPlan.Profiles;
using Scriban;

namespace ChildPlan.Reporting.Rendering;

/// <summary>
/// The parsed templates of a <see cref="TemplateRenderer"/>, shared by its renders and threads (lock-free reads), for
/// the template a render starts with and for every template it includes alike.
/// <list type="bullet">
/// <item>A source whose templates cannot change (<see cref="ITemplateSource.CanChange"/> is <see langword="false"/>,
/// embedded resources) is read once per name and instance, and each of its templates is parsed once; that it lacks a
/// name is remembered when a later source has the name (so names no source has, which a template can make up without
/// end, are not kept).</item>
/// <item>A source whose templates can change (a folder, templates added in code, any source that does not say) is read
/// at every lookup, as before; its template is parsed again only when the text differs from the one parsed last for the
/// source's <see cref="ITemplateSource.Description"/> and the name (a comparison of the texts, no hashing of them). Each
/// distinct text stays cached, keyed on the source's description, the name and the text.</item>
/// </list>
/// Only successes are cached: a template that fails to read or to parse fails again, the same way, at the next lookup.
/// </summary>
internal sealed class TemplateCache
{
    private readonly ConditionalWeakTable<ITemplateSource, ConcurrentDictionary<string, FixedTemplate>> fixedSources = [];
    private readonly ConcurrentDictionary<(string Source, string Name), ParsedText> latest = new();
    private readonly ConcurrentDictionary<(string Source, string Name, string Text), Template> parsed = new();
    private int fixedParsed;

    /// <summary>How many distinct templates have been parsed and cached.</summary>
    public int Count => parsed.Count + Volatile.Read(ref fixedParsed);

    /// <summary>
    /// The first source that has <paramref name="templateName"/>, and the template parsed: what
    /// <see cref="TemplateRenderer.Resolve"/> finds, with the same errors, and then a parse error, if any.
    /// </summary>
    /// <exception cref="TemplateException">The name is invalid, no source has it, a source fails to read, or the template does not parse.</exception>
    public (ITemplateSource Source, Template Template) Get(IReadOnlyList<ITemplateSource> sources, string templateName)
    {
        ArgumentNullException.ThrowIfNull(sources);
        TemplateRenderer.RequireValidName(templateName);

        // A source that cannot change and lacks the name is remembered as lacking it only once a later source has it:
        // names no source has (an include a template makes up) are not kept.
        List<ConcurrentDictionary<string, FixedTemplate>>? lacking = null;
        foreach (var source in sources)
        {
            if (source.CanChange)
            {
                if (TemplateRenderer.ReadGuarded(source, templateName) is { } text)
                {
                    Remember(lacking, templateName);
                    return (source, GetChangeable(source.Description, templateName, text));
                }
            }
            else
            {
                var templates = fixedSources.GetValue(source, static _ => new ConcurrentDictionary<string, FixedTemplate>(StringComparer.Ordinal));
                if (!templates.TryGetValue(templateName, out var entry))
                {
                    var text = TemplateRenderer.ReadGuarded(source, templateName);
                    if (text is null)
                    {
                        (lacking ??= []).Add(templates);
                        continue;
                    }

                    entry = templates.GetOrAdd(templateName, new FixedTemplate(text));
                }

                if (entry.Text is not null)
                {
                    Remember(lacking, templateName);
                    return (source, entry.Template ?? ParseFixed(entry, source.Description, templateName));
                }
            }
        }

        throw TemplateRenderer.NoSourceHas(sources, templateName);
    }

    private static void Remember(List<ConcurrentDictionary<string, FixedTemplate>>? lacking, string templateName)
    {
        if (lacking is null)
        {
            return;
        }

        foreach (var templates in lacking)
        {
            templates.TryAdd(templateName, FixedTemplate.Missing);
        }
    }

    private Template ParseFixed(FixedTemplate entry, string sourceName, string templateName)
    {
        var template = Parse(sourceName, templateName, entry.Text!);
        if (Interlocked.CompareExchange(ref entry.Template, template, null) is { } other)
        {
            return other;
        }

        Interlocked.Increment(ref fixedParsed);
        return template;
    }

    private Template GetChangeable(string sourceName, string templateName, string text)
    {
        if (latest.TryGetValue((sourceName, templateName), out var last) && (ReferenceEquals(last.Text, text) || string.Equals(last.Text, text, StringComparison.Ordinal)))
        {
            return last.Template;
        }

        var template = parsed.GetOrAdd((sourceName, templateName, text), static key => Parse(key.Source, key.Name, key.Text));
        latest[(sourceName, templateName)] = new ParsedText(text, template);
        return template;
    }

    /// <summary>
    /// Parses a template. An included template is parsed the same way (Scriban's include parses with the context's
    /// <see cref="TemplateContext.TemplateLoaderParserOptions"/> and lexer options, which the renderer leaves at their defaults).
    /// </summary>
    private static Template Parse(string sourceName, string templateName, string text)
    {
        var template = Template.Parse(text, templateName);
        if (template.HasErrors)
        {
            throw new TemplateException($"{sourceName}: {templateName}: the template does not parse: {string.Join("; ", template.Messages.Select(m => m.ToString()))}");
        }

        return template;
    }

    /// <summary>The text of a template of a source that cannot change (<see langword="null"/>: the source does not have it), parsed on first use.</summary>
    private sealed class FixedTemplate(string? text)
    {
        public static readonly FixedTemplate Missing = new(null);

        public readonly string? Text = text;
        public Template? Template;
    }

    /// <summary>The text of a changeable source's template last parsed, with the template.</summary>
    private sealed record ParsedText(string Text, Template Template);
}
