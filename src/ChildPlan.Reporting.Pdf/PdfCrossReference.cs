using System.Globalization;
using System.IO.Compression;

namespace ChildPlan.Reporting.Pdf;

/// <summary>
/// The cross-reference of a PDF, read from its last section back through every <c>/Prev</c>: where each object is
/// (at an offset, or inside an object stream), and the newest trailer. Reads classic <c>xref</c> tables and
/// cross-reference streams (with the PNG predictors writers use on them).
/// </summary>
internal sealed class PdfCrossReference
{
    private readonly byte[] pdf;
    private readonly Dictionary<int, Entry> entries = [];

    private PdfCrossReference(byte[] pdf) => this.pdf = pdf;

    /// <summary>The offset of the last cross-reference section (what <c>startxref</c> says).</summary>
    public long LastSection { get; private set; }

    /// <summary>Whether the last section is a cross-reference stream rather than an <c>xref</c> table.</summary>
    public bool IsStream { get; private set; }

    /// <summary>The newest trailer's entries (of the table's <c>trailer</c>, or of the stream's dictionary).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Trailer { get; private set; } = [];

    /// <summary>Reads the cross-reference of <paramref name="pdf"/>.</summary>
    /// <exception cref="FormatException">The PDF's cross-reference cannot be read.</exception>
    public static PdfCrossReference Read(byte[] pdf)
    {
        var result = new PdfCrossReference(pdf);
        var tail = Math.Max(0, pdf.Length - 1024);
        var marker = pdf.AsSpan(tail).LastIndexOf("startxref"u8);
        if (marker < 0)
        {
            throw new FormatException("The PDF has no 'startxref' near its end.");
        }

        var start = PdfSyntax.SkipSpace(pdf, tail + marker + "startxref".Length);
        result.LastSection = Integer(pdf, start, PdfSyntax.Token(pdf, start));
        var visited = new HashSet<long>();
        long? section = result.LastSection;
        while (section is { } offset && visited.Add(offset))
        {
            var trailer = result.ReadSection(checked((int)offset));
            if (visited.Count == 1)
            {
                result.Trailer = trailer;
                result.IsStream = !PdfSyntax.StartsWith(pdf, PdfSyntax.SkipSpace(pdf, checked((int)offset)), "xref");
            }

            if (Find(trailer, "XRefStm") is { } hybrid)
            {
                result.ReadSection(int.Parse(hybrid, CultureInfo.InvariantCulture));
            }

            section = Find(trailer, "Prev") is { } prev ? long.Parse(prev, CultureInfo.InvariantCulture) : null;
        }

        return result;
    }

    /// <summary>The value of <paramref name="key"/> in <paramref name="dictionary"/>, or <see langword="null"/>.</summary>
    public static string? Find(IEnumerable<KeyValuePair<string, string>> dictionary, string key) =>
        dictionary.FirstOrDefault(e => e.Key == key).Value;

    /// <summary>The generation of object <paramref name="number"/> (0 for objects in object streams).</summary>
    public int Generation(int number) => entries.TryGetValue(number, out var e) && e.Type == 1 ? e.Generation : 0;

    /// <summary>The entries of the dictionary that object <paramref name="number"/> is.</summary>
    /// <exception cref="FormatException">The object is not in the cross-reference or is not a dictionary.</exception>
    public List<KeyValuePair<string, string>> ReadDictionary(int number)
    {
        var entry = entries.TryGetValue(number, out var e) ? e : throw new FormatException($"The PDF has no object {number.ToString(CultureInfo.InvariantCulture)}.");
        if (entry.Type == 1)
        {
            return PdfSyntax.ReadDictionary(pdf, AfterObjectHeader(pdf, checked((int)entry.Offset))).Entries;
        }

        // In an object stream: N pairs "number offset", then the objects from /First on.
        var (streamDictionary, data) = ReadStream(entries.TryGetValue(checked((int)entry.Offset), out var s) && s.Type == 1
            ? checked((int)s.Offset)
            : throw new FormatException($"The PDF's object stream {entry.Offset.ToString(CultureInfo.InvariantCulture)} is not in its cross-reference."));
        var count = int.Parse(Find(streamDictionary, "N") ?? "0", CultureInfo.InvariantCulture);
        var first = int.Parse(Find(streamDictionary, "First") ?? "0", CultureInfo.InvariantCulture);
        var position = 0;
        for (var i = 0; i < count; i++)
        {
            var numberStart = PdfSyntax.SkipSpace(data, position);
            var numberEnd = PdfSyntax.Token(data, numberStart);
            var offsetStart = PdfSyntax.SkipSpace(data, numberEnd);
            position = PdfSyntax.Token(data, offsetStart);
            if (Integer(data, numberStart, numberEnd) == number)
            {
                return PdfSyntax.ReadDictionary(data, first + checked((int)Integer(data, offsetStart, position))).Entries;
            }
        }

        throw new FormatException($"The PDF's object {number.ToString(CultureInfo.InvariantCulture)} is not in its object stream.");
    }

