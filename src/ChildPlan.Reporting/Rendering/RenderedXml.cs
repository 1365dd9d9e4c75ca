using System.Xml;

namespace ChildPlan.Reporting.Rendering;

/// <summary>Checks that the output of a DOCX template is well-formed XML before it is packaged.</summary>
internal static class RenderedXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CheckCharacters = true,
        IgnoreWhitespace = true,
    };

    /// <summary>Reads <paramref name="xml"/> to its end.</summary>
    /// <param name="xml">The rendered output.</param>
    /// <param name="where">The template source and name, for the error.</param>
    /// <exception cref="TemplateException">
    /// It is not well-formed XML (or has a DTD); the message names the template, the line and column of the rendered output,
    /// what is wrong and the text of that line. Values are escaped, so only the template's own text can cause this.
    /// </exception>
    public static void RequireWellFormed(string xml, string where)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            var line = xml.Split('\n') is var lines && e.LineNumber >= 1 && e.LineNumber <= lines.Length ? lines[e.LineNumber - 1].TrimEnd('\r') : string.Empty;
            if (line.Length > 160)
            {
                // The part of a long line around the column.
                var from = Math.Clamp(e.LinePosition - 80, 0, line.Length - 160);
                line = string.Concat(from > 0 ? "…" : string.Empty, line.AsSpan(from, 160), from + 160 < line.Length ? "…" : string.Empty);
            }

            throw new TemplateException($"{where}: the rendered document is not well-formed XML at line {e.LineNumber}, column {e.LinePosition} of the rendered output: {e.Message} The line reads: {line.Trim()}", e);
        }
    }
}
