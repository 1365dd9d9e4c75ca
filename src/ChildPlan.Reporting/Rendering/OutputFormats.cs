namespace ChildPlan.Reporting.Rendering;

/// <summary>File extensions and escaping of <see cref="OutputFormat"/>.</summary>
public static class OutputFormats
{
    private static readonly System.Buffers.SearchValues<char> HtmlSpecial = System.Buffers.SearchValues.Create("&<>\"'");
    /// <summary>What a character XML does not allow becomes.</summary>
    private const char ReplacementCharacter = '\uFFFD';

    private static readonly System.Buffers.SearchValues<char> MarkdownSpecial = System.Buffers.SearchValues.Create("&<>\\`*_[]|#\r\n");

    /// <summary>The file extension without a dot (<c>html</c>, <c>md</c>, <c>docx</c>).</summary>
    public static string Extension(this OutputFormat format) => format switch
    {
        OutputFormat.Html => "html",
        OutputFormat.Markdown => "md",
        OutputFormat.Docx => "docx",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>
    /// Escapes text for the format: in HTML <c>&amp; &lt; &gt; " '</c> become entities and every other
    /// character (Vietnamese letters included) stays as it is; in Markdown the same, plus a backslash before
    /// the characters Markdown would read as markup (<c>\ ` * _ [ ] | #</c>); in DOCX (XML) the same five
    /// entities, and every character XML 1.0 does not allow (C0 controls other than tab, line feed and carriage
    /// return, U+FFFE, U+FFFF, a lone surrogate) becomes U+FFFD, so that no value can make the document malformed.
    /// </summary>
    public static string Escape(this OutputFormat format, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (format == OutputFormat.Docx)
        {
            return EscapeXml(text);
        }

        if (text.AsSpan().IndexOfAny(format == OutputFormat.Html ? HtmlSpecial : MarkdownSpecial) < 0)
        {
            // Nothing to escape (most values): the text itself.
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"' when format == OutputFormat.Html: builder.Append("&quot;"); break;
                case '\'' when format == OutputFormat.Html: builder.Append("&#39;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' when format == OutputFormat.Markdown:
                    builder.Append('\\').Append(c);
                    break;
                case '\r' or '\n' when format == OutputFormat.Markdown: builder.Append(' '); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Replaces each character XML 1.0 does not allow (C0 controls other than tab, line feed and carriage return, U+FFFE,
    /// U+FFFF, a lone surrogate) with U+FFFD, for text an XML writer escapes itself (document properties).
    /// </summary>
    internal static string ReplaceInvalidXmlCharacters(string text) => EscapeXml(text, entities: false);

    /// <summary>Escapes text for XML 1.0 content and attribute values (see <see cref="Escape"/>).</summary>
    private static string EscapeXml(string text, bool entities = true)
    {
        if (!NeedsXmlEscape(text, entities))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&' when entities: builder.Append("&amp;"); break;
                case '<' when entities: builder.Append("&lt;"); break;
                case '>' when entities: builder.Append("&gt;"); break;
                case '"' when entities: builder.Append("&quot;"); break;
                case '\'' when entities: builder.Append("&apos;"); break;
                case '\t' or '\n' or '\r': builder.Append(c); break;
                case < ' ' or '\uFFFE' or '\uFFFF': builder.Append(ReplacementCharacter); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else
                    {
                        builder.Append(char.IsSurrogate(c) ? ReplacementCharacter : c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsXmlEscape(string text, bool entities)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((entities && c is '&' or '<' or '>' or '"' or '\'') || c is < ' ' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
