using System.Buffers;
using System.Globalization;
using ClosedXML.Excel;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChildPlan.Reporting.Workbooks;

public static partial class CollectionWorkbook
{
    /// <summary>What the import reads of a cell, as ClosedXML reports it.</summary>
    private enum CellKind
    {
        Empty,
        Text,
        Number,
        DateTime,
        TimeSpan,
        Other,
    }

    /// <summary>The sheets of a workbook being imported, by name.</summary>
    private interface IWorkbookCells
    {
        /// <summary>The sheet of that name, or <see langword="null"/>.</summary>
        ISheetCells? Sheet(string name);
    }

    /// <summary>The cells of a sheet being imported.</summary>
    private interface ISheetCells
    {
        /// <summary>The sheet's name.</summary>
        string Name { get; }

        /// <summary>The last row with a value or a formula, 0 for none.</summary>
        int LastRowUsed();

        /// <summary>The cell at <paramref name="row"/>, <paramref name="column"/> (1-based).</summary>
        SheetCell Cell(int row, int column);
    }

    /// <summary>
    /// A cell as the import reads it: its kind, its text as ClosedXML's <c>GetString</c> gives it, its formula (A1) if it has one,
    /// its number, and a date or time as a message shows it.
    /// </summary>
    private readonly record struct SheetCell(CellKind Kind, string String, string? Formula = null, double Number = 0, string? DateShown = null)
    {
        public static readonly SheetCell Empty = new(CellKind.Empty, string.Empty);

        public bool HasFormula => Formula is not null;
    }

    /// <summary>A workbook loaded by ClosedXML: every kind of cell, formulas, dates, rich text.</summary>
    private sealed class ClosedXmlCells(XLWorkbook workbook) : IWorkbookCells
    {
        public ISheetCells? Sheet(string name) => workbook.TryGetWorksheet(name, out var sheet) ? new ClosedXmlSheet(sheet) : null;
    }

    private sealed class ClosedXmlSheet(IXLWorksheet sheet) : ISheetCells
    {
        public string Name => sheet.Name;

        public int LastRowUsed() => sheet.LastRowUsed(XLCellsUsedOptions.Contents)?.RowNumber() ?? 0;

        public SheetCell Cell(int row, int column)
        {
            var cell = sheet.Cell(row, column);
            if (cell.HasFormula)
            {
                return new SheetCell(CellKind.Other, string.Empty, cell.FormulaA1);
            }

            if (cell.IsEmpty(XLCellsUsedOptions.Contents))
            {
                return new SheetCell(CellKind.Empty, cell.GetString());
            }

            return cell.DataType switch
            {
                XLDataType.Number => new SheetCell(CellKind.Number, cell.GetString(), Number: cell.GetDouble()),
                XLDataType.Text => new SheetCell(CellKind.Text, cell.GetString()),
                XLDataType.DateTime => new SheetCell(CellKind.DateTime, cell.GetString(), DateShown: cell.GetDateTime().ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
                XLDataType.TimeSpan => new SheetCell(CellKind.TimeSpan, cell.GetString(), DateShown: cell.GetString()),
                _ => new SheetCell(CellKind.Other, cell.GetString()),
            };
        }
    }

    /// <summary>
    /// The metadata, data and tasks sheets read straight from their XML with an <see cref="XmlReader"/>, when they hold
    /// only what reads the same as through ClosedXML: shared-string text (without rich text or escapes) and numbers in number
    /// formats that are not dates. Returns <see langword="null"/> for anything else (a formula, a date, a boolean, an inline
    /// string, a cell without its reference, a missing sheet), which is then read by ClosedXML.
    /// </summary>
    private static PlainCells? ReadPlainCells(MemoryStream buffer, string name)
    {
        using var document = OpenDocument(buffer, name);
        try
        {
            var workbookPart = document.WorkbookPart!;
            var strings = SharedStrings(workbookPart);
            var plainFormats = PlainNumberFormats(workbookPart);
            if (strings is null || plainFormats is null)
            {
                return null;
            }

            var sheets = new Dictionary<string, PlainSheet>(StringComparer.Ordinal);
            var all = workbookPart.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];

            // An agency's form may have no data sheet; any workbook may have no tasks sheet. A sheet that is there under a name
            // differing only in case is left to ClosedXML, which finds sheets by name regardless of case.
            var optional = new[] { DataSheetName, TasksSheetName }
                .Where(n => !all.Any(s => string.Equals(s.Name?.Value, n, StringComparison.OrdinalIgnoreCase)));
            foreach (var sheetName in new[] { MetadataSheetName, DataSheetName, TasksSheetName }.Except(optional))
            {
                var sheet = all.Where(s => s.Name?.Value == sheetName).ToList();
                if (sheet is not { Count: 1 } || sheet[0].Id?.Value is not { } id
                    || workbookPart.GetPartById(id) is not WorksheetPart part
                    || PlainSheet.Read(sheetName, part, strings, plainFormats) is not { } read)
                {
                    return null;
                }

                sheets.Add(sheetName, read);
            }

            return new PlainCells(sheets);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException or XmlException or IOException or OpenXmlPackageException or KeyNotFoundException)
        {
            // Whatever the plain reading trips on, ClosedXML reads (or refuses) as it always did.
            return null;
        }
    }

