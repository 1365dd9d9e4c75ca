using ClosedXML.Excel;
using ChildPlan.Indicators;
using ChildPlan.Reporting.Localization;
using ChildPlan.Reporting.Workbooks;
using NodaTime;
using static ChildPlan.Tests.Workbooks.WorkbookFixtures;

namespace ChildPlan.Tests.Workbooks;

/// <summary>
/// The monitoring workbook of the Điện Biên 2013–2020 programme, evaluated with the results its review
/// (Quyết định 333/QĐ-UBND, Part 1) reports, opened again with ClosedXML as a reader would open it.
/// </summary>
public sealed class MonitoringWorkbookTests
{
    private static readonly PlanEvaluation Evaluation = Review();

    private static readonly byte[] Workbook = Monitoring(Evaluation, MonitoringOptions());

    private static int HeaderRowOf(IXLWorksheet sheet) => Find(sheet, "Tên chỉ tiêu").Address.RowNumber;

    private static int Column(string header) => MonitoringWorkbook.GoalColumns.ToList().IndexOf(header) + 1;

    [Fact]
    public void The_summary_sheet_comes_first_and_names_the_plan_document_years_and_unit()
    {
        using var workbook = Open(Workbook);
        var summary = workbook.Worksheet(1);

        Assert.Equal(MonitoringWorkbook.SummarySheetName, summary.Name);
        Find(summary, Evaluation.Plan.Title);
        Assert.Equal("333/QĐ-UBND", Find(summary, "Số, ký hiệu văn bản:").CellRight().GetString());
        Assert.Equal("UBND tỉnh Điện Biên", Find(summary, "Cơ quan ban hành:").CellRight().GetString());
        Assert.Equal("15/03/2021", Find(summary, "Ngày ban hành:").CellRight().GetString());
        Assert.Equal("2013–2020", Find(summary, "Giai đoạn:").CellRight().GetString());
        Assert.Equal("2015, 2020", Find(summary, "Năm đánh giá:").CellRight().GetString());
        Assert.Equal("Tỉnh Điện Biên (mã 11)", Find(summary, "Đơn vị:").CellRight().GetString());
        Assert.Equal("ctht-2013-2020.data.csv", Find(summary, "Nguồn số liệu:").CellRight().GetString());
        Assert.Equal("05/01/2026 10:30 (giờ Việt Nam)", Find(summary, "Lập lúc:").CellRight().GetString());
        Assert.DoesNotContain(AllCells(workbook), c => c.GetString().Contains("DỮ LIỆU MẪU", StringComparison.Ordinal));
    }

    [Fact]
    public void The_summary_counts_results_by_status_with_Vietnamese_captions_as_numbers()
    {
        using var workbook = Open(Workbook);
        var summary = workbook.Worksheet(MonitoringWorkbook.SummarySheetName);

        foreach (var status in Enum.GetValues<AchievementStatus>())
        {
            var caption = Find(summary, StatusNames.Caption(status));
            var count = caption.CellRight();
            Assert.Equal(XLDataType.Number, count.DataType);
            Assert.Equal(Evaluation.Results.Count(r => r.Status == status), count.GetValue<int>());
            Assert.Equal("#,##0", count.Style.NumberFormat.Format);
            Assert.Equal(XLColor.FromHtml("#" + MonitoringWorkbook.StatusFill(status)), caption.Style.Fill.BackgroundColor);
        }

        var total = Find(summary, "Tổng cộng").CellRight();
        Assert.Equal(Evaluation.Results.Count, total.GetValue<int>());

        // The review's own verdicts, as the README quotes them: 17 exact, 3 "đạt" that the numbers exceed.
        Assert.Equal("17/20", Find(summary, "Khớp với đánh giá của văn bản:").CellRight().GetString());
        Assert.Equal("3/20 (R1 2020, R7 2015, R7 2020)", Find(summary, "Văn bản ghi \"đạt\", số liệu vượt chỉ tiêu:").CellRight().GetString());
    }

