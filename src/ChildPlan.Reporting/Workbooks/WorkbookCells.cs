using System.Globalization;
using System.Text;
using ChildPlan.Reporting.Localization;
using ClosedXML.Excel;
using NodaTime;

namespace ChildPlan.Reporting.Workbooks;

/// <summary>
/// Cell writing shared by the workbooks. Text is always written as text, never parsed into a
/// formula, number or date; numbers are written as numbers with a format that shows the unit.
/// Column widths and row heights are set explicitly: nothing here measures text (that needs GDI+,
/// which Linux does not have).
/// </summary>
internal static class WorkbookCells
{
    /// <summary>The most characters Excel keeps in a cell.</summary>
    public const int MaxCellText = 32_767;

    /// <summary>The font of every cell, as Vietnamese administrative documents use it.</summary>
    public const string FontName = "Times New Roman";

    /// <summary>The font size of ordinary cells.</summary>
    public const double FontSize = 12;

    /// <summary>The format of counts of results, numerators and denominators.</summary>
    public const string CountFormat = "#,##0";

    /// <summary>The format of progress, a fraction of the way to the target (1 = 100%).</summary>
    public const string ProgressFormat = "0%";

    /// <summary>The format of a share of all results.</summary>
    public const string ShareFormat = "0.0%";

    public static readonly XLColor HeaderFill = XLColor.FromArgb(0x1F, 0x4E, 0x78);
    public static readonly XLColor HeaderFont = XLColor.White;
    public static readonly XLColor LockedFill = XLColor.FromArgb(0xF2, 0xF2, 0xF2);
    public static readonly XLColor NotApplicableFill = XLColor.FromArgb(0xBF, 0xBF, 0xBF);
    public static readonly XLColor InputFill = XLColor.FromArgb(0xFF, 0xF2, 0xCC);
    public static readonly XLColor GroupFill = XLColor.FromArgb(0xDD, 0xEB, 0xF7);
    public static readonly XLColor BannerFill = XLColor.FromArgb(0xFF, 0xE6, 0x99);
    public static readonly XLColor BannerFont = XLColor.FromArgb(0xC0, 0x00, 0x00);
    public static readonly XLColor Border = XLColor.FromArgb(0x80, 0x80, 0x80);

    /// <summary>
    /// Writes <paramref name="text"/> as a text cell. It is never interpreted: <c>=HYPERLINK(…)</c> stays
    /// the characters it is. Characters XML cannot hold are dropped, the text is cut at Excel's cell limit,
    /// and text that a spreadsheet would read as a formula if retyped gets a quote prefix.
    /// </summary>
    public static IXLCell WriteText(this IXLCell cell, string? text)
    {
        var clean = Clean(text ?? string.Empty);
        cell.SetValue<string>(clean);
        if (NeedsQuotePrefix(clean))
        {
            cell.Style.IncludeQuotePrefix = true;
        }

        return cell;
    }

    /// <summary>Whether a spreadsheet would read <paramref name="clean"/> as a formula if it were retyped: it then gets a quote prefix.</summary>
    public static bool NeedsQuotePrefix(string clean) => clean.Length > 0 && clean[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>Writes a number (or nothing) with <paramref name="format"/>.</summary>
    public static IXLCell WriteNumber(this IXLCell cell, decimal? value, string format)
    {
        if (value is { } v)
        {
            cell.SetValue(v);
        }

        cell.Style.NumberFormat.Format = format;
        return cell;
    }

    /// <summary>A UTC <see cref="DateTime"/> for the document properties.</summary>
    public static DateTime PropertyTime(Instant instant) => instant.ToDateTimeUtc();

    /// <summary>
    /// Saves <paramref name="workbook"/> into memory first and then copies it to <paramref name="output"/>: the
    /// output may be a stream that cannot seek, and gets nothing if saving fails half-way.
    /// </summary>
    public static void Save(XLWorkbook workbook, Stream output)
    {
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
        output.Flush();
    }

    /// <summary>The document as a title line cites it: <c>333/QĐ-UBND, UBND tỉnh Điện Biên</c>, or the issuer alone without a symbol.</summary>
    public static string DocumentText(PlanDocument document) =>
        document.Symbol is { Length: > 0 } symbol ? $"{symbol}, {document.Issuer}" : document.Issuer;

    /// <summary>The workbook-wide font.</summary>
    public static void ApplyDefaults(XLWorkbook workbook)
    {
        workbook.Style.Font.FontName = FontName;
        workbook.Style.Font.FontSize = FontSize;
    }

    /// <summary>Sets the widths of columns 1, 2, … explicitly.</summary>
    public static void SetWidths(IXLWorksheet sheet, params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            sheet.Column(i + 1).Width = widths[i];
        }
    }

    /// <summary>
    /// Writes text across merged columns <paramref name="first"/>..<paramref name="last"/> of <paramref name="row"/>,
    /// wrapped, with a row height estimated from the text length (Excel does not fit merged rows itself).
    /// </summary>
    public static IXLRange MergedText(IXLWorksheet sheet, int row, int first, int last, string? text, double fontSize = FontSize)
    {
        var range = sheet.Range(row, first, row, last);
        range.Merge();
        var cell = sheet.Cell(row, first).WriteText(text);
        cell.Style.Alignment.WrapText = true;
        cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        cell.Style.Font.FontSize = fontSize;
        var width = Enumerable.Range(first, last - first + 1).Sum(c => sheet.Column(c).Width);
        sheet.Row(row).Height = EstimateHeight(text ?? string.Empty, width, fontSize);
        return range;
    }

