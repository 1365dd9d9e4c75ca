using System.Globalization;
using System.Text;

namespace ChildPlan.Benchmarks.Rendering;

/// <summary>Appending escaped text and numbers to a page, as the library's templates write values.</summary>
public static class HtmlBuilder
{
    /// <summary>Appends <paramref name="text"/> with <c>&amp; &lt; &gt; " '</c> as entities (as <c>OutputFormat.Html.Escape</c>).</summary>
    public static StringBuilder E(this StringBuilder builder, string? text)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (text is null)
        {
            return builder;
        }

        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is not null)
            {
                builder.Append(text, start, i - start).Append(entity);
                start = i + 1;
            }
        }

        return builder.Append(text, start, text.Length - start);
    }

    /// <summary>Appends an integer as templates write it (invariant culture).</summary>
    public static StringBuilder N(this StringBuilder builder, int value)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Append(value.ToString(CultureInfo.InvariantCulture));
    }
}
