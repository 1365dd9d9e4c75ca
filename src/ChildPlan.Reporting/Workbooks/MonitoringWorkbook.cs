using System.Globalization;
using ClosedXML.Excel;
using ChildPlan.Indicators;
using ChildPlan.Reporting.Localization;

namespace ChildPlan.Reporting.Workbooks;

/// <summary>
/// The indicator monitoring workbook (bảng theo dõi thực hiện chỉ tiêu): a summary sheet
/// "<see cref="SummarySheetName"/>" with the plan, the unit, and the results counted by status, then one
/// sheet per goal listing every result of that goal's indicators (target, actual, status, progress,
/// lead agency). Numbers are stored as numbers with formats that show the unit; status cells are
/// coloured; header rows are frozen; text from the plan and the data is written as text, never as a formula.
/// <para>
/// ClosedXML writes the summary and the sheets' titles and headers; the result rows (a hundred thousand for every commune
/// of the country) are streamed into the package with the Open XML SDK's <c>OpenXmlWriter</c>, with shared styles and
/// strings, so the workbook costs a few times the rows' own size in memory, not a kilobyte per cell.
/// </para>
/// </summary>
public static class MonitoringWorkbook
{
    /// <summary>The name of the summary sheet.</summary>
    public const string SummarySheetName = MonitoringText.SummarySheetName;

    /// <summary>The name of the sheet for indicators whose goal the plan does not list.</summary>
    public const string OtherSheetName = MonitoringText.OtherSheetName;

    /// <summary>The column headers of a goal sheet, in order.</summary>
    public static IReadOnlyList<string> GoalColumns => MonitoringText.GoalColumns;

    private static readonly double[] GoalWidths = [12, 48, 22, 13, 7, 18, 14, 12, 12, 17, 9, 30, 17, 14];

    private const int ColLabel = 1;
    private const int ColName = 2;
    private const int ColMeasure = 3;
    private const int ColUnit = 4;
    private const int ColYear = 5;
    private const int ColTarget = 6;
    private const int ColActual = 7;
    private const int ColNumerator = 8;
    private const int ColDenominator = 9;
    private const int ColStatus = 10;
    private const int ColProgress = 11;
    private const int ColLead = 12;
    private const int ColRecorded = 13;
    private const int ColKey = 14;

    private const int SummaryColumns = 10;

    /// <summary>The fill colour of a status cell, as an RGB hex string (<c>C6EFCE</c>).</summary>
    public static string StatusFill(AchievementStatus status) => status switch
    {
        AchievementStatus.Exceeded => "A9D08E",
        AchievementStatus.Achieved => "C6EFCE",
        AchievementStatus.NotAchieved => "FFC7CE",
        AchievementStatus.OnTrack => "FFEB9C",
        AchievementStatus.OffTrack => "F4B084",
        AchievementStatus.NoData => "D9D9D9",
        _ => "F2F2F2",
    };

    /// <summary>
    /// Writes the workbook for <paramref name="evaluation"/> to <paramref name="output"/> (which is left open).
    /// A plan without goals or indicators still gives a valid workbook with its summary sheet.
    /// </summary>
    /// <param name="evaluation">The evaluated plan.</param>
    /// <param name="options">When the workbook is made, the unit's name, the data source, and whether the data is a sample.</param>
    /// <param name="output">Where the .xlsx bytes go.</param>
    public static void Write(PlanEvaluation evaluation, WorkbookOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);

        using var workbook = new XLWorkbook();
        WorkbookCells.ApplyDefaults(workbook);
        var plan = evaluation.Plan;
        var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var summary = workbook.Worksheets.Add(WorkbookCells.SheetName(SummarySheetName, usedNames));