    [Fact]
    public void Every_goal_has_a_sheet_with_a_valid_name_and_every_result_of_its_indicators()
    {
        using var workbook = Open(Workbook);
        var plan = Evaluation.Plan;

        Assert.Equal(1 + plan.Goals.Count, workbook.Worksheets.Count);
        for (var i = 0; i < plan.Goals.Count; i++)
        {
            var goal = plan.Goals[i];
            var sheet = workbook.Worksheet(i + 2);
            Assert.StartsWith($"Mục tiêu {goal.Number} ", sheet.Name, StringComparison.Ordinal); // the document's numbering, not the id
            Assert.DoesNotContain(goal.Id, sheet.Name, StringComparison.Ordinal);
            Assert.True(sheet.Name.Length <= 31, sheet.Name);
            Assert.True(sheet.Name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) < 0, sheet.Name);

            var header = HeaderRowOf(sheet);
            Assert.Equal(MonitoringWorkbook.GoalColumns, Enumerable.Range(1, MonitoringWorkbook.GoalColumns.Count).Select(c => sheet.Cell(header, c).GetString()));
            var expected = Evaluation.Results.Where(r => r.Indicator.GoalId == goal.Id).ToList();
            var keys = Enumerable.Range(header + 1, expected.Count).Select(row => (sheet.Cell(row, Column("Mã")).GetString(), sheet.Cell(row, Column("Năm")).GetValue<int>()));
            Assert.Equal(expected.Select(r => (r.Key, r.Year)), keys);
            Assert.True(sheet.Cell(header + expected.Count + 1, Column("Mã")).IsEmpty());
        }
    }

    [Fact]
    public void A_result_row_holds_label_name_unit_year_target_actual_status_and_lead_with_numbers_stored_as_numbers()
    {
        using var workbook = Open(Workbook);
        var sheet = workbook.Worksheets.Single(s => s.Name.StartsWith("Mục tiêu 1 ", StringComparison.Ordinal));
        var header = HeaderRowOf(sheet);

        // R1 in 2020: 8.163 of 214.825 children are in special circumstances (3,8%), target below 5%: exceeded.
        var row = Enumerable.Range(header + 1, 20).First(r => sheet.Cell(r, Column("Mã")).GetString() == "R1" && sheet.Cell(r, Column("Năm")).GetValue<int>() == 2020);
        var result = Evaluation.Results.Single(r => r.Key == "R1" && r.Year == 2020);

        // The review's lines are dashes, not numbers: the TT column is blank, never the id (which "Mã" holds).
        Assert.Equal(string.Empty, sheet.Cell(row, Column("TT")).GetString());
        Assert.Equal(result.Indicator.Name, sheet.Cell(row, Column("Tên chỉ tiêu")).GetString());
        Assert.Equal("%", sheet.Cell(row, Column("Đơn vị tính")).GetString());
        Assert.Equal(XLDataType.Number, sheet.Cell(row, Column("Năm")).DataType);
        Assert.Equal("< 5%", sheet.Cell(row, Column("Mục tiêu")).GetString());

        var actual = sheet.Cell(row, Column("Thực hiện"));
        Assert.Equal(XLDataType.Number, actual.DataType);
        Assert.Equal((double)result.Actual!.Value, actual.GetDouble(), 10);
        Assert.Equal("0.0#\"%\"", actual.Style.NumberFormat.Format);
        Assert.Equal(8163, sheet.Cell(row, Column("Tử số")).GetDouble());
        Assert.Equal(214825, sheet.Cell(row, Column("Mẫu số")).GetDouble());
        Assert.Equal("#,##0", sheet.Cell(row, Column("Mẫu số")).Style.NumberFormat.Format);

        var status = sheet.Cell(row, Column("Đánh giá"));
        Assert.Equal("Vượt chỉ tiêu", status.GetString());
        Assert.Equal(XLColor.FromHtml("#A9D08E"), status.Style.Fill.BackgroundColor);
        Assert.Equal("Đạt", sheet.Cell(row, Column("Văn bản đánh giá")).GetString());

        // No result of the review has a baseline, so progress is empty but formatted as a percentage.
        Assert.True(sheet.Cell(row, Column("Tiến độ")).IsEmpty(XLCellsUsedOptions.Contents));
        Assert.Equal("0%", sheet.Cell(row, Column("Tiến độ")).Style.NumberFormat.Format);
    }

    [Fact]
    public void Status_cells_are_green_red_amber_or_grey()
    {
        Assert.Equal("A9D08E", MonitoringWorkbook.StatusFill(AchievementStatus.Exceeded));
        Assert.Equal("C6EFCE", MonitoringWorkbook.StatusFill(AchievementStatus.Achieved));
        Assert.Equal("FFC7CE", MonitoringWorkbook.StatusFill(AchievementStatus.NotAchieved));
        Assert.Equal("FFEB9C", MonitoringWorkbook.StatusFill(AchievementStatus.OnTrack));
        Assert.Equal("F4B084", MonitoringWorkbook.StatusFill(AchievementStatus.OffTrack));
        Assert.Equal("D9D9D9", MonitoringWorkbook.StatusFill(AchievementStatus.NoData));

        using var workbook = Open(Workbook);
        var statusCells = workbook.Worksheets.Skip(1)
            .SelectMany(s => s.Column(Column("Đánh giá")).CellsUsed(XLCellsUsedOptions.Contents).Where(c => c.Address.RowNumber > HeaderRowOf(s)))
            .ToList();
        Assert.Equal(Evaluation.Results.Count, statusCells.Count);
        foreach (var cell in statusCells)
        {
            var status = Enum.GetValues<AchievementStatus>().Single(s => StatusNames.Caption(s) == cell.GetString());
            Assert.Equal(XLColor.FromHtml("#" + MonitoringWorkbook.StatusFill(status)), cell.Style.Fill.BackgroundColor);
        }
    }

    [Fact]
    public void Header_rows_are_frozen_styled_and_columns_have_explicit_widths()
    {
        using var workbook = Open(Workbook);
        foreach (var sheet in workbook.Worksheets.Skip(1))
        {
            var header = HeaderRowOf(sheet);
            Assert.Equal(header, sheet.SheetView.SplitRow);
            Assert.Equal(0, sheet.SheetView.SplitColumn);
            var cell = sheet.Cell(header, 1);
            Assert.True(cell.Style.Font.Bold);
            Assert.Equal(XLColor.White, cell.Style.Font.FontColor);
            Assert.Equal(XLColor.FromArgb(0x1F, 0x4E, 0x78), cell.Style.Fill.BackgroundColor);
            Assert.Equal(header, sheet.PageSetup.FirstRowToRepeatAtTop);
            Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
            Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
        }

        // Widths as written, not measured: the name column is wide, the year narrow.
        var first = workbook.Worksheet(2);
        Assert.InRange(first.Column(Column("Tên chỉ tiêu")).Width, 47.9, 48.9);
        Assert.InRange(first.Column(Column("Năm")).Width, 6.9, 7.9);
        Assert.All(Enumerable.Range(1, MonitoringWorkbook.GoalColumns.Count), c => Assert.True(first.Column(c).Width > 5));
    }

    [Fact]
    public void Values_carry_number_formats_that_show_their_unit()
    {
        Assert.Equal("0.0#\"%\"", WorkbookCellsFormat(IndicatorUnit.Percent));
        Assert.Equal("0.0#\"‰\"", WorkbookCellsFormat(IndicatorUnit.PerThousandLiveBirths));
        Assert.Contains("/100.000 trẻ em", WorkbookCellsFormat(IndicatorUnit.PerHundredThousandChildren), StringComparison.Ordinal);
        Assert.Contains("%/năm", WorkbookCellsFormat(IndicatorUnit.PercentChangePerYear), StringComparison.Ordinal);
        Assert.Equal("#,##0", WorkbookCellsFormat(IndicatorUnit.Count));

        // R9 (universal pre-school education) is done or not: 1 shows as "Hoàn thành" but stays the number 1.
        using var workbook = Open(Workbook);
        var sheet = workbook.Worksheets.Single(s => s.Name.StartsWith("Mục tiêu 3 ", StringComparison.Ordinal));
        var row = Find(sheet, "R9").Address.RowNumber;
        var actual = sheet.Cell(row, Column("Thực hiện"));
        Assert.Equal(1d, actual.GetDouble());
        Assert.Equal("[=1]\"Hoàn thành\";[=0]\"Chưa hoàn thành\";General", actual.Style.NumberFormat.Format);
    }

    private static string WorkbookCellsFormat(IndicatorUnit unit)
    {
        // Written through a one-result evaluation so the test reads what the workbook holds, not a private helper.
        var indicator = TestPlans.Small().Indicators[0] with { Measures = [TestPlans.Small().Indicators[0].Measures[0] with { Unit = unit, Baseline = null }] };
        var plan = TestPlans.Small() with { Indicators = [indicator] };
        var evaluation = new PlanEvaluation(plan, "P", [new IndicatorResult
        {
            Indicator = indicator,
            Measure = indicator.Measures[0],
            Year = 2025,
            UnitCode = "P",
            Actual = new Actual { Value = 1, Observations = [] },
            Judgement = new Judgement(AchievementStatus.Achieved, null, null, null),
        }]);
        using var workbook = Open(Monitoring(evaluation, MonitoringOptions()));
        var sheet = workbook.Worksheet(2);
        return sheet.Cell(HeaderRowOf(sheet) + 1, Column("Thực hiện")).Style.NumberFormat.Format;
    }

    [Fact]
    public void Document_properties_give_title_subject_author_and_the_creation_time()
    {
        using var workbook = Open(Workbook);

        Assert.Equal("Theo dõi thực hiện chỉ tiêu – Chương trình hành động vì trẻ em tỉnh Điện Biên, giai đoạn 2013-2020", workbook.Properties.Title);
        Assert.Contains("333/QĐ-UBND", workbook.Properties.Subject, StringComparison.Ordinal);
        Assert.Equal("ChildPlan", workbook.Properties.Author);
        Assert.Equal(Created.ToDateTimeUtc(), DateTime.SpecifyKind(workbook.Properties.Created, DateTimeKind.Utc));
    }

    [Fact]
    public void Sample_data_puts_a_big_banner_on_top_of_every_sheet_and_says_so_in_the_properties()
    {
        using var workbook = Open(Monitoring(Evaluation, MonitoringOptions(sample: true)));

        foreach (var sheet in workbook.Worksheets)
        {
            var banner = sheet.Cell(1, 1);
            Assert.Equal("DỮ LIỆU MẪU – không phải số liệu thật", banner.GetString());
            Assert.True(banner.IsMerged());
            Assert.True(banner.Style.Font.Bold);
            Assert.True(banner.Style.Font.FontSize >= 18);
            Assert.True(sheet.SheetView.SplitRow >= 1, "the banner stays in view");
        }

        Assert.Contains("DỮ LIỆU MẪU", workbook.Properties.Keywords, StringComparison.Ordinal);
        Assert.Contains("(DỮ LIỆU MẪU)", Find(workbook.Worksheet(1), "Nguồn số liệu:").CellRight().GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_goal_without_indicators_still_gets_a_sheet_that_says_so()
    {
        var small = TestPlans.Small();
        var plan = small with { Goals = [.. small.Goals, new Goal { Id = "G2", Number = 2, Title = "Mục tiêu không có chỉ tiêu", Source = new SourceReference("1/KH-UBND", "I.2") }] };
        var evaluation = PlanEvaluator.Evaluate(plan, [TestPlans.Obs("PCT", 2025, value: 72)]);

        using var workbook = Open(Monitoring(evaluation, MonitoringOptions()));

        Assert.Equal(3, workbook.Worksheets.Count);
        var empty = workbook.Worksheet(3);
        Assert.Equal("Mục tiêu 2 Mục tiêu không có", empty.Name);
        Find(empty, "Mục tiêu này không có chỉ tiêu định lượng để theo dõi.");
        Find(empty, "Mục tiêu 2: Mục tiêu không có chỉ tiêu");
    }

    [Fact]
    public void Progress_is_stored_as_a_fraction_shown_as_a_percentage()
    {
        // PCT: baseline 60% in 2020, target at least 70% in 2025, actual 72%: 120% of the way.
        var evaluation = PlanEvaluator.Evaluate(TestPlans.Small(), [TestPlans.Obs("PCT", 2025, value: 72)]);

        using var workbook = Open(Monitoring(evaluation, MonitoringOptions()));

        var sheet = workbook.Worksheet(2);
        var row = Find(sheet, "PCT").Address.RowNumber;
        var progress = sheet.Cell(row, Column("Tiến độ"));
        Assert.Equal(XLDataType.Number, progress.DataType);
        Assert.Equal(1.2, progress.GetDouble(), 10);
        Assert.Equal("0%", progress.Style.NumberFormat.Format);
        Assert.Equal(72d, sheet.Cell(row, Column("Thực hiện")).GetDouble());
        Assert.Equal("Sở A", sheet.Cell(row, Column("Cơ quan chủ trì")).GetString());
        Assert.Equal("≥ 70%", sheet.Cell(row, Column("Mục tiêu")).GetString());
    }

    [Fact]
    public void A_plan_with_only_activities_gives_a_valid_workbook_with_its_summary()
    {
        var plan = TestPlans.Small() with { Goals = [], Indicators = [] };
        var evaluation = PlanEvaluator.Evaluate(plan, []);

        var bytes = Monitoring(evaluation, MonitoringOptions());
        using var workbook = Open(bytes);

        var summary = Assert.Single(workbook.Worksheets);
        Assert.Equal(MonitoringWorkbook.SummarySheetName, summary.Name);
        Find(summary, "Kế hoạch không có chỉ tiêu định lượng (chỉ có nhiệm vụ, hoạt động), nên không có kết quả để theo dõi.");
        Assert.Equal(0, Find(summary, "Tổng cộng").CellRight().GetValue<int>());
    }

    [Fact]
    public void Sheet_names_drop_forbidden_characters_stay_within_31_and_are_unique()
    {
        var small = TestPlans.Small();
        var source = new SourceReference("1/KH-UBND", "I");
        var plan = small with
        {
            Goals =
            [
                new Goal { Id = "G1", Title = "Về bảo vệ [trẻ em]: phòng/chống * xâm hại? \\ bạo lực", Source = source },
                new Goal { Id = "G1", Title = "Về bảo vệ [trẻ em]: phòng/chống * xâm hại? \\ bạo lực, lần hai", Source = source },
                new Goal { Id = "G3", Title = "'Tổng hợp'", Source = source },
            ],
        };
        var evaluation = PlanEvaluator.Evaluate(plan, []);

        using var workbook = Open(Monitoring(evaluation, MonitoringOptions()));

        var names = workbook.Worksheets.Select(s => s.Name).ToList();
        Assert.Equal(4, names.Count);
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n =>
        {
            Assert.InRange(n.Length, 1, 31);
            Assert.True(n.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) < 0, n);
            Assert.False(n.StartsWith('\'') || n.EndsWith('\''), n);
        });
        // Un-numbered goals are named by their titles (never by the plan's ids).
        Assert.StartsWith("Về bảo vệ trẻ em", names[1], StringComparison.Ordinal);
        Assert.Equal("Tổng hợp (2)", names[3]); // apostrophes trimmed; "Tổng hợp" is the summary sheet's
    }

    [Fact]
    public void Writing_to_a_stream_leaves_it_open_and_needs_no_clock()
    {
        using var stream = new MemoryStream();
        MonitoringWorkbook.Write(Evaluation, new WorkbookOptions { Created = Instant.FromUtc(2030, 12, 31, 16, 59) }, stream);

        Assert.True(stream.CanWrite);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        Assert.Equal("31/12/2030 23:59 (giờ Việt Nam)", Find(workbook.Worksheet(1), "Lập lúc:").CellRight().GetString());
        Assert.Equal("mã 11", Find(workbook.Worksheet(1), "Đơn vị:").CellRight().GetString());
        Assert.Equal("Không ghi", Find(workbook.Worksheet(1), "Nguồn số liệu:").CellRight().GetString());
    }

    // Chỉ tiêu 16 of 333/QĐ-UBND has two leads (Part 2, IV.1 and IV.3): the lead column names both; the TT column shows
    // the document's number.
    [Fact]
    public void The_lead_column_names_both_co_leads_and_TT_the_documents_number()
    {
        var programme = Plan("ctht-2021-2030");
        var evaluation = PlanEvaluator.Evaluate(programme, [], Hierarchy, new EvaluationOptions { Year = 2025 });
        using var workbook = Open(Monitoring(evaluation, MonitoringOptions()));
        var sheet = workbook.Worksheets.Single(s => s.Name.StartsWith("Mục tiêu 2 ", StringComparison.Ordinal));

        var row = Find(sheet, "CT16").Address.RowNumber;
        Assert.Equal("Sở Lao động - Thương binh và Xã hội; Công an tỉnh", sheet.Cell(row, Column("Cơ quan chủ trì")).GetString());
        Assert.Equal("16", sheet.Cell(row, Column("TT")).GetString());
    }
}