    private List<KeyValuePair<string, string>> ReadSection(int offset)
    {
        var position = PdfSyntax.SkipSpace(pdf, offset);
        if (!PdfSyntax.StartsWith(pdf, position, "xref"))
        {
            return ReadStreamSection(position);
        }

        position += 4;
        while (true)
        {
            position = PdfSyntax.SkipSpace(pdf, position);
            if (PdfSyntax.StartsWith(pdf, position, "trailer"))
            {
                return PdfSyntax.ReadDictionary(pdf, position + "trailer".Length).Entries;
            }

            var firstEnd = PdfSyntax.Token(pdf, position);
            var first = checked((int)Integer(pdf, position, firstEnd));
            var countStart = PdfSyntax.SkipSpace(pdf, firstEnd);
            position = PdfSyntax.Token(pdf, countStart);
            var count = checked((int)Integer(pdf, countStart, position));
            for (var i = 0; i < count; i++)
            {
                var offsetStart = PdfSyntax.SkipSpace(pdf, position);
                var offsetEnd = PdfSyntax.Token(pdf, offsetStart);
                var generationStart = PdfSyntax.SkipSpace(pdf, offsetEnd);
                var generationEnd = PdfSyntax.Token(pdf, generationStart);
                var kindStart = PdfSyntax.SkipSpace(pdf, generationEnd);
                position = PdfSyntax.Token(pdf, kindStart);
                var type = pdf[kindStart] == (byte)'n' ? 1 : 0;
                entries.TryAdd(first + i, new Entry(type, Integer(pdf, offsetStart, offsetEnd), checked((int)Integer(pdf, generationStart, generationEnd))));
            }
        }
    }

    private List<KeyValuePair<string, string>> ReadStreamSection(int position)
    {
        var (dictionary, data) = ReadStream(position);
        if (Find(dictionary, "Type") != "/XRef")
        {
            throw PdfSyntax.Malformed(position, "a cross-reference table or stream");
        }

        var widths = Numbers(Find(dictionary, "W") ?? throw PdfSyntax.Malformed(position, "/W in the cross-reference stream"));
        var index = Find(dictionary, "Index") is { } i ? Numbers(i) : [0, long.Parse(Find(dictionary, "Size") ?? "0", CultureInfo.InvariantCulture)];
        var rowLength = checked((int)widths.Sum());
        var row = 0;
        for (var pair = 0; pair + 1 < index.Count; pair += 2)
        {
            for (var n = 0L; n < index[pair + 1]; n++, row++)
            {
                var at = row * rowLength;
                if (at + rowLength > data.Length)
                {
                    throw PdfSyntax.Malformed(position, "as many cross-reference stream entries as its /Index says");
                }

                var type = widths[0] == 0 ? 1 : Field(data, at, (int)widths[0]);
                var second = Field(data, at + (int)widths[0], (int)widths[1]);
                var third = Field(data, at + (int)widths[0] + (int)widths[1], (int)widths[2]);
                entries.TryAdd(checked((int)(index[pair] + n)), new Entry((int)type, second, (int)third));
            }
        }

        return dictionary;
    }