        var sheets = new List<GoalSheet>();
        foreach (var goal in plan.Goals)
        {
            var indicators = plan.Indicators.Where(i => i.GoalId == goal.Id).ToList();
            var results = evaluation.Results.Where(r => r.Indicator.GoalId == goal.Id).ToList();
            // Named as the document numbers the goal ("Mục tiêu 1 …", or its title), never by the plan's id.
            var caption = PlanText.GoalCaption(goal);
            var name = WorkbookCells.SheetName(caption, usedNames);
            var header = WriteGoalSheet(workbook.Worksheets.Add(name), evaluation, caption, indicators.Count, results, options);
            sheets.Add(new GoalSheet(name, caption, indicators.Count, results, header));
        }

        var goalIds = plan.Goals.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var orphans = plan.Indicators.Where(i => !goalIds.Contains(i.GoalId)).ToList();
        if (orphans.Count > 0)
        {
            var results = evaluation.Results.Where(r => !goalIds.Contains(r.Indicator.GoalId)).ToList();
            var name = WorkbookCells.SheetName(OtherSheetName, usedNames);
            const string caption = MonitoringText.OtherSheetCaption;
            var header = WriteGoalSheet(workbook.Worksheets.Add(name), evaluation, caption, orphans.Count, results, options);
            sheets.Add(new GoalSheet(name, caption, orphans.Count, results, header));
        }

        WriteSummary(summary, evaluation, options, sheets);

        var props = workbook.Properties;
        props.Title = WorkbookCells.Property(MonitoringText.DocumentTitle(plan.Title));
        props.Subject = WorkbookCells.Property($"{plan.Document.Citation} · {plan.Years} · {UnitText(evaluation, options)}");
        props.Author = "ChildPlan";
        props.LastModifiedBy = "ChildPlan";
        props.Category = MonitoringText.Category;
        props.Keywords = options.IsSampleData ? MonitoringText.SampleKeywords : MonitoringText.Keywords;
        props.Comments = WorkbookCells.Property(options.IsSampleData
            ? WorkbookText.SampleBanner
            : MonitoringText.DataComment(options.DataSourceName));
        props.Created = WorkbookCells.PropertyTime(options.Created);
        props.Modified = WorkbookCells.PropertyTime(options.Created);
        summary.SetTabActive();

        // ClosedXML writes the styled sheets; the result rows, one per result (all communes of a country: a hundred
        // thousand), are streamed into its package with shared styles.
        using var skeleton = new MemoryStream();
        workbook.SaveAs(skeleton);
        var streamed = sheets
            .Where(s => s.Header > 0)
            .Select(s => (s.Name, s.Header + s.Results.Count, GoalColumns.Count, (Action<StreamedRows>)(rows => WriteRows(rows, plan, s.Header, s.Results))))
            .ToList();
        using var buffer = new MemoryStream();
        WorkbookStreamer.Write(skeleton, streamed, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
        output.Flush();
    }

