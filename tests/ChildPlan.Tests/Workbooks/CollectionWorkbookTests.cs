using ClosedXML.Excel;
using ChildPlan.Reporting.Workbooks;
using static ChildPlan.Tests.Workbooks.WorkbookFixtures;

namespace ChildPlan.Tests.Workbooks;

/// <summary>
/// The data collection template of the Điện Biên programme 2021–2030 for Tuần Giáo district, 2025,
/// opened again with ClosedXML.
/// </summary>
public sealed class CollectionWorkbookTests
{
    private static readonly Plan Programme = Plan(ProgrammeId);

    private static readonly byte[] Template = Collection(Programme, 2025, Unit("099"));

    private static IXLWorksheet Data(XLWorkbook workbook) => workbook.Worksheet(CollectionWorkbook.DataSheetName);

    private static IEnumerable<int> IndicatorRows(IXLWorksheet data) =>
        Enumerable.Range(CollectionWorkbook.FirstDataRow, data.LastRowUsed(XLCellsUsedOptions.Contents)!.RowNumber() - CollectionWorkbook.FirstDataRow + 1)
            .Where(r => !data.Cell(r, CollectionWorkbook.IndicatorColumn).IsEmpty(XLCellsUsedOptions.Contents));

    [Fact]
    public void The_template_has_instructions_a_data_sheet_and_a_very_hidden_metadata_sheet()
    {
        using var workbook = Open(Template);

        Assert.Equal(["Hướng dẫn", "Số liệu", "_childplan"], workbook.Worksheets.Select(s => s.Name));
        Assert.Equal(XLWorksheetVisibility.Visible, workbook.Worksheet("Hướng dẫn").Visibility);
        Assert.Equal(XLWorksheetVisibility.Visible, workbook.Worksheet("Số liệu").Visibility);
        var metadata = workbook.Worksheet("_childplan");
        Assert.Equal(XLWorksheetVisibility.VeryHidden, metadata.Visibility);
        var values = Enumerable.Range(1, 4).ToDictionary(r => metadata.Cell(r, 1).GetString(), r => metadata.Cell(r, 2));
        Assert.Equal("childplan.collect/1", values["format"].GetString());
        Assert.Equal("ctht-2021-2030", values["plan"].GetString());
        Assert.Equal("2025", values["year"].GetString());
        Assert.Equal("099", values["unit"].GetString());
        Assert.All(values.Values, c => Assert.Equal(XLDataType.Text, c.DataType));
        Assert.True(metadata.IsProtected);
        Assert.True(workbook.IsProtected, "the structure is locked so sheets are not renamed or unhidden");
    }

    [Fact]
    public void The_data_sheet_has_one_row_per_measure_of_every_indicator_in_plan_order()
    {
        using var workbook = Open(Template);
        var data = Data(workbook);

        var rows = IndicatorRows(data)
            .Select(r => (data.Cell(r, CollectionWorkbook.IndicatorColumn).GetString(), data.Cell(r, CollectionWorkbook.MeasureColumn).GetString()))
            .ToList();
        var expected = Programme.Indicators.SelectMany(i => i.Measures.Select(m => (i.Id, m.Id ?? string.Empty))).ToList();

        Assert.Equal(expected, rows);
        Assert.Equal(32, rows.Count); // 30 indicator lines, CT8 and CT15 with two measures each.
        Assert.Contains(("CT8", "nong-thon"), rows);
        Assert.Contains(("CT8", "thanh-thi"), rows);
        Assert.Contains(("CT15", "tai-nan"), rows);
        Assert.Contains(("CT15", "tu-vong"), rows);
    }

