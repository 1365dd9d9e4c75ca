using System.Globalization;
using System.IO.Compression;
using System.Text;
using ChildPlan.Reporting.Documents;
using ChildPlan.Reporting.Pdf;

namespace ChildPlan.Tests.Reporting;

/// <summary>
/// The metadata Chromium does not write (author, subject, the full language tag) added to small PDFs by an
/// incremental update, after a classic cross-reference table and after a compressed cross-reference stream.
/// </summary>
public sealed class PdfMetadataTests
{
    private static readonly DocumentProperties Properties = new("BÁO CÁO Kết quả thực hiện năm 2025", "Chương trình hành động vì trẻ em", "Sở Lao động - Thương binh và Xã hội tỉnh Điện Biên");

    public static TheoryData<string> Kinds() => ["table", "stream"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_update_keeps_the_original_bytes_and_adds_title_author_subject_and_language(string kind)
    {
        var original = kind == "table" ? ClassicPdf() : XrefStreamPdf();

        var updated = PdfMetadata.Apply(original, Properties);

        Assert.Equal(original, updated[..original.Length]);
        var xref = PdfCrossReference.Read(updated);
        Assert.Equal(kind == "stream", xref.IsStream);
        Assert.Equal(StartXref(original).ToString(CultureInfo.InvariantCulture), PdfCrossReference.Find(xref.Trailer, "Prev"));
        var info = xref.ReadDictionary(PdfSyntax.ParseReference(PdfCrossReference.Find(xref.Trailer, "Info")!).Number);
        Assert.Equal(PdfSyntax.TextString(Properties.Title), PdfCrossReference.Find(info, "Title"));
        Assert.Equal(PdfSyntax.TextString(Properties.Author), PdfCrossReference.Find(info, "Author"));
        Assert.Equal(PdfSyntax.TextString(Properties.Subject), PdfCrossReference.Find(info, "Subject"));
        Assert.Equal(@"(Test \(nested\) \\ writer)", PdfCrossReference.Find(info, "Producer"));
        var catalog = xref.ReadDictionary(PdfSyntax.ParseReference(PdfCrossReference.Find(xref.Trailer, "Root")!).Number);
        Assert.Equal("(vi-VN)", PdfCrossReference.Find(catalog, "Lang"));
        Assert.Equal("2 0 R", PdfCrossReference.Find(catalog, "Pages"));

        using var pdf = new PdfPrinterTests.TemporaryPdf(updated);
        var (text, errors) = ExternalTool.RunWithErrors(ExternalTool.Poppler("pdfinfo"), pdf.Path);
        Assert.Empty(errors);
        Assert.Contains($"Title:           {Properties.Title}\n", text, StringComparison.Ordinal);
        Assert.Contains($"Author:          {Properties.Author}\n", text, StringComparison.Ordinal);
        Assert.Contains($"Subject:         {Properties.Subject}\n", text, StringComparison.Ordinal);
        Assert.Contains("Producer:        Test (nested) \\ writer\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_string_is_utf16_big_endian_with_a_byte_order_mark_in_hexadecimal()
    {
        Assert.Equal("<FEFF0110>", PdfSyntax.TextString("Đ"));
    }

    [Fact]
    public void A_pdf_without_a_cross_reference_is_refused_with_a_format_error()
    {
        var error = Assert.Throws<FormatException>(() => PdfMetadata.Apply(Encoding.ASCII.GetBytes("%PDF-1.4\nnot a pdf\n"), Properties));

        Assert.Contains("startxref", error.Message, StringComparison.Ordinal);
    }

    private const string Catalog = "<</Type /Catalog /Pages 2 0 R /Lang (vi)>>";
    private const string Pages = "<</Type /Pages /Kids [3 0 R] /Count 1>>";
    private const string Page = "<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources <<>>>>";
    private const string Info = @"<</Title (Old) /Producer (Test \(nested\) \\ writer)>>";

    /// <summary>A one-page PDF 1.4 with a classic cross-reference table, as Chromium writes.</summary>
    private static byte[] ClassicPdf()
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        foreach (var (body, number) in new[] { Catalog, Pages, Page, Info }.Select((b, i) => (b, i + 1)))
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append("xref\n0 5\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size 5 /Root 1 0 R /Info 4 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>
    /// A one-page PDF 1.5 whose catalog and information dictionary are in a compressed object stream, indexed by a
    /// cross-reference stream compressed with the PNG Up predictor.
    /// </summary>
    private static byte[] XrefStreamPdf()
    {
        using var pdf = new MemoryStream();
        void Write(string text) => pdf.Write(Encoding.Latin1.GetBytes(text));
        Write("%PDF-1.5\n");
        var pagesAt = pdf.Position;
        Write($"2 0 obj\n{Pages}\nendobj\n");
        var pageAt = pdf.Position;
        Write($"3 0 obj\n{Page}\nendobj\n");

        var header = $"1 0 4 {Catalog.Length + 1} ";
        var objects = Deflate(Encoding.Latin1.GetBytes(header + Catalog + "\n" + Info));
        var objectStreamAt = pdf.Position;
        Write($"5 0 obj\n<</Type /ObjStm /N 2 /First {header.Length} /Filter /FlateDecode /Length {objects.Length}>>\nstream\n");
        pdf.Write(objects);
        Write("\nendstream\nendobj\n");

        var xrefAt = pdf.Position;
        long[][] rows = [[0, 0, 65535], [2, 5, 0], [1, pagesAt, 0], [1, pageAt, 0], [2, 5, 1], [1, objectStreamAt, 0], [1, xrefAt, 0]];
        var previous = new byte[7];
        var predicted = new MemoryStream();
        foreach (var row in rows)
        {
            byte[] bytes = [(byte)row[0], (byte)(row[1] >> 24), (byte)(row[1] >> 16), (byte)(row[1] >> 8), (byte)row[1], (byte)(row[2] >> 8), (byte)row[2]];
            predicted.WriteByte(2);
            predicted.Write(bytes.Select((b, i) => (byte)(b - previous[i])).ToArray());
            previous = bytes;
        }

        var data = Deflate(predicted.ToArray());
        Write($"6 0 obj\n<</Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Info 4 0 R /Filter /FlateDecode /DecodeParms <</Predictor 12 /Columns 7>> /Length {data.Length}>>\nstream\n");
        pdf.Write(data);
        Write($"\nendstream\nendobj\nstartxref\n{xrefAt}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private static long StartXref(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal) + "startxref".Length;
        return long.Parse(text[at..].Trim().Split('\n')[0], CultureInfo.InvariantCulture);
    }
}