    /// <summary>A row height (points) for wrapped text in a cell <paramref name="width"/> characters wide.</summary>
    public static double EstimateHeight(string text, double width, double fontSize = FontSize)
    {
        // A character of a 12 pt proportional font is roughly one width unit; a little slack for word breaks.
        var perLine = Math.Max(1, (width - 1) * (FontSize / fontSize) * 0.95);
        var lines = text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(line.Length / perLine)));
        return Math.Min(409, lines * fontSize * 1.35);
    }

    /// <summary>Styles a header row: bold white text on dark blue, wrapped, centred, with borders.</summary>
    public static void StyleHeader(IXLRange header)
    {
        header.Style.Font.Bold = true;
        header.Style.Font.FontColor = HeaderFont;
        header.Style.Fill.BackgroundColor = HeaderFill;
        header.Style.Alignment.WrapText = true;
        header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        Borders(header);
    }

    /// <summary>Thin grey borders inside and around a range.</summary>
    public static void Borders(IXLRange range)
    {
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.OutsideBorderColor = Border;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorderColor = Border;
    }

    /// <summary>The sample-data banner across columns 1..<paramref name="lastColumn"/> of <paramref name="row"/>.</summary>
    public static void SampleBanner(IXLWorksheet sheet, int row, int lastColumn)
    {
        var range = sheet.Range(row, 1, row, lastColumn);
        range.Merge();
        sheet.Cell(row, 1).WriteText(WorkbookText.SampleBanner);
        range.Style.Font.Bold = true;
        range.Style.Font.FontSize = 20;
        range.Style.Font.FontColor = BannerFont;
        range.Style.Fill.BackgroundColor = BannerFill;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thick;
        range.Style.Border.OutsideBorderColor = BannerFont;
        sheet.Row(row).Height = 36;
    }

    /// <summary>A4 landscape, one page wide, with <paramref name="headerRow"/> repeated on every page.</summary>
    public static void PrintSetup(IXLWorksheet sheet, int headerRow, XLPageOrientation orientation = XLPageOrientation.Landscape)
    {
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = orientation;
        sheet.PageSetup.FitToPages(1, 0);
        if (headerRow > 0)
        {
            sheet.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
        }
    }

    /// <summary>
    /// A worksheet name from <paramref name="candidate"/>: characters Excel refuses (<c>[]:*?/\</c>) replaced,
    /// at most 31 characters cut at a word, no apostrophe at either end, and unique (case-insensitively)
    /// among <paramref name="used"/>, to which it is added.
    /// </summary>
    public static string SheetName(string candidate, ISet<string> used)
    {
        var builder = new StringBuilder(candidate.Length);
        foreach (var c in Clean(candidate))
        {
            builder.Append(c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(c) ? ' ' : c);
        }

        var name = Collapse(builder.ToString()).Trim('\'', ' ');
        name = Cut(name, 31);
        if (name.Length == 0 || string.Equals(name, "History", StringComparison.OrdinalIgnoreCase))
        {
            name = "Sheet";
        }

        var unique = name;
        for (var n = 2; used.Contains(unique); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
            unique = Cut(name, 31 - suffix.Length) + suffix;
        }

        used.Add(unique);
        return unique;
    }

    /// <summary>Text for a document property: cleaned like a cell, and at most 250 characters.</summary>
    public static string Property(string text)
    {
        var clean = Clean(text);
        return clean.Length <= 250 ? clean : clean[..249] + "…";
    }

    /// <summary>Drops characters XML 1.0 cannot hold (control characters other than tab and line breaks, lone surrogates).</summary>
    /// <exception cref="ChildPlanInputException">The text is longer than a cell holds (<see cref="MaxCellText"/>).</exception>
    public static string Clean(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c switch
            {
                '\t' or '\n' or '\r' => true,
                < ' ' => false,
                '\uFFFE' or '\uFFFF' => false,
                _ when char.IsHighSurrogate(c) => i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]),
                _ when char.IsLowSurrogate(c) => i > 0 && char.IsHighSurrogate(text[i - 1]),
                _ => true,
            };
            if (!ok && builder is null)
            {
                builder = new StringBuilder(text.Length).Append(text, 0, i);
            }
            else if (ok)
            {
                builder?.Append(c);
            }
        }

        var clean = builder?.ToString() ?? text;
        if (clean.Length > MaxCellText)
        {
            // A workbook cell holds at most 32,767 characters; cutting the text would say less than its source.
            var start = clean[..Math.Min(60, clean.Length)];
            throw new ChildPlanInputException("workbook", string.Create(CultureInfo.InvariantCulture, $"a text of {clean.Length:N0} characters (\"{start}…\") is longer than the {MaxCellText:N0} characters a workbook cell holds."));
        }

        return clean;
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!(char.IsWhiteSpace(c) && builder.Length > 0 && builder[^1] == ' '))
            {
                builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        return builder.ToString();
    }

    private static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text[..max];
        var space = cut.LastIndexOf(' ');
        if (space >= max / 2)
        {
            cut = cut[..space];
        }
        else if (char.IsHighSurrogate(cut[^1]))
        {
            cut = cut[..^1];
        }

        return cut.TrimEnd(' ', ',', ';', '.', '-', '–', '\'');
    }
}