    private (List<KeyValuePair<string, string>> Dictionary, byte[] Data) ReadStream(int offset)
    {
        var (dictionary, end) = PdfSyntax.ReadDictionary(pdf, AfterObjectHeader(pdf, offset));
        var position = PdfSyntax.SkipSpace(pdf, end);
        if (!PdfSyntax.StartsWith(pdf, position, "stream"))
        {
            throw PdfSyntax.Malformed(position, "'stream'");
        }

        position += "stream".Length;
        position += PdfSyntax.StartsWith(pdf, position, "\r\n") ? 2 : 1;
        var length = Find(dictionary, "Length") is { } l && int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out var direct)
            ? direct
            : pdf.AsSpan(position).IndexOf("endstream"u8);
        if (length < 0 || position + length > pdf.Length)
        {
            throw PdfSyntax.Malformed(position, "a stream of the length its dictionary says");
        }

        var data = pdf.AsSpan(position, length).ToArray();
        var filter = Find(dictionary, "Filter")?.Trim('[', ']', ' ');
        if (filter is null)
        {
            return (dictionary, data);
        }

        if (filter != "/FlateDecode")
        {
            throw new FormatException($"The PDF's stream at byte {offset.ToString(CultureInfo.InvariantCulture)} uses the filter {filter}, which is not read here.");
        }

        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var parameters = Find(dictionary, "DecodeParms") is { } p ? PdfSyntax.ReadDictionary(PdfSyntax.Latin1.GetBytes(p.Trim('[', ']', ' ')), 0).Entries : [];
        var predictor = int.Parse(Find(parameters, "Predictor") ?? "1", CultureInfo.InvariantCulture);
        var columns = int.Parse(Find(parameters, "Columns") ?? "1", CultureInfo.InvariantCulture);
        return predictor switch
        {
            1 => (dictionary, inflated.ToArray()),
            >= 10 => (dictionary, UndoPngPredictor(inflated.ToArray(), columns)),
            _ => throw new FormatException($"The PDF's stream at byte {offset.ToString(CultureInfo.InvariantCulture)} uses predictor {predictor}, which is not read here."),
        };
    }

    /// <summary>Undoes the PNG row filters (one filter byte before each row of <paramref name="columns"/> bytes).</summary>
    private static byte[] UndoPngPredictor(byte[] data, int columns)
    {
        var rows = data.Length / (columns + 1);
        var result = new byte[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            var filter = data[r * (columns + 1)];
            for (var c = 0; c < columns; c++)
            {
                var raw = data[(r * (columns + 1)) + 1 + c];
                var left = c > 0 ? result[(r * columns) + c - 1] : 0;
                var up = r > 0 ? result[((r - 1) * columns) + c] : 0;
                var upLeft = r > 0 && c > 0 ? result[((r - 1) * columns) + c - 1] : 0;
                result[(r * columns) + c] = (byte)(raw + filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                });
            }
        }

        return result;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }

    private static int AfterObjectHeader(ReadOnlySpan<byte> pdf, int offset)
    {
        var position = offset;
        for (var i = 0; i < 2; i++)
        {
            position = PdfSyntax.Token(pdf, PdfSyntax.SkipSpace(pdf, position));
        }

        position = PdfSyntax.SkipSpace(pdf, position);
        return PdfSyntax.StartsWith(pdf, position, "obj") ? position + 3 : throw PdfSyntax.Malformed(offset, "an object ('n g obj')");
    }

    private static long Field(byte[] data, int at, int width)
    {
        var value = 0L;
        for (var i = 0; i < width; i++)
        {
            value = (value << 8) | data[at + i];
        }

        return value;
    }

    private static List<long> Numbers(string array) =>
        [.. array.Trim('[', ']').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(n => long.Parse(n, CultureInfo.InvariantCulture))];

    private static long Integer(ReadOnlySpan<byte> pdf, int start, int end) =>
        long.TryParse(pdf[start..end], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw PdfSyntax.Malformed(start, "an integer");

    /// <summary>One cross-reference entry: type 1 (at <paramref name="Offset"/>), or type 2 (in object stream <paramref name="Offset"/>).</summary>
    private readonly record struct Entry(int Type, long Offset, int Generation);
}
