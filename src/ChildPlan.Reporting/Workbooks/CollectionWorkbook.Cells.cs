using System.Buffers;
using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
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
    /// The metadata and data sheets read straight from their XML with the SDK's <see cref="OpenXmlReader"/>, when they hold
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
            foreach (var sheetName in new[] { MetadataSheetName, DataSheetName })
            {
                var sheet = workbookPart.Workbook.Sheets?.Elements<Sheet>().Where(s => s.Name?.Value == sheetName).ToList();
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
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException or System.Xml.XmlException or IOException or OpenXmlPackageException or KeyNotFoundException)
        {
            // Whatever the plain reading trips on, ClosedXML reads (or refuses) as it always did.
            return null;
        }
    }

    /// <summary>The shared strings, or <see langword="null"/> when one is rich text, has phonetics, or holds what ClosedXML changes (escapes, carriage returns).</summary>
    private static List<string>? SharedStrings(WorkbookPart workbookPart)
    {
        var strings = new List<string>();
        if (workbookPart.SharedStringTablePart?.SharedStringTable is not { } table)
        {
            return strings;
        }

        foreach (var item in table.Elements<SharedStringItem>())
        {
            if (item.ChildElements.Count != 1 || item.Text is not { } text)
            {
                return null;
            }

            var value = text.Text ?? string.Empty;
            if (value.Contains('\r', StringComparison.Ordinal) || value.Contains("_x", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            strings.Add(value);
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
        var stylesheet = workbookPart.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is not { } cellFormats)
        {
            return stylesheet is null ? [true] : null;
        }

        var codes = (stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value);
        return [.. cellFormats.Elements<CellFormat>().Select(xf =>
        {
            var id = xf.NumberFormatId?.Value ?? 0;
            return codes.TryGetValue(id, out var code) && code is { Length: > 0 }
                ? IsPlainNumberFormat(code)
                : id is 0 or 1 or 2 or 3 or 4 or 9 or 10 or 11;
        })];
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
            using var reader = OpenXmlReader.Create(part);
            var more = reader.Read();
            while (more)
            {
                if (reader.IsStartElement && reader.ElementType == typeof(Cell))
                {
                    var cell = (Cell)reader.LoadCurrentElement()!;
                    if (!sheet.Add(cell, strings, plainFormats))
                    {
                        return null;
                    }

                    more = !reader.EOF;
                }
                else
                {
                    more = reader.Read();
                }
            }

            return sheet;
        }

        private bool Add(Cell cell, List<string> strings, bool[] plainFormats)
        {
            if (cell.CellFormula is not null || cell.InlineString is not null || cell.CellReference?.Value is not { } reference || !TryParseReference(reference, out var row, out var column))
            {
                return false;
            }

            var value = cell.CellValue?.Text;
            SheetCell read;
            var type = cell.DataType?.Value;
            if (type == CellValues.SharedString && string.IsNullOrEmpty(value))
            {
                // An empty text cell, as ClosedXML writes one that only carries a style.
                read = SheetCell.Empty;
            }
            else if (type == CellValues.SharedString)
            {
                var index = int.Parse(value ?? string.Empty, NumberStyles.None, CultureInfo.InvariantCulture);
                var text = strings[index];
                read = text.Length == 0 ? new SheetCell(CellKind.Empty, text) : new SheetCell(CellKind.Text, text);
            }
            else if (type is null || type == CellValues.Number)
            {
                if (string.IsNullOrEmpty(value))
                {
                    read = SheetCell.Empty;
                }
                else
                {
                    var style = (int)(cell.StyleIndex?.Value ?? 0);
                    if (style >= plainFormats.Length || !plainFormats[style]
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
            if (column <= SourceColumn && !cells.TryAdd((row, column), read))
            {
                return false;
            }

            return true;
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
