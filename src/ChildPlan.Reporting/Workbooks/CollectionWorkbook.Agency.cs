using System.Globalization;
using ChildPlan.Indicators;
using ChildPlan.Reporting.Localization;
using ChildPlan.Reporting.Model;
using ClosedXML.Excel;
using NodaTime.Text;

namespace ChildPlan.Reporting.Workbooks;

public static partial class CollectionWorkbook
{
    /// <summary>The format version written to, and recognised in, the metadata sheet of an agency's results form.</summary>
    public const string AgencyFormatVersion = "childplan.collect-agency/1";

    /// <summary>The tasks-and-duties sheet of an agency's results form.</summary>
    public const string TasksSheetName = AgencyFormText.TasksSheetName;

    /// <summary>The row of the tasks sheet holding the column headers.</summary>
    public const int TaskHeaderRow = 3;

    /// <summary>The row of the tasks sheet holding the reporter's first item.</summary>
    public const int FirstTaskRow = 4;

    /// <summary>Tasks sheet column A: the item (<c>HD1</c>, <c>so-gddt#2</c>; locked).</summary>
    public const int ItemColumn = 1;

    /// <summary>Tasks sheet column B: what the item is (the agency's duty, a task, activity or solution; locked).</summary>
    public const int ItemKindColumn = 2;

    /// <summary>Tasks sheet column C: the plan's text of the item (the duty, or the task's number and title; locked).</summary>
    public const int ItemTextColumn = 3;

    /// <summary>Tasks sheet column D: the reporter's role (leads, supports, contributes; locked).</summary>
    public const int RoleColumn = 4;

    /// <summary>Tasks sheet column E: the status, from a list of captions (input).</summary>
    public const int StatusColumn = 5;

    /// <summary>Tasks sheet column F: what was done (input, text).</summary>
    public const int ResultColumn = 6;

    /// <summary>Tasks sheet column G: a quantity (input, a number not below 0).</summary>
    public const int QuantityColumn = 7;

    /// <summary>Tasks sheet column H: the unit of the quantity in G, as the agency writes it (input, text).</summary>
    public const int QuantityUnitColumn = 8;

    /// <summary>Tasks sheet column I: a second quantity (input, a number not below 0).</summary>
    public const int SecondQuantityColumn = 9;

    /// <summary>Tasks sheet column J: the unit of the quantity in I (input, text).</summary>
    public const int SecondQuantityUnitColumn = 10;

    /// <summary>Tasks sheet column K: the source of the result, the agency's report (input, text).</summary>
    public const int ResultSourceColumn = 11;

    /// <summary>The last column the import reads on any sheet.</summary>
    private const int LastReadColumn = ResultSourceColumn;

    private static readonly double[] TaskWidths = [12, 13, 58, 10, 17, 50, 11, 15, 11, 15, 26];

    /// <summary>The column headers of the tasks sheet that the import checks, by column number.</summary>
    private static readonly (int Column, string Header)[] TaskHeaders =
    [
        (ItemColumn, AgencyFormText.ItemHeader),
        (ItemKindColumn, AgencyFormText.KindHeader),
        (ItemTextColumn, AgencyFormText.TextHeader),
        (RoleColumn, AgencyFormText.RoleHeader),
        (StatusColumn, AgencyFormText.StatusHeader),
        (ResultColumn, AgencyFormText.ResultHeader),
        (QuantityColumn, AgencyFormText.QuantityHeader),
        (QuantityUnitColumn, AgencyFormText.QuantityUnitHeader),
        (SecondQuantityColumn, AgencyFormText.SecondQuantityHeader),
        (SecondQuantityUnitColumn, AgencyFormText.SecondQuantityUnitHeader),
        (ResultSourceColumn, AgencyFormText.SourceHeader),
    ];

