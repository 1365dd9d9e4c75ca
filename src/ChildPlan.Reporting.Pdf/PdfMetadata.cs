using System.Globalization;
using System.Text;
using ChildPlan.Reporting.Documents;

namespace ChildPlan.Reporting.Pdf;

/// <summary>
/// Gives a PDF its title, author, subject and language by an incremental update (ISO 32000-1, 7.5.6): the original
/// bytes stay as they are, and a new document information dictionary, the catalog with <c>/Lang</c> when it differs,
/// and a cross-reference section of the same kind as the last one (table or stream) pointing back to it are appended.
/// Chromium writes the title and the page's <c>lang</c>, but no author or subject.
/// </summary>
internal static class PdfMetadata
{
    /// <summary>The PDF <paramref name="pdf"/> with <paramref name="properties"/> as its metadata.</summary>
    /// <exception cref="FormatException">The PDF's structure cannot be read, or it is encrypted.</exception>
    public static byte[] Apply(byte[] pdf, DocumentProperties properties)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(properties);
        var xref = PdfCrossReference.Read(pdf);
        var trailer = xref.Trailer;
        if (PdfCrossReference.Find(trailer, "Encrypt") is not null)
        {
            throw new FormatException("The PDF is encrypted; its metadata is not changed.");
        }

        var size = int.Parse(PdfCrossReference.Find(trailer, "Size") ?? throw new FormatException("The PDF's trailer has no /Size."), CultureInfo.InvariantCulture);
        var root = PdfSyntax.ParseReference(PdfCrossReference.Find(trailer, "Root") ?? throw new FormatException("The PDF's trailer has no /Root."));
        var info = PdfCrossReference.Find(trailer, "Info") is { } i ? xref.ReadDictionary(PdfSyntax.ParseReference(i).Number) : [];
        Set(info, "Title", PdfSyntax.TextString(properties.Title));
        Set(info, "Author", PdfSyntax.TextString(properties.Author));
        Set(info, "Subject", PdfSyntax.TextString(properties.Subject));

        var objects = new SortedDictionary<int, (int Generation, string Body)>();
        var infoNumber = size++;
        objects[infoNumber] = (0, Dictionary(info));
        var catalog = xref.ReadDictionary(root.Number);
        var language = properties.Language.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? "(" + properties.Language + ")" : PdfSyntax.TextString(properties.Language);
        if (PdfCrossReference.Find(catalog, "Lang") is not { } lang || !SameText(lang, properties.Language))
        {
            Set(catalog, "Lang", language);
            objects[root.Number] = (root.Generation, Dictionary(catalog));
        }

        using var output = new MemoryStream(pdf.Length + 2048);
        output.Write(pdf);
        if (pdf.Length > 0 && pdf[^1] is not ((byte)'\n' or (byte)'\r'))
        {
            Write(output, "\n");
        }

        var offsets = new SortedDictionary<int, (long Offset, int Generation)>();
        foreach (var (number, (generation, body)) in objects)
        {
            offsets[number] = (output.Position, generation);
            Write(output, Invariant($"{number} {generation} obj\n{body}\nendobj\n"));
        }

        var newTrailer = new List<KeyValuePair<string, string>>
        {
            new("Root", Invariant($"{root.Number} {root.Generation} R")),
            new("Info", Invariant($"{infoNumber} 0 R")),
            new("Prev", xref.LastSection.ToString(CultureInfo.InvariantCulture)),
        };
        if (PdfCrossReference.Find(trailer, "ID") is { } id)
        {
            newTrailer.Add(new("ID", id));
        }

        long section;
        if (xref.IsStream)
        {
            var streamNumber = size++;
            section = output.Position;
            offsets[streamNumber] = (section, 0);
            var rows = new MemoryStream();
            foreach (var (offset, generation) in offsets.Values)
            {
                rows.WriteByte(1);
                rows.Write([(byte)(offset >> 24), (byte)(offset >> 16), (byte)(offset >> 8), (byte)offset, (byte)(generation >> 8), (byte)generation]);
            }

            newTrailer.InsertRange(0, [new("Type", "/XRef"), new("Size", size.ToString(CultureInfo.InvariantCulture)), new("W", "[1 4 2]"), new("Index", "[" + string.Join(' ', Runs(offsets.Keys).Select(r => Invariant($"{r.First} {r.Count}"))) + "]")]);
            newTrailer.Add(new("Length", rows.Length.ToString(CultureInfo.InvariantCulture)));
            Write(output, Invariant($"{streamNumber} 0 obj\n{Dictionary(newTrailer)}\nstream\n"));
            rows.Position = 0;
            rows.CopyTo(output);
            Write(output, "\nendstream\nendobj\n");
        }
        else
        {
            section = output.Position;
            var table = new StringBuilder("xref\n");
            foreach (var (first, count) in Runs(offsets.Keys))
            {
                table.Append(Invariant($"{first} {count}\n"));
                foreach (var (offset, generation) in offsets.Where(o => o.Key >= first && o.Key < first + count).Select(o => o.Value))
                {
                    table.Append(Invariant($"{offset:D10} {generation:D5} n\r\n"));
                }
            }

            newTrailer.Insert(0, new("Size", size.ToString(CultureInfo.InvariantCulture)));
            Write(output, table.Append("trailer\n").Append(Dictionary(newTrailer)).Append('\n').ToString());
        }

        Write(output, Invariant($"startxref\n{section}\n%%EOF\n"));
        return output.ToArray();
    }

    private static bool SameText(string value, string text) =>
        value == PdfSyntax.TextString(text) || value == "(" + text + ")";

    private static void Set(List<KeyValuePair<string, string>> dictionary, string key, string value)
    {
        var index = dictionary.FindIndex(e => e.Key == key);
        if (index >= 0)
        {
            dictionary[index] = new(key, value);
        }
        else
        {
            dictionary.Add(new(key, value));
        }
    }

    private static string Dictionary(IEnumerable<KeyValuePair<string, string>> entries) =>
        "<<" + string.Join("\n", entries.Select(e => "/" + e.Key + " " + e.Value)) + ">>";

    private static IEnumerable<(int First, int Count)> Runs(IEnumerable<int> sortedNumbers)
    {
        int? first = null;
        var count = 0;
        foreach (var n in sortedNumbers)
        {
            if (first is { } f && n == f + count)
            {
                count++;
                continue;
            }

            if (first is { } done)
            {
                yield return (done, count);
            }

            first = n;
            count = 1;
        }

        if (first is { } last)
        {
            yield return (last, count);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Write(Stream output, string text) => output.Write(PdfSyntax.Latin1.GetBytes(text));
}