    [Fact]
    public void Locked_cells_hold_the_name_with_the_measure_the_unit_and_the_target_of_the_year()
    {
        using var workbook = Open(Template);
        var data = Data(workbook);

        Assert.Equal("Mục tiêu năm 2025", data.Cell(CollectionWorkbook.HeaderRow, CollectionWorkbook.TargetColumn).GetString());

        var ct1 = RowOf(data, "CT1");
        Assert.StartsWith("Chỉ tiêu 1. Tỷ lệ xã, phường, thị trấn", data.Cell(ct1, CollectionWorkbook.NameColumn).GetString(), StringComparison.Ordinal);
        Assert.Equal("%", data.Cell(ct1, CollectionWorkbook.UnitColumn).GetString());
        Assert.Equal("≥ 65%", data.Cell(ct1, CollectionWorkbook.TargetColumn).GetString());

        // A bundled indicator: a heading row with its number and name (column A empty, so the import skips it), then
        // each measure by its own name, without the indicator's name again.
        var rural = RowOf(data, "CT8", "nong-thon");
        Assert.Equal("- Nông thôn", data.Cell(rural, CollectionWorkbook.NameColumn).GetString());
        Assert.Equal("Chỉ tiêu 8. Tỷ lệ trẻ dưới 5 tuổi bị suy dinh dưỡng thể béo phì", data.Cell(rural - 1, CollectionWorkbook.NameColumn).GetString());
        Assert.Equal(string.Empty, data.Cell(rural - 1, CollectionWorkbook.IndicatorColumn).GetString());
        Assert.Equal("- Thành thị", data.Cell(RowOf(data, "CT8", "thanh-thi"), CollectionWorkbook.NameColumn).GetString());
        Assert.Equal("< 5%", data.Cell(rural, CollectionWorkbook.TargetColumn).GetString());

        var injuries = RowOf(data, "CT15", "tai-nan");
        Assert.Equal("/100.000 trẻ em", data.Cell(injuries, CollectionWorkbook.UnitColumn).GetString());
        Assert.Equal("≤ 550/100.000 trẻ em", data.Cell(injuries, CollectionWorkbook.TargetColumn).GetString());

        // CT11 has a 2030 target only: the 2025 target is empty.
        Assert.True(data.Cell(RowOf(data, "CT11"), CollectionWorkbook.TargetColumn).GetString().Length == 0);
        // CT18, child marriage, falls 2–3% a year from 2025.
        Assert.Equal("%/năm", data.Cell(RowOf(data, "CT18"), CollectionWorkbook.UnitColumn).GetString());
        Assert.Equal("giảm 2–3%/năm", data.Cell(RowOf(data, "CT18"), CollectionWorkbook.TargetColumn).GetString());
        // The line under chỉ tiêu 25 has no number in the document: its name alone, never its id (CT25b).
        Assert.Equal(Programme.FindIndicator("CT25b")!.Name, data.Cell(RowOf(data, "CT25b"), CollectionWorkbook.NameColumn).GetString());
    }

    [Fact]
    public void The_sheet_is_protected_with_indicator_cells_locked_and_input_cells_open()
    {
        using var workbook = Open(Template);
        var data = Data(workbook);

        Assert.True(data.IsProtected);
        Assert.False(data.Protection.IsPasswordProtected);
        Assert.True(data.Protection.AllowedElements.HasFlag(XLSheetProtectionElements.SelectUnlockedCells));
        Assert.False(data.Protection.AllowedElements.HasFlag(XLSheetProtectionElements.InsertRows));
        Assert.False(data.Protection.AllowedElements.HasFlag(XLSheetProtectionElements.DeleteRows));
        foreach (var row in IndicatorRows(data))
        {
            for (var c = CollectionWorkbook.IndicatorColumn; c <= CollectionWorkbook.TargetColumn; c++)
            {
                Assert.True(data.Cell(row, c).Style.Protection.Locked, $"row {row} column {c} is locked");
            }

            for (var c = CollectionWorkbook.ValueColumn; c <= CollectionWorkbook.SourceColumn; c++)
            {
                Assert.False(data.Cell(row, c).Style.Protection.Locked, $"row {row} column {c} is open");
            }
        }

        Assert.True(data.Cell(CollectionWorkbook.HeaderRow, CollectionWorkbook.ValueColumn).Style.Protection.Locked);
        Assert.True(data.Cell(1, 1).Style.Protection.Locked);
        Assert.Equal(CollectionWorkbook.HeaderRow, data.SheetView.SplitRow);
        Assert.Equal("@", data.Cell(RowOf(data, "CT1"), CollectionWorkbook.SourceColumn).Style.NumberFormat.Format);
    }

