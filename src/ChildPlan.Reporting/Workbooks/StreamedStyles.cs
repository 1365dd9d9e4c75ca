using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChildPlan.Reporting.Workbooks;

/// <summary>
/// The cell styles of streamed cells, added to a workbook's style sheet once each: a <see cref="StreamedCellStyle"/> is
/// turned into a cell format (<c>xf</c>) on first use, with the style sheet's own fonts, number formats and fills
/// reused where they match and new ones appended where they do not, and every later cell of that style refers to it.
/// </summary>
internal sealed class StreamedStyles
{
    private const string BorderColor = "FF808080";

    private readonly Stylesheet stylesheet;
    private readonly CellFormat baseFormat;
    private readonly Dictionary<StreamedCellStyle, uint> formats = [];
    private readonly Dictionary<string, uint> numberFormats = new(StringComparer.Ordinal);
    private readonly Dictionary<string, uint> fills = new(StringComparer.Ordinal);
    private uint? boldFont;
    private uint? border;

    /// <summary>
    /// Styles added to <paramref name="stylesheet"/> (a copy the caller writes back once all cells are written), each made
    /// from the cell format <paramref name="baseFormat"/> (the workbook's default cell style: its font and protection).
    /// </summary>
    public StreamedStyles(Stylesheet stylesheet, uint baseFormat)
    {
        this.stylesheet = stylesheet;
        var cellFormats = stylesheet.CellFormats ?? throw new InvalidOperationException("The style sheet has no cell formats.");
        this.baseFormat = cellFormats.Elements<CellFormat>().ElementAtOrDefault((int)baseFormat) ?? cellFormats.Elements<CellFormat>().First();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.FormatCode?.Value is { Length: > 0 } code && format.NumberFormatId?.Value is { } id)
            {
                numberFormats.TryAdd(code, id);
            }
        }

        var fillIndex = 0U;
        foreach (var fill in stylesheet.Fills?.Elements<Fill>() ?? [])
        {
            if (fill.PatternFill is { PatternType.Value: PatternValues.Solid, ForegroundColor.Rgb.Value: { Length: 8 } argb } && argb.StartsWith("FF", StringComparison.OrdinalIgnoreCase))
            {
                fills.TryAdd(argb[2..].ToUpperInvariant(), fillIndex);
            }

            fillIndex++;
        }
    }

    /// <summary>The index of the cell format of <paramref name="style"/> in the style sheet's <c>cellXfs</c>.</summary>
    public uint Index(StreamedCellStyle style)
    {
        if (formats.TryGetValue(style, out var index))
        {
            return index;
        }

        var cellFormats = stylesheet.CellFormats!;
        index = (uint)cellFormats.ChildElements.Count;
        var format = (CellFormat)baseFormat.CloneNode(true);
        format.NumberFormatId = NumberFormat(style.NumberFormat);
        format.ApplyNumberFormat = true;
        if (style.Bold)
        {
            format.FontId = BoldFont(format.FontId?.Value ?? 0);
        }

        format.FillId = style.Fill is { } fill ? Fill(fill) : 0U;
        format.ApplyFill = true;
        format.BorderId = Border();
        format.ApplyBorder = true;
        format.QuotePrefix = style.QuotePrefix ? true : null;
        var alignment = format.Alignment ?? (format.Alignment = new Alignment());
        alignment.Vertical = VerticalAlignmentValues.Top;
        alignment.WrapText = style.Wrap;
        format.ApplyAlignment = true;
        cellFormats.Append(format);
        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        formats.Add(style, index);
        return index;
    }

    private uint NumberFormat(string? code)
    {
        if (code is null)
        {
            return 0;
        }

        if (numberFormats.TryGetValue(code, out var id))
        {
            return id;
        }

        if (stylesheet.NumberingFormats is null)
        {
            // numFmts comes first in a style sheet.
            stylesheet.NumberingFormats = new NumberingFormats();
        }

        var list = stylesheet.NumberingFormats;
        id = Math.Max(163U, list.Elements<NumberingFormat>().Select(f => f.NumberFormatId?.Value ?? 0).DefaultIfEmpty(0U).Max()) + 1;
        list.Append(new NumberingFormat { NumberFormatId = id, FormatCode = code });
        list.Count = (uint)list.ChildElements.Count;
        numberFormats.Add(code, id);
        return id;
    }

    private uint BoldFont(uint regular)
    {
        if (boldFont is { } existing)
        {
            return existing;
        }

        var fonts = stylesheet.Fonts!;
        var bold = (Font)fonts.Elements<Font>().ElementAt((int)regular).CloneNode(true);
        bold.Bold = new Bold(); // the typed property puts it where the schema wants it (first)
        fonts.Append(bold);
        fonts.Count = (uint)fonts.ChildElements.Count;
        boldFont = (uint)fonts.ChildElements.Count - 1;
        return boldFont.Value;
    }

    private uint Fill(string rgb)
    {
        if (fills.TryGetValue(rgb, out var id))
        {
            return id;
        }

        var list = stylesheet.Fills!;
        list.Append(new Fill(new PatternFill(new ForegroundColor { Rgb = "FF" + rgb }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }));
        list.Count = (uint)list.ChildElements.Count;
        id = (uint)list.ChildElements.Count - 1;
        fills.Add(rgb, id);
        return id;
    }

    private uint Border()
    {
        if (border is { } existing)
        {
            return existing;
        }

        var list = stylesheet.Borders!;
        list.Append(new Border(
            new LeftBorder(new Color { Rgb = BorderColor }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Rgb = BorderColor }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Rgb = BorderColor }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Rgb = BorderColor }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder()));
        list.Count = (uint)list.ChildElements.Count;
        border = (uint)list.ChildElements.Count - 1;
        return border.Value;
    }
}
