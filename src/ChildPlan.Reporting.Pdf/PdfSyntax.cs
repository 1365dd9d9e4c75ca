using System.Globalization;
using System.Text;

namespace ChildPlan.Reporting.Pdf;

/// <summary>
/// Just enough of the PDF syntax (ISO 32000-1, 7.2–7.3) to read a dictionary's entries as raw text and find where each
/// value ends: strings (literal and hexadecimal), names, numbers, references, arrays and nested dictionaries.
/// </summary>
internal static class PdfSyntax
{
    /// <summary>The bytes of a PDF as text, one character per byte, so offsets are the same in both.</summary>
    public static readonly Encoding Latin1 = Encoding.Latin1;

    /// <summary>Whether <paramref name="b"/> is PDF white space.</summary>
    public static bool IsWhiteSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    /// <summary>Whether <paramref name="b"/> is a PDF delimiter.</summary>
    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    /// <summary>The position of the first byte at or after <paramref name="position"/> that is neither white space nor in a comment.</summary>
    public static int SkipSpace(ReadOnlySpan<byte> pdf, int position)
    {
        while (position < pdf.Length)
        {
            if (IsWhiteSpace(pdf[position]))
            {
                position++;
            }
            else if (pdf[position] == (byte)'%')
            {
                while (position < pdf.Length && pdf[position] is not (10 or 13))
                {
                    position++;
                }
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary>Reads the entries of the dictionary that starts (after white space) at <paramref name="position"/>.</summary>
    /// <returns>Its keys (without the slash) and raw values in order, and the position after its closing <c>&gt;&gt;</c>.</returns>
    public static (List<KeyValuePair<string, string>> Entries, int End) ReadDictionary(ReadOnlySpan<byte> pdf, int position)
    {
        position = SkipSpace(pdf, position);
        if (!StartsWith(pdf, position, "<<"))
        {
            throw Malformed(position, "a dictionary");
        }

        position += 2;
        var entries = new List<KeyValuePair<string, string>>();
        while (true)
        {
            position = SkipSpace(pdf, position);
            if (StartsWith(pdf, position, ">>"))
            {
                return (entries, position + 2);
            }

            if (position >= pdf.Length || pdf[position] != (byte)'/')
            {
                throw Malformed(position, "a name in a dictionary");
            }

            var keyEnd = SkipValue(pdf, position);
            var key = Latin1.GetString(pdf[(position + 1)..keyEnd]);
            var valueStart = SkipSpace(pdf, keyEnd);
            var valueEnd = SkipValue(pdf, valueStart);
            entries.Add(new(key, Latin1.GetString(pdf[valueStart..valueEnd])));
            position = valueEnd;
        }
    }

    /// <summary>The position just after the value that starts at <paramref name="position"/> (an integer followed by <c>g R</c> is one reference).</summary>
    public static int SkipValue(ReadOnlySpan<byte> pdf, int position)
    {
        position = SkipSpace(pdf, position);
        if (position >= pdf.Length)
        {
            throw Malformed(position, "a value");
        }

        switch (pdf[position])
        {
            case (byte)'(':
                var depth = 0;
                for (; position < pdf.Length; position++)
                {
                    switch (pdf[position])
                    {
                        case (byte)'\\':
                            position++;
                            break;
                        case (byte)'(':
                            depth++;
                            break;
                        case (byte)')':
                            if (--depth == 0)
                            {
                                return position + 1;
                            }

                            break;
                    }
                }

                throw Malformed(position, "the end of a string");
            case (byte)'<' when StartsWith(pdf, position, "<<"):
                position += 2;
                while (true)
                {
                    position = SkipSpace(pdf, position);
                    if (StartsWith(pdf, position, ">>"))
                    {
                        return position + 2;
                    }

                    position = SkipValue(pdf, position);
                }

            case (byte)'<':
                var close = pdf[position..].IndexOf((byte)'>');
                return close < 0 ? throw Malformed(position, "the end of a hexadecimal string") : position + close + 1;
            case (byte)'[':
                position++;
                while (true)
                {
                    position = SkipSpace(pdf, position);
                    if (position < pdf.Length && pdf[position] == (byte)']')
                    {
                        return position + 1;
                    }

                    position = SkipValue(pdf, position);
                }

            case (byte)'/':
                position++;
                return Token(pdf, position);
            default:
                var end = Token(pdf, position);
                if (end == position)
                {
                    throw Malformed(position, "a value");
                }

                // "12 0 R" is one value: a reference.
                if (IsInteger(pdf[position..end]))
                {
                    var generationStart = SkipSpace(pdf, end);
                    var generationEnd = Token(pdf, generationStart);
                    if (generationEnd > generationStart && IsInteger(pdf[generationStart..generationEnd]))
                    {
                        var r = SkipSpace(pdf, generationEnd);
                        if (r < pdf.Length && pdf[r] == (byte)'R' && (r + 1 == pdf.Length || IsWhiteSpace(pdf[r + 1]) || IsDelimiter(pdf[r + 1])))
                        {
                            return r + 1;
                        }
                    }
                }

                return end;
        }
    }

    /// <summary>The object number and generation of a reference (<c>12 0 R</c>).</summary>
    public static (int Number, int Generation) ParseReference(string value)
    {
        var parts = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 3 && parts[2] == "R"
            ? (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture))
            : throw new FormatException($"'{value}' is not a PDF reference.");
    }

    /// <summary>A text string as PDF writes text outside ASCII: UTF-16BE with a byte order mark, in hexadecimal.</summary>
    public static string TextString(string text)
    {
        var builder = new StringBuilder("<FEFF");
        foreach (var b in Encoding.BigEndianUnicode.GetBytes(text))
        {
            builder.Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return builder.Append('>').ToString();
    }

    /// <summary>Whether the bytes at <paramref name="position"/> are <paramref name="text"/>.</summary>
    public static bool StartsWith(ReadOnlySpan<byte> pdf, int position, string text) =>
        position >= 0 && position + text.Length <= pdf.Length && pdf.Slice(position, text.Length).SequenceEqual(Latin1.GetBytes(text));

    /// <summary>The position after the regular characters starting at <paramref name="position"/>.</summary>
    public static int Token(ReadOnlySpan<byte> pdf, int position)
    {
        while (position < pdf.Length && !IsWhiteSpace(pdf[position]) && !IsDelimiter(pdf[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>Says that the PDF is not what was expected at <paramref name="position"/>.</summary>
    public static FormatException Malformed(int position, string expected) =>
        new($"The PDF does not have {expected} at byte {position.ToString(CultureInfo.InvariantCulture)}.");

    private static bool IsInteger(ReadOnlySpan<byte> token)
    {
        foreach (var b in token)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return !token.IsEmpty;
    }
}