    /// <summary>
    /// Writes the results form <paramref name="reporter"/> fills for <paramref name="period"/> to <paramref name="output"/> (which
    /// is left open).
    /// <para>
    /// The form has an instructions sheet (plan, period, reporter, deadline and recipient, how to fill it); a
    /// "<see cref="DataSheetName"/>" sheet, as in the unit's data workbook, for the indicators the reporter's agency leads, only
    /// when it leads any (for the plan's area, or for the reporter's unit when the reporter is one); a
    /// "<see cref="TasksSheetName"/>" sheet with one row per item of <see cref="ResultReporter.Items"/>, in order, its id, kind,
    /// plan text and role locked and the status (a list), result, two quantity-and-unit pairs and source open; and a very hidden
    /// metadata sheet in format <see cref="AgencyFormatVersion"/> (plan, year, period, reporter, agency, unit). The sheets are
    /// protected without a password. <see cref="Read(Stream, string, Plan)"/> reads it back.
    /// </para>
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="period">The period reported; its year must lie inside the plan's years.</param>
    /// <param name="reporter">The reporter, from <see cref="ResultReporters.Expected"/> or <see cref="ResultReporters.Find"/>.</param>
    /// <param name="options">When the form is made, the reporter's name, the deadline and the recipient (<see cref="AgencyFormOptions.For"/>).</param>
    /// <param name="output">Where the .xlsx bytes go.</param>
    /// <exception cref="ChildPlanInputException">The period's year is outside the plan's years (a problem at <c>year</c>).</exception>
    /// <exception cref="ArgumentException">The reporter's agency leads indicators but neither the plan nor the reporter names a unit to collect them for.</exception>
    public static void WriteAgencyForm(Plan plan, ReportingPeriod period, ResultReporter reporter, AgencyFormOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        PlanYears.Require(plan, period.Year);
        var agencyId = reporter.Agency.Id;
        var rows = CollectionFormBuilder.Rows(plan, period.Year, i => i.Responsibility.IsLead(agencyId));
        var unitCode = reporter.Unit?.Code ?? plan.AreaCode;
        if (rows.Count > 0 && unitCode is null)
        {
            throw new ArgumentException($"agency '{agencyId}' leads indicators of plan '{plan.Id}', but the plan has no area and the reporter is no unit: there is no unit to collect them for.", nameof(reporter));
        }

        var document = WorkbookCells.DocumentText(plan.Document);
        using var workbook = new XLWorkbook();
        WorkbookCells.ApplyDefaults(workbook);
        var instructions = workbook.Worksheets.Add(InstructionsSheetName);
        var data = rows.Count > 0 ? workbook.Worksheets.Add(DataSheetName) : null;
        var tasks = workbook.Worksheets.Add(TasksSheetName);
        var metadata = workbook.Worksheets.Add(MetadataSheetName);

        WriteAgencyInstructions(instructions, plan, period, reporter, options, data is not null);
        if (data is not null)
        {
            WriteData(data, period.Year, AgencyFormText.SubjectLine(plan.Title, document, options.ReporterName), rows);
        }

        WriteTasks(tasks, plan, period, reporter, AgencyFormText.SubjectLine(plan.Title, document, options.ReporterName));
        WriteMetadata(metadata,
        [
            (MetadataKeys.Format, AgencyFormatVersion),
            (MetadataKeys.Plan, plan.Id),
            (MetadataKeys.Year, period.Year.ToString(CultureInfo.InvariantCulture)),
            (MetadataKeys.Period, period.Token),
            (MetadataKeys.Reporter, reporter.Id),
            (MetadataKeys.Agency, agencyId),
            (MetadataKeys.Unit, unitCode ?? string.Empty),
            ("reporterName", options.ReporterName),
            ("planTitle", plan.Title),
            ("document", plan.Document.Citation),
            ("created", InstantPattern.ExtendedIso.Format(options.Created)),
            ("generator", "ChildPlan"),
        ]);

        var props = workbook.Properties;
        props.Title = WorkbookCells.Property(AgencyFormText.DocumentTitle(period, options.ReporterName));
        props.Subject = WorkbookCells.Property($"{plan.Title} ({document})");
        props.Author = "ChildPlan";
        props.LastModifiedBy = "ChildPlan";
        props.Category = AgencyFormText.Category;
        props.Keywords = WorkbookCells.Property($"ChildPlan; {AgencyFormatVersion}; {plan.Id}; {reporter.Id}");
        props.Created = WorkbookCells.PropertyTime(options.Created);
        props.Modified = WorkbookCells.PropertyTime(options.Created);
        workbook.Protect();
        instructions.SetTabActive();
        WorkbookCells.Save(workbook, output);
    }

    /// <summary>The plan's text of <paramref name="item"/> as the tasks sheet shows it: the duty, or the task's number and title.</summary>
    private static string ItemText(Plan plan, ResultItem item) => item.IsDuty
        ? plan.FindAgency(item.AgencyId!)?.Duties.ElementAtOrDefault(item.Duty - 1) ?? string.Empty
        : plan.Tasks.FirstOrDefault(t => t.Id == item.TaskId) is { } task ? AgencyFormText.TaskText(task) : string.Empty;