    [Fact]
    public void Counts_and_yes_no_indicators_have_no_numerator_or_denominator_to_fill()
    {
        // Tuần Giáo's plan: GP4 and GP5 are counts, GP8 is done or not.
        var plan = Plan(TuanGiaoId);
        using var workbook = Open(Collection(plan, 2024, Unit("099")));
        var data = Data(workbook);

        foreach (var id in new[] { "GP4", "GP5", "GP8" })
        {
            var row = RowOf(data, id);
            Assert.False(data.Cell(row, CollectionWorkbook.ValueColumn).Style.Protection.Locked);
            Assert.True(data.Cell(row, CollectionWorkbook.NumeratorColumn).Style.Protection.Locked);
            Assert.True(data.Cell(row, CollectionWorkbook.DenominatorColumn).Style.Protection.Locked);
            Assert.False(data.Cell(row, CollectionWorkbook.NumeratorColumn).HasDataValidation);
            Assert.False(data.Cell(row, CollectionWorkbook.SourceColumn).Style.Protection.Locked);
        }

        Assert.Equal("số lượng", data.Cell(RowOf(data, "GP4"), CollectionWorkbook.UnitColumn).GetString());
        Assert.Equal("#,##0", data.Cell(RowOf(data, "GP4"), CollectionWorkbook.ValueColumn).Style.NumberFormat.Format);
    }

    [Fact]
    public void Number_cells_carry_data_validation_by_unit()
    {
        using var workbook = Open(Template);
        var data = Data(workbook);
        var validations = data.DataValidations.ToList();

        IXLDataValidation ValidationOf(int row, int column) =>
            Assert.Single(validations, v => v.Ranges.Any(r => r.Contains(data.Cell(row, column))));

        foreach (var row in IndicatorRows(data))
        {
            foreach (var column in new[] { CollectionWorkbook.ValueColumn, CollectionWorkbook.NumeratorColumn, CollectionWorkbook.DenominatorColumn })
            {
                var validation = ValidationOf(row, column);
                Assert.True(validation.ShowErrorMessage);
                Assert.Equal(XLErrorStyle.Stop, validation.ErrorStyle);
                Assert.True(validation.IgnoreBlanks);
                Assert.False(string.IsNullOrEmpty(validation.InputMessage));
            }

            foreach (var column in new[] { CollectionWorkbook.NumeratorColumn, CollectionWorkbook.DenominatorColumn })
            {
                var validation = ValidationOf(row, column);
                Assert.Equal(XLAllowedValues.Decimal, validation.AllowedValues);
                Assert.Equal(XLOperator.EqualOrGreaterThan, validation.Operator);
                Assert.Equal("0", validation.MinValue);
            }

            Assert.DoesNotContain(validations, v => v.Ranges.Any(r => r.Contains(data.Cell(row, CollectionWorkbook.SourceColumn))));
        }

        var percent = ValidationOf(RowOf(data, "CT1"), CollectionWorkbook.ValueColumn);
        Assert.Equal((XLAllowedValues.Decimal, XLOperator.Between, "0", "100"), (percent.AllowedValues, percent.Operator, percent.MinValue, percent.MaxValue));

        var perThousand = ValidationOf(RowOf(data, "CT3"), CollectionWorkbook.ValueColumn);
        Assert.Equal((XLAllowedValues.Decimal, XLOperator.EqualOrGreaterThan, "0"), (perThousand.AllowedValues, perThousand.Operator, perThousand.MinValue));

        // A change per year may be negative: child marriages are to fall.
        var change = ValidationOf(RowOf(data, "CT18"), CollectionWorkbook.ValueColumn);
        Assert.Equal((XLAllowedValues.Decimal, XLOperator.EqualOrGreaterThan, "-100"), (change.AllowedValues, change.Operator, change.MinValue));

        using var tuanGiao = Open(Collection(Plan(TuanGiaoId), 2025, Unit("099")));
        var tgData = Data(tuanGiao);
        var yesNo = Assert.Single(tgData.DataValidations, v => v.Ranges.Any(r => r.Contains(tgData.Cell(RowOf(tgData, "GP8"), CollectionWorkbook.ValueColumn))));
        Assert.Equal(XLAllowedValues.List, yesNo.AllowedValues);
        Assert.Equal("\"0,1\"", yesNo.Value);
    }

