using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace ChildPlan.Reporting.Workbooks;

public static partial class CollectionWorkbook
{
    /// <summary>Parts that expand to no more than this are not checked for their compression ratio.</summary>
    private const long RatioCheckedFrom = 1024 * 1024;

    /// <summary>Copies <paramref name="input"/> into memory, refusing it once it is larger than <see cref="ImportLimits.MaxFileBytes"/>.</summary>
    private static MemoryStream CopyBounded(Stream input, string name, ImportLimits limits)
    {
        if (input.CanSeek && input.Length - input.Position > limits.MaxFileBytes)
        {
            throw FileTooLarge(name, limits);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limits.MaxFileBytes)
            {
                buffer.Dispose();
                throw FileTooLarge(name, limits);
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static ChildPlanInputException FileTooLarge(string name, ImportLimits limits) =>
        new(name, $"the file is larger than {Size(limits.MaxFileBytes)} (limit ImportLimits.MaxFileBytes); a collection workbook is far smaller, so it is not read.");

    /// <summary>
    /// Inspects the zip package before the spreadsheet library sees it: the number of parts, the size they expand to
    /// (as declared, then counted while expanding each part, so understated sizes are caught) and each large part's
    /// compression ratio. A file that is not a zip package, or whose parts are corrupt, is left for the workbook
    /// reader to refuse with its usual message.
    /// </summary>
    /// <returns>Whether the package is a readable zip whose parts are all XML (else only ClosedXML reads it, and refuses it as before).</returns>
    private static bool CheckPackage(MemoryStream buffer, string name, ImportLimits limits)
    {
        buffer.Position = 0;
        var plain = true;
        try
        {
            using var archive = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            var entries = archive.Entries;
            if (entries.Count > limits.MaxEntries)
            {
                throw new ChildPlanInputException(name, string.Create(CultureInfo.InvariantCulture, $"the workbook has {entries.Count} parts, more than {limits.MaxEntries} (limit ImportLimits.MaxEntries); a collection workbook has about a dozen."));
            }

            long declared = 0;
            foreach (var entry in entries)
            {
                declared += entry.Length;
                CheckExpansion(name, limits, entry, declared, entry.Length);
            }

            long counted = 0;
            long cells = 0;
            foreach (var entry in entries)
            {
                long size = 0;
                using var part = new CountingStream(entry.Open(), read =>
                {
                    size += read;
                    counted += read;
                    CheckExpansion(name, limits, entry, counted, size);
                });
                var (count, xml) = CountCells(part);
                cells += count;
                plain &= xml;
                if (cells > limits.MaxCells)
                {
                    throw new ChildPlanInputException(name, string.Create(CultureInfo.InvariantCulture, $"the workbook has more than {limits.MaxCells} cells (limit ImportLimits.MaxCells); a collection workbook has a few thousand, so it is not read."));
                }

                part.CopyTo(Stream.Null);
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            // Not a zip package, or a corrupt one: Open refuses it as not a workbook.
            plain = false;
        }
        finally
        {
            buffer.Position = 0;
        }

        return plain;
    }

    /// <summary>
    /// The spreadsheet cells (<c>c</c> elements) in a part, read as XML without keeping it; a part that is not XML,
    /// or stops being XML, counts what was read up to there (and is not XML).
    /// </summary>
    private static (long Cells, bool Xml) CountCells(Stream part)
    {
        long cells = 0;
        try
        {
            using var reader = XmlReader.Create(part, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false, IgnoreWhitespace = true, IgnoreComments = true });
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
                {
                    cells++;
                }
            }
        }
        catch (XmlException)
        {
            // Not XML (an image), or broken XML: the workbook reader refuses it if it is a part it reads.
            return (cells, false);
        }

        return (cells, true);
    }

    private static void CheckExpansion(string name, ImportLimits limits, ZipArchiveEntry entry, long total, long size)
    {
        if (total > limits.MaxUncompressedBytes)
        {
            throw new ChildPlanInputException(name, $"the workbook expands to more than {Size(limits.MaxUncompressedBytes)} (limit ImportLimits.MaxUncompressedBytes); a collection workbook expands to well under 1 MB, so it is not read.");
        }

        if (size > RatioCheckedFrom && size / Math.Max(entry.CompressedLength, 1) > limits.MaxCompressionRatio)
        {
            throw new ChildPlanInputException(name, string.Create(CultureInfo.InvariantCulture, $"the part '{Printable(entry.FullName)}' expands more than {limits.MaxCompressionRatio} times (limit ImportLimits.MaxCompressionRatio); spreadsheet data is never compressed that well, so it is not read."));
        }
    }

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MB"),
        >= 1024 when bytes % 1024 == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes"),
    };

    /// <summary>A part name from the file, shortened and without control characters, for a message.</summary>
    private static string Printable(string text) => Shorten(new string([.. text.Select(c => char.IsControl(c) ? '?' : c)]));

    /// <summary>A read-only stream that reports how many bytes each read returned.</summary>
    private sealed class CountingStream(Stream inner, Action<int> counted) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            counted(read);
            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            counted(read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
