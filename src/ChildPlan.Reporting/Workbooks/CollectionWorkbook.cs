using System.Globalization;
using ChildPlan.Reporting.Model;
using ClosedXML.Excel;
using ChildPlan.Reporting.Localization;
using NodaTime.Text;

namespace ChildPlan.Reporting.Workbooks;

/// <summary>
/// The data collection template (biểu thu thập số liệu) for one reporting unit and year, and the import
/// of a filled template back into observations.
/// <para>
/// The template has three sheets: "<see cref="InstructionsSheetName"/>" (instructions in Vietnamese),
/// "<see cref="DataSheetName"/>" with one row per measure of every indicator, and a very hidden
/// "<see cref="MetadataSheetName"/>" sheet holding the format version, plan id, year and unit code.
/// On the data sheet the columns A–E (indicator id, measure id, name, unit, target of the year) are
/// locked and the input cells F–I (value, numerator, denominator, source) are open; the sheets are
/// protected without a password (to prevent accidents, not to enforce anything) and the number cells
/// carry data validation.
/// </para>
/// </summary>
public static partial class CollectionWorkbook
{
    /// <summary>The format version written to, and required in, the metadata sheet.</summary>
    public const string FormatVersion = "childplan.collect/1";

    /// <summary>The instructions sheet.</summary>
    public const string InstructionsSheetName = CollectionText.InstructionsSheetName;

    /// <summary>The data sheet.</summary>
    public const string DataSheetName = CollectionText.DataSheetName;

    /// <summary>The very hidden metadata sheet: keys in column A, values in column B.</summary>
    public const string MetadataSheetName = "_childplan";

    /// <summary>The row of the data sheet holding the column headers.</summary>
    public const int HeaderRow = 3;

    /// <summary>The first row of the data sheet that can hold an indicator.</summary>
    public const int FirstDataRow = 4;

    /// <summary>Data sheet column A: the indicator id (locked).</summary>
    public const int IndicatorColumn = 1;

    /// <summary>Data sheet column B: the measure id, empty for a single-measure indicator (locked).</summary>
    public const int MeasureColumn = 2;

    /// <summary>
    /// Data sheet column C: the indicator's number and name; a bundled indicator has a heading row with them (column A
    /// empty) and its measures' rows show the measure's name (locked).
    /// </summary>
    public const int NameColumn = 3;

    /// <summary>Data sheet column D: the unit (locked).</summary>
    public const int UnitColumn = 4;

    /// <summary>Data sheet column E: the target of the year, empty when there is none (locked).</summary>
    public const int TargetColumn = 5;

    /// <summary>Data sheet column F: the value (input).</summary>
    public const int ValueColumn = 6;

    /// <summary>Data sheet column G: the numerator (input, rates only).</summary>
    public const int NumeratorColumn = 7;

    /// <summary>Data sheet column H: the denominator (input, rates only).</summary>
    public const int DenominatorColumn = 8;

    /// <summary>Data sheet column I: the source or a note (input, text).</summary>
    public const int SourceColumn = 9;

    private const string NumberFormat = WorkbookCells.CountFormat;

    private static readonly double[] DataWidths = [11, 13, 60, 14, 16, 14, 14, 14, 36];

    /// <summary>The fixed column headers that <see cref="Read(Stream, string, Plan)"/> checks, by column number.</summary>
    private static readonly (int Column, string Header)[] FixedHeaders =
    [
        (IndicatorColumn, CollectionText.IndicatorHeader),
        (MeasureColumn, CollectionText.MeasureHeader),
        (NameColumn, CollectionText.NameHeader),
        (ValueColumn, CollectionText.ValueHeader),
        (NumeratorColumn, CollectionText.NumeratorHeader),
        (DenominatorColumn, CollectionText.DenominatorHeader),
        (SourceColumn, CollectionText.SourceHeader),
    ];

    /// <summary>
    /// Writes the template for <paramref name="unit"/> and <paramref name="year"/> to <paramref name="output"/>
    /// (which is left open). A plan without indicators gives a template with nothing to fill.
    /// </summary>
    /// <param name="plan">The plan whose indicators are collected.</param>
    /// <param name="year">The year the numbers are for; must lie inside the plan's years.</param>
    /// <param name="unit">The reporting unit (one workbook per unit; loop over the units below a parent for more).</param>
    /// <param name="options">When the template is made, and where it is due.</param>
    /// <param name="output">Where the .xlsx bytes go.</param>
    /// <exception cref="ChildPlanInputException"><paramref name="year"/> is outside the plan's years (a problem at <c>year</c>).</exception>
    public static void Write(Plan plan, int year, AdministrativeUnit unit, CollectionOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        PlanYears.Require(plan, year);
        using var workbook = new XLWorkbook();
        WorkbookCells.ApplyDefaults(workbook);
        var instructions = workbook.Worksheets.Add(InstructionsSheetName);
        var data = workbook.Worksheets.Add(DataSheetName);
        var metadata = workbook.Worksheets.Add(MetadataSheetName);

        WriteInstructions(instructions, plan, year, unit, options);
        WriteData(data, year, CollectionText.DataLine(plan.Title, WorkbookCells.DocumentText(plan.Document), unit), CollectionFormBuilder.Rows(plan, year));
        WriteMetadata(metadata, plan, year, unit, options);

        var props = workbook.Properties;
        props.Title = WorkbookCells.Property(CollectionText.DocumentTitle(year, unit.Name));
        props.Subject = WorkbookCells.Property($"{plan.Title} ({WorkbookCells.DocumentText(plan.Document)})");
        props.Author = "ChildPlan";
        props.LastModifiedBy = "ChildPlan";
        props.Category = CollectionText.Category;
        props.Keywords = WorkbookCells.Property($"ChildPlan; {FormatVersion}; {plan.Id}; {unit.Code}");
        props.Created = WorkbookCells.PropertyTime(options.Created);
        props.Modified = WorkbookCells.PropertyTime(options.Created);
        workbook.Protect();
        instructions.SetTabActive();
        WorkbookCells.Save(workbook, output);
    }

