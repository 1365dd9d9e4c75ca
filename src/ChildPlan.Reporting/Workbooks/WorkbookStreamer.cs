using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChildPlan.Reporting.Workbooks;

/// <summary>
/// Completes a workbook that ClosedXML wrote without its large tables: the package is copied part by part, and the
/// <c>sheetData</c> of the named worksheets gets its rows streamed in after the rows ClosedXML wrote (titles, headers),
/// through the Open XML SDK's <see cref="OpenXmlWriter"/>. The rows' styles are added to the shared style sheet, which
/// is written last. Nothing but the package being written is held in memory: not the rows, not their cells.
/// </summary>
internal static class WorkbookStreamer
{
    /// <summary>
    /// Writes <paramref name="skeleton"/> (a package ClosedXML saved) to <paramref name="output"/>, with the rows each
    /// entry of <paramref name="rows"/> writes appended to the worksheet of that name, whose used range then reaches
    /// <c>LastRow</c> and <c>LastColumn</c>.
    /// </summary>
    public static void Write(MemoryStream skeleton, IReadOnlyList<(string SheetName, int LastRow, int LastColumn, Action<StreamedRows> Write)> rows, Stream output)
    {
        Stylesheet stylesheet;
        string stylesPath;
        SharedStringTable? sharedStrings = null;
        string? stringsPath = null;
        var sheets = new Dictionary<string, (Worksheet Worksheet, Action<StreamedRows> Write)>(StringComparer.Ordinal);
        skeleton.Position = 0;
        using (var document = SpreadsheetDocument.Open(skeleton, false))
        {
            var workbookPart = document.WorkbookPart!;
            var stylesPart = workbookPart.WorkbookStylesPart!;
            stylesheet = (Stylesheet)stylesPart.Stylesheet.CloneNode(true);
            stylesPath = EntryName(stylesPart);
            if (workbookPart.SharedStringTablePart is { } stringsPart)
            {
                sharedStrings = (SharedStringTable)stringsPart.SharedStringTable.CloneNode(true);
                stringsPath = EntryName(stringsPart);
            }
            var byName = workbookPart.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s => s.Id!.Value!, StringComparer.Ordinal);
            foreach (var (name, lastRow, lastColumn, write) in rows)
            {
                var part = (WorksheetPart)workbookPart.GetPartById(byName[name]);
                var worksheet = (Worksheet)part.Worksheet.CloneNode(true);
                if (worksheet.SheetDimension is { } dimension)
                {
                    dimension.Reference = "A1:" + StreamedRows.Reference(lastColumn, lastRow);
                }

                sheets.Add(EntryName(part), (worksheet, write));
            }
        }

        // Streamed cells start from the default style of the sheets' columns (the workbook's font).
        var baseFormat = sheets.Values
            .SelectMany(s => s.Worksheet.GetFirstChild<Columns>()?.Elements<Column>() ?? [])
            .FirstOrDefault(c => c.Min?.Value <= 1 && c.Max?.Value >= 1)?.Style?.Value ?? 0U;
        var styles = new StreamedStyles(stylesheet, baseFormat);
        var strings = sharedStrings is null ? null : new StreamedStrings(sharedStrings);
        skeleton.Position = 0;
        using (var source = new ZipArchive(skeleton, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                if (entry.FullName == stylesPath || entry.FullName == stringsPath)
                {
                    continue;
                }

                // The streamed sheets are most of the package: compressed fast (a larger file, in a fraction of the time).
                var streamed = sheets.TryGetValue(entry.FullName, out var sheet);
                var copy = target.CreateEntry(entry.FullName, streamed ? CompressionLevel.Fastest : CompressionLevel.Optimal);
                using var to = copy.Open();
                if (streamed)
                {
                    WriteSheet(sheet.Worksheet, sheet.Write, styles, strings, to);
                }
                else
                {
                    using var from = entry.Open();
                    from.CopyTo(to);
                }
            }

            // Last, with the styles and strings the rows used.
            WritePart(target, stylesPath, writer => writer.WriteElement(stylesheet));
            if (strings is not null)
            {
                WritePart(target, stringsPath!, strings.Write);
            }
        }
    }

    private static void WritePart(ZipArchive target, string path, Action<OpenXmlWriter> write)
    {
        using var stream = target.CreateEntry(path, CompressionLevel.Optimal).Open();
        using var writer = OpenXmlWriter.Create(stream, Encoding.UTF8);
        writer.WriteStartDocument(true);
        write(writer);
    }

    private static string EntryName(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');

    private static void WriteSheet(Worksheet worksheet, Action<StreamedRows> write, StreamedStyles styles, StreamedStrings? strings, Stream to)
    {
        using var writer = OpenXmlWriter.Create(to, Encoding.UTF8);
        writer.WriteStartDocument(true);
        writer.WriteStartElement(worksheet, worksheet.GetAttributes(), worksheet.NamespaceDeclarations);
        foreach (var child in worksheet.ChildElements)
        {
            if (child is SheetData data)
            {
                writer.WriteStartElement(data, data.GetAttributes());
                foreach (var row in data.ChildElements)
                {
                    writer.WriteElement(row);
                }

                var rows = new StreamedRows(writer, styles, strings);
                write(rows);
                writer.WriteEndElement();
            }
            else
            {
                writer.WriteElement(child);
            }
        }

        writer.WriteEndElement();
    }
}