    [Fact]
    public void Input_value_cells_show_the_unit_of_their_indicator()
    {
        using var workbook = Open(Template);
        var data = Data(workbook);

        Assert.Equal("0.0#\"%\"", data.Cell(RowOf(data, "CT1"), CollectionWorkbook.ValueColumn).Style.NumberFormat.Format);
        Assert.Equal("0.0#\"‰\"", data.Cell(RowOf(data, "CT3"), CollectionWorkbook.ValueColumn).Style.NumberFormat.Format);
        Assert.Equal("#,##0", data.Cell(RowOf(data, "CT3"), CollectionWorkbook.NumeratorColumn).Style.NumberFormat.Format);
    }

    [Fact]
    public void The_instructions_are_in_Vietnamese_and_cover_decimals_rates_and_locked_cells()
    {
        using var workbook = Open(Template);
        var instructions = workbook.Worksheet(CollectionWorkbook.InstructionsSheetName);
        var text = string.Join("\n", instructions.CellsUsed(XLCellsUsedOptions.Contents).Select(c => c.GetString()));

        Assert.Contains("HƯỚNG DẪN NHẬP SỐ LIỆU CHỈ TIÊU NĂM 2025", text, StringComparison.Ordinal);
        Assert.Contains("Đơn vị báo cáo: Huyện Tuần Giáo (mã 099)", text, StringComparison.Ordinal);
        Assert.Contains("Hạn gửi: 20/11/2025, gửi về Phòng Lao động - Thương binh và Xã hội.", text, StringComparison.Ordinal);
        Assert.Contains("dấu phẩy: 12,5", text, StringComparison.Ordinal);
        Assert.Contains("Phải nhập cả tử số và mẫu số, không nhập một trong hai", text, StringComparison.Ordinal);
        Assert.Contains("tổng tử số chia tổng mẫu số", text, StringComparison.Ordinal);
        Assert.Contains("Không sửa các ô đã khóa", text, StringComparison.Ordinal);
        Assert.Contains("Tử số là số của năm 2025, Mẫu số là số của năm 2024", text, StringComparison.Ordinal);
        Assert.True(instructions.IsProtected);
        Assert.True(instructions.Column(1).Width >= 90);
        Assert.True(instructions.Cell(1, 1).Style.Font.Bold);
    }

    [Fact]
    public void Document_properties_name_the_unit_year_and_plan()
    {
        using var workbook = Open(Template);

        Assert.Equal("Biểu thu thập số liệu năm 2025 – Huyện Tuần Giáo", workbook.Properties.Title);
        Assert.Equal("Chương trình hành động vì trẻ em tỉnh Điện Biên, giai đoạn 2021-2030 (333/QĐ-UBND, UBND tỉnh Điện Biên)", workbook.Properties.Subject);
        Assert.Equal("ChildPlan", workbook.Properties.Author);
        Assert.Equal(Created.ToDateTimeUtc(), DateTime.SpecifyKind(workbook.Properties.Created, DateTimeKind.Utc));
    }

    [Fact]
    public void A_year_outside_the_plan_is_a_problem_at_year_without_option_names()
    {
        using var stream = new MemoryStream();

        var e = Assert.Throws<ChildPlanInputException>(() => CollectionWorkbook.Write(Programme, 2031, Unit("099"), CollectOptions, stream));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("year", problem.Where);
        Assert.Equal("2031 is outside the years of plan 'ctht-2021-2030' (2021–2030).", problem.Message);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void A_plan_without_indicators_gives_a_template_with_nothing_to_fill()
    {
        var plan = TestPlans.Small() with { Goals = [], Indicators = [] };

        using var workbook = Open(Collection(plan, 2023, new AdministrativeUnit("P", "Tỉnh Thử", AdministrativeLevel.Province, null)));

        var data = Data(workbook);
        Assert.Empty(IndicatorRows(data));
        Find(data, "Kế hoạch không có chỉ tiêu định lượng; không có số liệu cần nhập.");
    }
}