    private static void WriteInstructions(IXLWorksheet sheet, Plan plan, int year, AdministrativeUnit unit, CollectionOptions options)
    {
        WorkbookCells.SetWidths(sheet, 100);
        var lines = CollectionText.Instructions(plan, WorkbookCells.DocumentText(plan.Document), year, unit, options.Created, options.Due, options.SendTo);

        var row = 1;
        foreach (var (text, bold) in lines)
        {
            var cell = sheet.Cell(row, 1).WriteText(text);
            cell.Style.Alignment.WrapText = true;
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            cell.Style.Font.Bold = bold;
            if (row == 1)
            {
                cell.Style.Font.FontSize = 14;
            }

            sheet.Row(row).Height = WorkbookCells.EstimateHeight(text, 100, row == 1 ? 14 : WorkbookCells.FontSize);
            row++;
        }

        sheet.Protect();
        WorkbookCells.PrintSetup(sheet, 0, XLPageOrientation.Portrait);
    }

    private static void WriteData(IXLWorksheet sheet, int year, string subject, List<CollectionFormRow> rows)
    {
        WorkbookCells.SetWidths(sheet, DataWidths);
        var last = SourceColumn;
        var title = WorkbookCells.MergedText(sheet, 1, 1, last, CollectionText.DataTitle(year), 14);
        title.Style.Font.Bold = true;
        title.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        WorkbookCells.MergedText(sheet, 2, 1, last, subject);

        var headers = new Dictionary<int, string>(FixedHeaders.Select(h => new KeyValuePair<int, string>(h.Column, h.Header)))
        {
            [UnitColumn] = CollectionText.UnitHeader,
            [TargetColumn] = CollectionText.TargetHeader(year),
        };
        foreach (var (column, header) in headers)
        {
            sheet.Cell(HeaderRow, column).WriteText(header);
        }

        WorkbookCells.StyleHeader(sheet.Range(HeaderRow, 1, HeaderRow, last));
        sheet.Row(HeaderRow).Height = 33;

        var row = FirstDataRow;
        foreach (var form in rows)
        {
            switch (form.Kind)
            {
                case CollectionFormRow.GroupKind:
                    // A group row leaves column A empty, so the import skips it.
                    var group = WorkbookCells.MergedText(sheet, row, NameColumn, last, form.Name);
                    group.Style.Font.Bold = true;
                    sheet.Range(row, 1, row, last).Style.Fill.BackgroundColor = WorkbookCells.GroupFill;
                    break;
                case CollectionFormRow.HeadingKind:
                    // A bundled indicator's heading row: its number and name once, column A empty so the import skips it.
                    sheet.Cell(row, NameColumn).WriteText(form.Name).Style.Alignment.WrapText = true;
                    sheet.Range(row, IndicatorColumn, row, TargetColumn).Style.Fill.BackgroundColor = WorkbookCells.LockedFill;
                    sheet.Row(row).Height = WorkbookCells.EstimateHeight(form.Name, DataWidths[NameColumn - 1]);
                    break;
                default:
                    WriteMeasureRow(sheet, row, form, year);
                    break;
            }

            row++;
        }

        if (rows.Count == 0)
        {
            WorkbookCells.MergedText(sheet, row++, NameColumn, last, CollectionText.NoIndicators).Style.Font.Italic = true;
        }

        if (row > FirstDataRow)
        {
            WorkbookCells.Borders(sheet.Range(HeaderRow, 1, row - 1, last));
        }

        sheet.SheetView.FreezeRows(HeaderRow);
        sheet.Protect()
            .AllowElement(XLSheetProtectionElements.FormatColumns)
            .AllowElement(XLSheetProtectionElements.FormatRows);
        WorkbookCells.PrintSetup(sheet, HeaderRow);
    }