    private static void WriteAgencyInstructions(IXLWorksheet sheet, Plan plan, ReportingPeriod period, ResultReporter reporter, AgencyFormOptions options, bool indicators)
    {
        WorkbookCells.SetWidths(sheet, 100);
        var lines = AgencyFormText.Instructions(
            plan, WorkbookCells.DocumentText(plan.Document), period, options.ReporterName, reporter.Id, options.Created, options.Due, options.SendTo, indicators);
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

    private static void WriteTasks(IXLWorksheet sheet, Plan plan, ReportingPeriod period, ResultReporter reporter, string subject)
    {
        WorkbookCells.SetWidths(sheet, TaskWidths);
        var last = ResultSourceColumn;
        var title = WorkbookCells.MergedText(sheet, 1, 1, last, AgencyFormText.TasksTitle(period), 14);
        title.Style.Font.Bold = true;
        title.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        WorkbookCells.MergedText(sheet, 2, 1, last, subject);
        foreach (var (column, header) in TaskHeaders)
        {
            sheet.Cell(TaskHeaderRow, column).WriteText(header);
        }

        WorkbookCells.StyleHeader(sheet.Range(TaskHeaderRow, 1, TaskHeaderRow, last));
        sheet.Row(TaskHeaderRow).Height = 33;

        var row = FirstTaskRow;
        foreach (var item in reporter.Items)
        {
            var task = item.IsDuty ? null : plan.Tasks.FirstOrDefault(t => t.Id == item.TaskId);
            var text = ItemText(plan, item);
            sheet.Cell(row, ItemColumn).WriteText(item.ToString());
            sheet.Cell(row, ItemKindColumn).WriteText(task is null ? AgencyFormText.DutyKind : AgencyFormText.TaskKind(task.Kind)).Style.Alignment.WrapText = true;
            sheet.Cell(row, ItemTextColumn).WriteText(text).Style.Alignment.WrapText = true;
            sheet.Cell(row, RoleColumn).WriteText(Role(task, reporter.Agency.Id));
            var locked = sheet.Range(row, ItemColumn, row, RoleColumn);
            locked.Style.Fill.BackgroundColor = WorkbookCells.LockedFill;
            locked.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            sheet.Row(row).Height = Math.Max(45, WorkbookCells.EstimateHeight(text, TaskWidths[ItemTextColumn - 1]));
            row++;
        }

        if (reporter.Items.Count == 0)
        {
            WorkbookCells.MergedText(sheet, row++, ItemTextColumn, last, AgencyFormText.NoItems).Style.Font.Italic = true;
        }
        else
        {
            var lastItem = row - 1;
            foreach (var column in new[] { StatusColumn, ResultColumn, QuantityUnitColumn, SecondQuantityUnitColumn, ResultSourceColumn })
            {
                Input(sheet.Range(FirstTaskRow, column, lastItem, column), "@");
            }

            sheet.Range(FirstTaskRow, ResultColumn, lastItem, ResultColumn).Style.Alignment.WrapText = true;
            sheet.Range(FirstTaskRow, ResultSourceColumn, lastItem, ResultSourceColumn).Style.Alignment.WrapText = true;
            var captions = string.Join(",", Enum.GetValues<ResultStatus>().Select(AgencyFormText.StatusCaption));
            var status = sheet.Range(FirstTaskRow, StatusColumn, lastItem, StatusColumn).SetDataValidation();
            status.List($"\"{captions}\"", true);
            Describe(status, AgencyFormText.StatusHeader, AgencyFormText.StatusPrompt, AgencyFormText.StatusError);
            var result = sheet.Range(FirstTaskRow, ResultColumn, lastItem, ResultColumn).SetDataValidation();
            result.TextLength.EqualOrLessThan(WorkbookCells.MaxCellText);
            Describe(result, AgencyFormText.ResultHeader, AgencyFormText.ResultPrompt, AgencyFormText.ResultPrompt);
            foreach (var column in new[] { QuantityColumn, SecondQuantityColumn })
            {
                var range = sheet.Range(FirstTaskRow, column, lastItem, column);
                Input(range, "General");
                var quantity = range.SetDataValidation();
                quantity.Decimal.EqualOrGreaterThan(0);
                Describe(quantity, AgencyFormText.QuantityHeader, AgencyFormText.QuantityPrompt, AgencyFormText.QuantityError);
            }
        }

        WorkbookCells.Borders(sheet.Range(TaskHeaderRow, 1, row - 1, last));
        sheet.SheetView.FreezeRows(TaskHeaderRow);
        sheet.Protect()
            .AllowElement(XLSheetProtectionElements.FormatColumns)
            .AllowElement(XLSheetProtectionElements.FormatRows);
        WorkbookCells.PrintSetup(sheet, TaskHeaderRow);
    }

    /// <summary>The reporter's role on an item: it leads its own duties and the tasks it leads, supports those it supports, and contributes to the rest.</summary>
    private static string Role(PlanTask? task, string agencyId) => task switch
    {
        null => AgencyFormText.LeadRole,
        _ when task.Responsibility.IsLead(agencyId) => AgencyFormText.LeadRole,
        _ when task.Responsibility.IsSupport(agencyId) => AgencyFormText.SupportRole,
        _ => AgencyFormText.ContributeRole,
    };

    private static void Input(IXLRange range, string format)
    {
        range.Style.Protection.Locked = false;
        range.Style.Fill.BackgroundColor = WorkbookCells.InputFill;
        range.Style.NumberFormat.Format = format;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }
}