    private static void WriteSummary(
        IXLWorksheet sheet,
        PlanEvaluation evaluation,
        WorkbookOptions options,
        List<GoalSheet> goals)
    {
        var plan = evaluation.Plan;
        WorkbookCells.SetWidths(sheet, [46, 12, 12, 12, 12, 12, 12, 12, 12, 12]);
        var row = 1;
        if (options.IsSampleData)
        {
            WorkbookCells.SampleBanner(sheet, row++, SummaryColumns);
        }

        var title = WorkbookCells.MergedText(sheet, row++, 1, SummaryColumns, MonitoringText.Title, 14);
        title.Style.Font.Bold = true;
        title.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        var planTitle = WorkbookCells.MergedText(sheet, row++, 1, SummaryColumns, plan.Title, 13);
        planTitle.Style.Font.Bold = true;
        planTitle.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        row++;

        var years = evaluation.Results.Select(r => r.Year).Distinct().Order().ToList();
        var facts = new List<(string Label, string? Value)>
        {
            (MonitoringText.SymbolLabel, plan.Document.Symbol is { Length: > 0 } symbol ? symbol : MonitoringText.NoSymbol),
            (MonitoringText.IssuerLabel, plan.Document.Issuer),
            (MonitoringText.IssuedLabel, plan.Document.Issued is { } issued ? VietnameseFormat.Numeric(issued) : MonitoringText.NoIssueDate),
            (MonitoringText.YearsLabel, plan.Years.ToString()),
            (MonitoringText.EvaluatedYearsLabel, MonitoringText.Years(years)),
            (MonitoringText.UnitLabel, UnitText(evaluation, options)),
            (MonitoringText.DataSourceLabel, (options.DataSourceName ?? MonitoringText.NoDataSource) + (options.IsSampleData ? WorkbookText.SampleSuffix : string.Empty)),
            (MonitoringText.CreatedLabel, WorkbookText.Created(options.Created)),
        };
        foreach (var (label, value) in facts)
        {
            var labelCell = sheet.Cell(row, 1).WriteText(label + ":");
            labelCell.Style.Font.Bold = true;
            labelCell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            WorkbookCells.MergedText(sheet, row, 2, SummaryColumns, value);
            row++;
        }

        row++;
        if (evaluation.Results.Count == 0)
        {
            WorkbookCells.MergedText(
                sheet,
                row++,
                1,
                SummaryColumns,
                plan.Indicators.Count == 0
                    ? MonitoringText.NoIndicators
                    : MonitoringText.NoResults).Style.Font.Italic = true;
        }

        // Counts by status.
        var byStatusTitle = sheet.Cell(row++, 1).WriteText(MonitoringText.ByStatusTitle);
        byStatusTitle.Style.Font.Bold = true;
        var header = row;
        sheet.Cell(row, 1).WriteText(MonitoringText.StatusHeader);
        sheet.Cell(row, 2).WriteText(MonitoringText.CountHeader);
        sheet.Cell(row, 3).WriteText(MonitoringText.ShareHeader);
        WorkbookCells.StyleHeader(sheet.Range(row, 1, row, 3));
        row++;
        var total = evaluation.Results.Count;
        foreach (var status in Enum.GetValues<AchievementStatus>())
        {
            var count = evaluation.Results.Count(r => r.Status == status);
            var caption = sheet.Cell(row, 1).WriteText(StatusNames.Caption(status));
            caption.Style.Fill.BackgroundColor = XLColor.FromHtml("#" + StatusFill(status));
            sheet.Cell(row, 2).WriteNumber(count, WorkbookCells.CountFormat);
            sheet.Cell(row, 3).WriteNumber(total == 0 ? null : (decimal)count / total, WorkbookCells.ShareFormat);
            row++;
        }

        sheet.Cell(row, 1).WriteText(MonitoringText.Total).Style.Font.Bold = true;
        sheet.Cell(row, 2).WriteNumber(total, WorkbookCells.CountFormat).Style.Font.Bold = true;
        sheet.Cell(row, 3).WriteNumber(total == 0 ? null : 1m, WorkbookCells.ShareFormat).Style.Font.Bold = true;
        WorkbookCells.Borders(sheet.Range(header, 1, row, 3));
        row += 2;

        var judged = evaluation.Results.Where(r => r.Recorded is not null && r.Actual is not null).ToList();
        if (judged.Count > 0)
        {
            var compared = judged.Select(r => (r, r.Recorded!.Compare(r.Status))).ToList();
            foreach (var (label, text) in StatusNames.AgreementLines(compared, r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Year}")))
            {
                sheet.Cell(row, 1).WriteText(label + ":").Style.Font.Bold = true;
                WorkbookCells.MergedText(sheet, row++, 2, SummaryColumns, text);
            }

            row++;
        }

        // Counts by goal and status.
        var statuses = Enum.GetValues<AchievementStatus>();
        sheet.Cell(row++, 1).WriteText(MonitoringText.ByGoalTitle).Style.Font.Bold = true;
        var goalHeader = row;
        sheet.Cell(row, 1).WriteText(MonitoringText.GoalHeader);
        sheet.Cell(row, 2).WriteText(MonitoringText.IndicatorCountHeader);
        for (var i = 0; i < statuses.Length; i++)
        {
            sheet.Cell(row, 3 + i).WriteText(StatusNames.Caption(statuses[i]));
        }

        sheet.Cell(row, 3 + statuses.Length).WriteText(MonitoringText.ResultCountHeader);
        WorkbookCells.StyleHeader(sheet.Range(row, 1, row, 3 + statuses.Length));
        sheet.Row(row).Height = 33;
        row++;
        foreach (var goal in goals)
        {
            var caption = sheet.Cell(row, 1).WriteText($"{goal.Caption} ({goal.Name})");
            caption.Style.Alignment.WrapText = true;
            caption.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            sheet.Row(row).Height = WorkbookCells.EstimateHeight(caption.GetString(), sheet.Column(1).Width);
            sheet.Cell(row, 2).WriteNumber(goal.Indicators, WorkbookCells.CountFormat);
            for (var i = 0; i < statuses.Length; i++)
            {
                var status = statuses[i];
                sheet.Cell(row, 3 + i).WriteNumber(goal.Results.Count(r => r.Status == status), WorkbookCells.CountFormat);
            }

            sheet.Cell(row, 3 + statuses.Length).WriteNumber(goal.Results.Count, WorkbookCells.CountFormat);
            row++;
        }

        if (goals.Count == 0)
        {
            WorkbookCells.MergedText(sheet, row++, 1, 3 + statuses.Length, MonitoringText.NoGoals).Style.Font.Italic = true;
        }

        WorkbookCells.Borders(sheet.Range(goalHeader, 1, row - 1, 3 + statuses.Length));
        if (options.IsSampleData)
        {
            sheet.SheetView.FreezeRows(1);
        }

        WorkbookCells.PrintSetup(sheet, 0, XLPageOrientation.Landscape);
    }

    /// <summary>A goal sheet without its result rows; returns the header row the results go below, or 0 for a sheet without results.</summary>
    private static int WriteGoalSheet(IXLWorksheet sheet, PlanEvaluation evaluation, string caption, int indicatorCount, List<IndicatorResult> results, WorkbookOptions options)
    {
        var plan = evaluation.Plan;
        WorkbookCells.SetWidths(sheet, GoalWidths);
        var last = GoalColumns.Count;
        var row = 1;
        if (options.IsSampleData)
        {
            WorkbookCells.SampleBanner(sheet, row++, last);
        }

        WorkbookCells.MergedText(sheet, row++, 1, last, caption, 13).Style.Font.Bold = true;
        WorkbookCells.MergedText(sheet, row++, 1, last, MonitoringText.GoalSheetLine(plan.Title, WorkbookCells.DocumentText(plan.Document), UnitText(evaluation, options)));

        if (indicatorCount == 0 || results.Count == 0)
        {
            sheet.SheetView.FreezeRows(row - 1);
            row++;
            WorkbookCells.MergedText(
                sheet,
                row,
                1,
                last,
                indicatorCount == 0
                    ? MonitoringText.GoalWithoutIndicators
                    : MonitoringText.GoalWithoutResults).Style.Font.Italic = true;
            WorkbookCells.PrintSetup(sheet, 0);
            return 0;
        }

        var header = row;
        for (var c = 0; c < GoalColumns.Count; c++)
        {
            sheet.Cell(header, c + 1).WriteText(GoalColumns[c]);
        }

        WorkbookCells.StyleHeader(sheet.Range(header, 1, header, last));
        sheet.Row(header).Height = 33;

        // The result rows are streamed into the saved package (WriteRows); the filter covers them already.
        sheet.Range(header, 1, header + results.Count, last).SetAutoFilter();
        sheet.SheetView.FreezeRows(header);
        WorkbookCells.PrintSetup(sheet, header);
        return header;
    }

    /// <summary>
    /// The result rows of a goal sheet below its header row, streamed: every cell top-aligned with thin grey borders, the
    /// name, measure, target and lead columns wrapped, numbers with formats that show their unit, status cells coloured.
    /// </summary>
    private static void WriteRows(StreamedRows rows, Plan plan, int header, List<IndicatorResult> results)
    {
        var text = new StreamedCellStyle();
        var wrapped = new StreamedCellStyle(Wrap: true);
        var year = new StreamedCellStyle("0");
        var count = new StreamedCellStyle(WorkbookCells.CountFormat);
        var progress = new StreamedCellStyle(WorkbookCells.ProgressFormat);
        var statusStyles = Enum.GetValues<AchievementStatus>().ToDictionary(
            s => s,
            s => new StreamedCellStyle(Fill: StatusFill(s), Bold: s is AchievementStatus.NotAchieved or AchievementStatus.OffTrack));
        var recordedStyles = Enum.GetValues<AchievementStatus>().ToDictionary(s => s, s => new StreamedCellStyle(Fill: StatusFill(s)));
        var valueStyles = Enum.GetValues<IndicatorUnit>().ToDictionary(u => u, u => new StreamedCellStyle(WorkbookText.ValueFormat(u)));

        // What a row shows of its indicator and measure is the same in every year and unit: worked out once.
        var lines = new Dictionary<(Indicator, Measure), (string Label, string Unit, string Lead, double Height)>();
        var row = header;
        foreach (var r in results)
        {
            row++;
            if (!lines.TryGetValue((r.Indicator, r.Measure), out var line))
            {
                var lead = string.Join("; ", r.Indicator.Responsibility.Leads.Select(l => plan.FindAgency(l)?.Name ?? l));
                var height = Math.Max(
                    WorkbookCells.EstimateHeight(r.Indicator.Name, GoalWidths[ColName - 1]),
                    Math.Max(
                        WorkbookCells.EstimateHeight(r.Measure.Name ?? string.Empty, GoalWidths[ColMeasure - 1]),
                        WorkbookCells.EstimateHeight(WorkbookCells.Clean(lead), GoalWidths[ColLead - 1])));
                line = (PlanText.IndicatorNumber(r.Indicator), WorkbookText.UnitCaption(r.Measure.Unit), lead, height);
                lines.Add((r.Indicator, r.Measure), line);
            }

            rows.StartRow(row, line.Height);
            rows.Text(ColLabel, line.Label, text);
            rows.Text(ColName, r.Indicator.Name, wrapped);
            rows.Text(ColMeasure, r.Measure.Name, wrapped);
            rows.Text(ColUnit, line.Unit, text);
            rows.Number(ColYear, r.Year, year);
            rows.Text(ColTarget, ResultText.Target(r), wrapped);
            rows.Number(ColActual, r.Actual?.Value, valueStyles[r.Measure.Unit]);
            rows.Number(ColNumerator, r.Actual?.Numerator, count);
            rows.Number(ColDenominator, r.Actual?.Denominator, count);
            rows.Text(ColStatus, StatusNames.Caption(r.Status), statusStyles[r.Status]);
            rows.Number(ColProgress, r.Judgement.Progress, progress);
            rows.Text(ColLead, line.Lead, wrapped);
            if (r.Recorded is { } recorded)
            {
                rows.Text(ColRecorded, StatusNames.Caption(recorded.Status), recordedStyles[recorded.Status]);
            }
            else
            {
                rows.Empty(ColRecorded, text);
            }

            rows.Text(ColKey, r.Key, text);
            rows.EndRow();
        }
    }

    private static string UnitText(PlanEvaluation evaluation, WorkbookOptions options) =>
        MonitoringText.Unit(evaluation.UnitCode, options.UnitName);

    private sealed record GoalSheet(string Name, string Caption, int Indicators, List<IndicatorResult> Results, int Header);
}