    private static void WriteMeasureRow(IXLWorksheet sheet, int row, CollectionFormRow form, int year)
    {
        var unit = form.MeasureUnit!.Value;
        sheet.Cell(row, IndicatorColumn).WriteText(form.IndicatorId);
        sheet.Cell(row, MeasureColumn).WriteText(form.MeasureId);
        sheet.Cell(row, NameColumn).WriteText(form.Name).Style.Alignment.WrapText = true;
        sheet.Cell(row, UnitColumn).WriteText(form.Unit).Style.Alignment.WrapText = true;
        sheet.Cell(row, TargetColumn).WriteText(form.Target).Style.Alignment.WrapText = true;
        var locked = sheet.Range(row, IndicatorColumn, row, TargetColumn);
        locked.Style.Fill.BackgroundColor = WorkbookCells.LockedFill;
        locked.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Row(row).Height = Math.Max(
            WorkbookCells.EstimateHeight(form.Name, DataWidths[NameColumn - 1]),
            WorkbookCells.EstimateHeight(form.Unit, DataWidths[UnitColumn - 1]));

        var value = Input(sheet.Cell(row, ValueColumn), WorkbookText.ValueFormat(unit));
        var validation = value.SetDataValidation();
        switch (unit)
        {
            case IndicatorUnit.YesNo:
                validation.List("\"0,1\"", true);
                break;
            case IndicatorUnit.Percent:
                validation.Decimal.Between(0, 100);
                break;
            case IndicatorUnit.PercentChangePerYear:
                validation.Decimal.EqualOrGreaterThan(-100);
                break;
            default:
                validation.Decimal.EqualOrGreaterThan(0);
                break;
        }

        Describe(validation, CollectionText.ValueTitle(unit), CollectionText.ValuePrompt(unit), CollectionText.ValueError(unit));

        if (form.IsRate)
        {
            var change = unit == IndicatorUnit.PercentChangePerYear;
            var numerator = Input(sheet.Cell(row, NumeratorColumn), NumberFormat).SetDataValidation();
            numerator.Decimal.EqualOrGreaterThan(0);
            Describe(
                numerator,
                CollectionText.NumeratorHeader,
                CollectionText.NumeratorPrompt(change, year),
                CollectionText.NumeratorError);
            var denominator = Input(sheet.Cell(row, DenominatorColumn), NumberFormat).SetDataValidation();
            denominator.Decimal.EqualOrGreaterThan(0);
            Describe(
                denominator,
                CollectionText.DenominatorHeader,
                CollectionText.DenominatorPrompt(change, year),
                CollectionText.DenominatorError);
        }
        else
        {
            sheet.Range(row, NumeratorColumn, row, DenominatorColumn).Style.Fill.BackgroundColor = WorkbookCells.NotApplicableFill;
        }

        Input(sheet.Cell(row, SourceColumn), "@").Style.Alignment.WrapText = true;
    }

    private static IXLCell Input(IXLCell cell, string format)
    {
        cell.Style.Protection.Locked = false;
        cell.Style.Fill.BackgroundColor = WorkbookCells.InputFill;
        cell.Style.NumberFormat.Format = format;
        cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        return cell;
    }

    private static void Describe(IXLDataValidation validation, string title, string prompt, string error)
    {
        // Excel's limits: titles 32 characters, an input message 255, an error message 225.
        validation.InputTitle = title.Length <= 32 ? title : title[..32];
        validation.InputMessage = prompt.Length <= 255 ? prompt : prompt[..255];
        validation.ShowInputMessage = true;
        validation.ErrorTitle = CollectionText.ErrorTitle;
        validation.ErrorMessage = error.Length <= 225 ? error : error[..225];
        validation.ErrorStyle = XLErrorStyle.Stop;
        validation.ShowErrorMessage = true;
        validation.IgnoreBlanks = true;
    }

    private static void WriteMetadata(IXLWorksheet sheet, Plan plan, int year, AdministrativeUnit unit, CollectionOptions options) =>
        WriteMetadata(sheet,
        [
            (MetadataKeys.Format, FormatVersion),
            (MetadataKeys.Plan, plan.Id),
            (MetadataKeys.Year, year.ToString(CultureInfo.InvariantCulture)),
            (MetadataKeys.Unit, unit.Code),
            ("unitName", unit.Name),
            ("planTitle", plan.Title),
            ("document", plan.Document.Citation),
            ("created", InstantPattern.ExtendedIso.Format(options.Created)),
            ("generator", "ChildPlan"),
        ]);

    private static void WriteMetadata(IXLWorksheet sheet, (string Key, string Value)[] entries)
    {
        sheet.Column(1).Style.NumberFormat.Format = "@";
        sheet.Column(2).Style.NumberFormat.Format = "@";
        for (var i = 0; i < entries.Length; i++)
        {
            sheet.Cell(i + 1, 1).WriteText(entries[i].Key);
            sheet.Cell(i + 1, 2).WriteText(entries[i].Value);
        }

        WorkbookCells.SetWidths(sheet, 14, 60);
        sheet.Protect();
        sheet.Visibility = XLWorksheetVisibility.VeryHidden;
    }

    private static class MetadataKeys
    {
        public const string Format = "format";
        public const string Plan = "plan";
        public const string Year = "year";
        public const string Unit = "unit";
        public const string Period = "period";
        public const string Reporter = "reporter";
        public const string Agency = "agency";
    }
}