    private const string SpreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly XmlReaderSettings PartSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };

    /// <summary>Whether the part's root is in the transitional spreadsheet namespace (anything else is left to ClosedXML).</summary>
    private static bool InSpreadsheetNamespace(XmlReader reader) =>
        reader.MoveToContent() == XmlNodeType.Element && reader.NamespaceURI == SpreadsheetNamespace;

    private static XmlReader PartReader(OpenXmlPart part) => XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), PartSettings);

    /// <summary>
    /// The shared strings, or <see langword="null"/> when one is rich text, has phonetics, or holds what ClosedXML may read
    /// differently (escapes, carriage returns, edge spaces not marked to be kept). Read with an <see cref="XmlReader"/>: the
    /// SDK's object model costs more than the import itself.
    /// </summary>
    private static List<string>? SharedStrings(WorkbookPart workbookPart)
    {
        var strings = new List<string>();
        if (workbookPart.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = PartReader(part);
        if (!InSpreadsheetNamespace(reader))
        {
            return null;
        }

        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "si" || reader.NamespaceURI != SpreadsheetNamespace)
            {
                continue;
            }

            if (reader.IsEmptyElement)
            {
                return null;
            }

            string? text = null;
            reader.Read();
            while (!(reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "si"))
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    if (reader.LocalName != "t" || text is not null)
                    {
                        return null; // rich text, phonetics
                    }

                    var preserve = reader.XmlSpace == XmlSpace.Preserve;
                    text = reader.ReadElementContentAsString();
                    if (!preserve && text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
                    {
                        return null;
                    }

                    continue;
                }

                if (!reader.Read())
                {
                    return null;
                }
            }

            if (text is null || text.Contains('\r', StringComparison.Ordinal) || text.Contains("_x", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            strings.Add(text);
        }

        return strings;
    }

    /// <summary>
    /// For each cell format (<c>xf</c>), whether a number in it is a plain number rather than a date or time: General, the
    /// built-in number and percentage formats, or a format whose code (outside quoted text and brackets) has only digits
    /// placeholders, separators, signs, percent and exponent. <see langword="null"/> when the styles cannot be read.
    /// </summary>
    private static bool[]? PlainNumberFormats(WorkbookPart workbookPart)
    {
        if (workbookPart.WorkbookStylesPart is not { } part)
        {
            return [true];
        }

        var codes = new Dictionary<uint, string>();
        var formats = new List<uint>();
        var inCellFormats = false;
        using (var reader = PartReader(part))
        {
            if (!InSpreadsheetNamespace(reader))
            {
                return null;
            }

            while (reader.Read())
            {
                if (reader.NamespaceURI != SpreadsheetNamespace)
                {
                    continue;
                }

                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
                {
                    inCellFormats = false;
                }
                else if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                else if (reader.LocalName == "cellXfs")
                {
                    inCellFormats = !reader.IsEmptyElement;
                }
                else if (reader.LocalName == "numFmt")
                {
                    var id = uint.Parse(reader.GetAttribute("numFmtId") ?? string.Empty, NumberStyles.None, CultureInfo.InvariantCulture);
                    codes.TryAdd(id, reader.GetAttribute("formatCode") ?? string.Empty);
                }
                else if (inCellFormats && reader.LocalName == "xf")
                {
                    formats.Add(reader.GetAttribute("numFmtId") is { } id ? uint.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture) : 0);
                }
            }
        }

        return formats.Count == 0
            ? null
            : [.. formats.Select(id => codes.TryGetValue(id, out var code) && code.Length > 0
                ? IsPlainNumberFormat(code) && ClosedXmlReadsAsNumber(code)
                : id is 0 or 1 or 2 or 3 or 4 or 9 or 10 or 11)];
    }

    private static readonly SearchValues<char> TimeLetters = SearchValues.Create("hHmMsS");

    private static bool IsPlainNumberFormat(string code)
    {
        var rest = code.Replace("General", string.Empty, StringComparison.OrdinalIgnoreCase);
        for (var i = 0; i < rest.Length; i++)
        {
            var c = rest[i];
            switch (c)
            {
                case '"':
                    i = rest.IndexOf('"', i + 1);
                    if (i < 0)
                    {
                        return false;
                    }

                    break;
                case '[':
                    // A condition ([=1]) or colour; [h] and [mm] are elapsed time.
                    var close = rest.IndexOf(']', i + 1);
                    if (close < 0 || rest.AsSpan(i + 1, close - i - 1).ContainsAny(TimeLetters))
                    {
                        return false;
                    }

                    i = close;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case >= '0' and <= '9':
                case '#' or '?' or '.' or ',' or '%' or '+' or '-' or 'E' or 'e' or ' ' or ';' or '(' or ')' or '=' or '<' or '>':
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether ClosedXML 0.95 takes a number in a cell of format <paramref name="code"/> for a number rather than a date: the first
    /// digit placeholder (<c>0 # ?</c>) comes before any date letter (<c>y m d h s</c>), quoted text skipped but not brackets or
    /// escapes, so that <c>[Red]0.00</c> is a date to it (and to the import, whichever way the workbook is read).
    /// </summary>
    private static bool ClosedXmlReadsAsNumber(string code)
    {
        var lower = code.ToLowerInvariant();
        for (var i = 0; i < lower.Length; i++)
        {
            switch (lower[i])
            {
                case '"':
                    i = lower.IndexOf('"', i + 1);
                    if (i < 0)
                    {
                        return false;
                    }

                    break;
                case '0' or '#' or '?':
                    return true;
                case 'y' or 'm' or 'd' or 'h' or 's':
                    return false;
            }
        }

        return true;
    }

    private sealed class PlainCells(Dictionary<string, PlainSheet> sheets) : IWorkbookCells
    {
        public ISheetCells? Sheet(string name) => sheets.GetValueOrDefault(name);
    }

    private sealed class PlainSheet : ISheetCells
    {
        private readonly Dictionary<(int Row, int Column), SheetCell> cells = [];
        private int lastRow;

        private PlainSheet(string name) => Name = name;

        public string Name { get; }

        public int LastRowUsed() => lastRow;

        public SheetCell Cell(int row, int column) => cells.GetValueOrDefault((row, column), SheetCell.Empty);

        public static PlainSheet? Read(string name, WorksheetPart part, List<string> strings, bool[] plainFormats)
        {
            var sheet = new PlainSheet(name);
            using var reader = PartReader(part);
            if (!InSpreadsheetNamespace(reader))
            {
                return null;
            }

            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c" || reader.NamespaceURI != SpreadsheetNamespace)
                {
                    continue;
                }

                var reference = reader.GetAttribute("r");
                var style = reader.GetAttribute("s");
                var type = reader.GetAttribute("t");
                string? value = null;
                if (!reader.IsEmptyElement)
                {
                    reader.Read();
                    while (!(reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "c"))
                    {
                        if (reader.NodeType == XmlNodeType.Element)
                        {
                            if (reader.LocalName != "v" || value is not null)
                            {
                                return null; // a formula, an inline string, anything else
                            }

                            value = reader.ReadElementContentAsString();
                            continue;
                        }

                        if (!reader.Read())
                        {
                            return null;
                        }
                    }
                }

                if (!sheet.Add(reference, style, type, value, strings, plainFormats))
                {
                    return null;
                }
            }

            return sheet;
        }

        private bool Add(string? reference, string? style, string? type, string? value, List<string> strings, bool[] plainFormats)
        {
            if (reference is null || !TryParseReference(reference, out var row, out var column))
            {
                return false;
            }

            SheetCell read;
            if (type == "s" && string.IsNullOrEmpty(value))
            {
                // An empty text cell, as ClosedXML writes one that only carries a style.
                read = SheetCell.Empty;
            }
            else if (type == "s")
            {
                var text = strings[int.Parse(value!, NumberStyles.None, CultureInfo.InvariantCulture)];
                read = text.Length == 0 ? new SheetCell(CellKind.Empty, text) : new SheetCell(CellKind.Text, text);
            }
            else if (type is null or "n")
            {
                if (string.IsNullOrEmpty(value))
                {
                    read = SheetCell.Empty;
                }
                else
                {
                    var format = style is null ? 0 : int.Parse(style, NumberStyles.None, CultureInfo.InvariantCulture);
                    if (format >= plainFormats.Length || !plainFormats[format]
                        || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                        || number.ToString(CultureInfo.InvariantCulture) != value)
                    {
                        return false;
                    }

                    read = new SheetCell(CellKind.Number, value, Number: number);
                }
            }
            else
            {
                return false;
            }

            if (read.Kind != CellKind.Empty)
            {
                lastRow = Math.Max(lastRow, row);
            }

            // Only the columns the import reads are kept; the others count for the last row.
            return column > LastReadColumn || cells.TryAdd((row, column), read);
        }

        private static bool TryParseReference(string reference, out int row, out int column)
        {
            row = 0;
            column = 0;
            var i = 0;
            while (i < reference.Length && reference[i] is >= 'A' and <= 'Z' && column <= 16_384)
            {
                column = (column * 26) + (reference[i] - 'A' + 1);
                i++;
            }

            return i > 0 && column <= 16_384
                && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row)
                && row is >= 1 and <= 1_048_576;
        }
    }
}
