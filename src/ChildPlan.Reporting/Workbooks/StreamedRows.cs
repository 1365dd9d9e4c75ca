using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChildPlan.Reporting.Workbooks;

/// <summary>
/// Writes rows of a worksheet's <c>sheetData</c> through the Open XML SDK's streaming <see cref="OpenXmlWriter"/>,
/// one cell at a time, without building the sheet in memory. Text is written as shared strings (<see cref="StreamedStrings"/>), cleaned and given a
/// quote prefix exactly as <see cref="WorkbookCells.WriteText"/> does; numbers as numbers; each cell refers to a
/// shared style by index (<see cref="StreamedStyles"/>).
/// </summary>
internal sealed partial class StreamedRows
{
    private static readonly OpenXmlAttribute PreserveSpace = new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");

    private readonly OpenXmlWriter writer;
    private readonly StreamedStyles styles;
    private readonly StreamedStrings? strings;
    private readonly Row rowElement = new();
    private readonly Cell cellElement = new();
    private readonly CellValue valueElement = new();
    private readonly InlineString inlineElement = new();
    private readonly Text textElement = new();
    private readonly List<OpenXmlAttribute> attributes = new(4);
    private readonly OpenXmlAttribute[] noAttributes = [];
    private readonly OpenXmlAttribute[] preserve = [PreserveSpace];
    private int row;

    /// <summary>
    /// Rows written through <paramref name="writer"/>, inside its open <c>sheetData</c> element; text goes to
    /// <paramref name="strings"/>, or inline into the cells when the workbook has no shared string table.
    /// </summary>
    public StreamedRows(OpenXmlWriter writer, StreamedStyles styles, StreamedStrings? strings)
    {
        this.writer = writer;
        this.styles = styles;
        this.strings = strings;
    }

    /// <summary>The last row written, 0 before any.</summary>
    public int LastRow { get; private set; }

    /// <summary>Starts row <paramref name="number"/> (1-based, below the rows before it) with a custom height in points.</summary>
    public void StartRow(int number, double height)
    {
        row = number;
        LastRow = number;
        attributes.Clear();
        attributes.Add(new OpenXmlAttribute("r", string.Empty, number.ToString(CultureInfo.InvariantCulture)));
        attributes.Add(new OpenXmlAttribute("ht", string.Empty, Math.Round(height, 6).ToString(CultureInfo.InvariantCulture)));
        attributes.Add(new OpenXmlAttribute("customHeight", string.Empty, "1"));
        writer.WriteStartElement(rowElement, attributes);
    }

    /// <summary>Ends the row started last.</summary>
    public void EndRow() => writer.WriteEndElement();

    /// <summary>
    /// A text cell: characters XML cannot hold dropped, a quote prefix for text a spreadsheet would read as a formula if
    /// retyped; an empty text gives a styled empty cell.
    /// </summary>
    /// <exception cref="ChildPlanInputException">The text is longer than a cell holds.</exception>
    public void Text(int column, string? text, StreamedCellStyle style)
    {
        var clean = WorkbookCells.Clean(text ?? string.Empty);
        if (clean.Length == 0)
        {
            Empty(column, style);
            return;
        }

        var prefixed = WorkbookCells.NeedsQuotePrefix(clean);

        // A spreadsheet reads _xHHHH_ in a cell's text as the character HHHH: such text is escaped as ClosedXML escapes it.
        var stored = clean.Contains("_x", StringComparison.Ordinal) ? ExcelEscape().Replace(clean, "_x005F_$1_") : clean;
        if (strings is not null)
        {
            StartCell(column, prefixed ? style with { QuotePrefix = true } : style, "s");
            writer.WriteStartElement(valueElement, noAttributes);
            writer.WriteString(strings.Index(stored).ToString(CultureInfo.InvariantCulture));
            writer.WriteEndElement();
            writer.WriteEndElement();
            return;
        }

        StartCell(column, prefixed ? style with { QuotePrefix = true } : style, "inlineStr");
        writer.WriteStartElement(inlineElement, noAttributes);
        writer.WriteStartElement(textElement, char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1]) ? preserve : noAttributes);
        writer.WriteString(stored);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>A number cell, or a styled empty cell when <paramref name="value"/> is <see langword="null"/>.</summary>
    public void Number(int column, decimal? value, StreamedCellStyle style)
    {
        if (value is not { } v)
        {
            Empty(column, style);
            return;
        }

        StartCell(column, style, null);
        writer.WriteStartElement(valueElement, noAttributes);
        writer.WriteString(NumberText(v));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>
    /// The text of a number cell, as ClosedXML writes the small sheets: the double nearest the decimal, to 15 significant
    /// digits (what a spreadsheet shows). A plain <c>(double)</c> cast can be one unit in the last place off the nearest
    /// double, and its round-trip text then shows another 15th digit (86,0194174757281 for 443/515 × 100).
    /// </summary>
    internal static string NumberText(decimal value) =>
        double.Parse(value.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture).ToString("G15", CultureInfo.InvariantCulture);

    /// <summary>A cell with a style and nothing in it.</summary>
    public void Empty(int column, StreamedCellStyle style)
    {
        StartCell(column, style, null);
        writer.WriteEndElement();
    }

    private void StartCell(int column, StreamedCellStyle style, string? type)
    {
        attributes.Clear();
        attributes.Add(new OpenXmlAttribute("r", string.Empty, Reference(column, row)));
        attributes.Add(new OpenXmlAttribute("s", string.Empty, styles.Index(style).ToString(CultureInfo.InvariantCulture)));
        if (type is not null)
        {
            attributes.Add(new OpenXmlAttribute("t", string.Empty, type));
        }

        writer.WriteStartElement(cellElement, attributes);
    }

    /// <summary>An escape a spreadsheet decodes in text (<c>_x0041_</c>), which ClosedXML writes as <c>_x005F_x0041_</c>.</summary>
    [GeneratedRegex(@"_(x[\dA-Fa-f]{4})_", RegexOptions.CultureInvariant)]
    private static partial Regex ExcelEscape();

    /// <summary>An A1 reference: column 1 is A, 27 is AA.</summary>
    public static string Reference(int column, int row)
    {
        Span<char> letters = stackalloc char[8];
        var length = 0;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            letters[length++] = (char)('A' + ((c - 1) % 26));
        }

        letters[..length].Reverse();
        return string.Create(CultureInfo.InvariantCulture, $"{letters[..length]}{row}");
    }
}
