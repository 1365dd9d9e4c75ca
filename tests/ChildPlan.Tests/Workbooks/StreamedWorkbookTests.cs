using System.IO.Abstractions.TestingHelpers;
using ClosedXML.Excel;
using ChildPlan.Formats;
using ChildPlan.Indicators;
using ChildPlan.Reporting.Localization;
using ChildPlan.Reporting.Workbooks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using static ChildPlan.Tests.Workbooks.WorkbookFixtures;

namespace ChildPlan.Tests.Workbooks;

/// <summary>
/// The large parts of the workbooks are streamed: the monitoring workbook's result rows (a row per result of every unit),
/// the import's plain sheets, the files of <c>collect --children-of</c>. What comes out is what ClosedXML alone gave.
/// </summary>
public sealed class StreamedWorkbookTests
{
    private static int Column(string header) => MonitoringWorkbook.GoalColumns.ToList().IndexOf(header) + 1;

    /// <summary>The review's results repeated for <paramref name="units"/> units, as a roll-up of every commune lists them.</summary>
    private static PlanEvaluation ManyUnits(int units)
    {
        var review = Review();
        var poisoned = review.Results[0].Indicator with { Name = "=HYPERLINK(\"http://x\",\"y\")" };
        List<IndicatorResult> results = [.. Enumerable.Range(0, units).SelectMany(u => review.Results.Select((r, i) => r with
        {
            UnitCode = $"U{u:D4}",
            Indicator = i == 0 ? poisoned : r.Indicator,
        }))];
        return review with { Results = results };
    }

    [Fact]
    public void A_monitoring_workbook_of_many_units_opens_in_ClosedXML_and_is_valid_Office_Open_XML()
    {
        var evaluation = ManyUnits(60);
        var bytes = Monitoring(evaluation, MonitoringOptions(sample: true));

        using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            var errors = new OpenXmlValidator(FileFormatVersions.Office2007).Validate(document, TestContext.Current.CancellationToken)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
                .ToList();
            Assert.Empty(errors);
        }

        using var workbook = Open(bytes);
        var plan = evaluation.Plan;
        var rows = 0;
        for (var i = 0; i < plan.Goals.Count; i++)
        {
            var sheet = workbook.Worksheet(i + 2);
            var header = Find(sheet, "Tên chỉ tiêu").Address.RowNumber;
            var expected = evaluation.Results.Where(r => r.Indicator.GoalId == plan.Goals[i].Id).ToList();
            rows += expected.Count;
            Assert.Equal(header + expected.Count, sheet.LastRowUsed(XLCellsUsedOptions.Contents)!.RowNumber());
            Assert.Equal($"A{header}:N{header + expected.Count}", sheet.AutoFilter.Range.RangeAddress.ToString());
            for (var n = 0; n < expected.Count; n += 37)
            {
                var result = expected[n];
                var row = header + 1 + n;
                Assert.Equal(result.Key, sheet.Cell(row, Column("Mã")).GetString());
                Assert.Equal(result.Year, sheet.Cell(row, Column("Năm")).GetValue<int>());
                var status = sheet.Cell(row, Column("Đánh giá"));
                Assert.Equal(StatusNames.Caption(result.Status), status.GetString());
                Assert.Equal(XLColor.FromHtml("#" + MonitoringWorkbook.StatusFill(result.Status)), status.Style.Fill.BackgroundColor);
                Assert.Equal(result.Status is AchievementStatus.NotAchieved or AchievementStatus.OffTrack, status.Style.Font.Bold);
                Assert.Equal(WorkbookCellsFont, status.Style.Font.FontName);
                var name = sheet.Cell(row, Column("Tên chỉ tiêu"));
                Assert.Equal(result.Indicator.Name, name.GetString());
                Assert.Equal(XLDataType.Text, name.DataType);
                Assert.Equal(name.GetString().StartsWith('='), name.Style.IncludeQuotePrefix);
                Assert.False(name.HasFormula);
                Assert.True(name.Style.Alignment.WrapText);
                Assert.Equal(XLAlignmentVerticalValues.Top, name.Style.Alignment.Vertical);
                Assert.Equal(XLBorderStyleValues.Thin, name.Style.Border.BottomBorder);
                Assert.Equal(XLColor.FromArgb(0x80, 0x80, 0x80), name.Style.Border.LeftBorderColor);
                Assert.Equal("0%", sheet.Cell(row, Column("Tiến độ")).Style.NumberFormat.Format);
                if (result.Actual?.Value is { } actual)
                {
                    Assert.Equal((double)actual, sheet.Cell(row, Column("Thực hiện")).GetDouble(), 10);
                }
            }
        }

        Assert.Equal(evaluation.Results.Count, rows);
    }

    [Theory]
    [InlineData("Tỉ lệ trẻ em _x0041_ được tiêm chủng")]
    [InlineData("_x003D_HYPERLINK(\"http://x\",\"y\")")]
    public void A_streamed_text_that_looks_like_an_Excel_escape_is_stored_escaped_as_ClosedXML_stores_it(string name)
    {
        // A spreadsheet reads _xHHHH_ in a cell's text as the character HHHH (ECMA-376 ST_Xstring), so ClosedXML, which wrote
        // every row before they were streamed, stores such text as _x005F_xHHHH_. (ClosedXML 0.95 itself reads both back as
        // the character, so the text is checked as stored, decoded as the standard says.)
        var review = Review();
        var evaluation = review with { Results = [.. review.Results.Select((r, i) => i == 0 ? r with { Indicator = r.Indicator with { Name = name } } : r)] };
        var bytes = Monitoring(evaluation, MonitoringOptions(sample: false));

        string sheetName, address;
        using (var workbook = Open(bytes))
        {
            var goal = evaluation.Plan.Goals.ToList().FindIndex(g => g.Id == evaluation.Results[0].Indicator.GoalId);
            var sheet = workbook.Worksheet(goal + 2);
            sheetName = sheet.Name;
            address = sheet.Cell(Find(sheet, "Tên chỉ tiêu").Address.RowNumber + 1, Column("Tên chỉ tiêu")).Address.ToString()!;
        }

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbookPart = document.WorkbookPart!;
        var id = workbookPart.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == sheetName).Id!.Value!;
        var cell = ((WorksheetPart)workbookPart.GetPartById(id)).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference == address);
        var item = workbookPart.SharedStringTablePart!.SharedStringTable.Elements<DocumentFormat.OpenXml.Spreadsheet.SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(name, System.Xml.XmlConvert.DecodeName(item.InnerText));
    }

    private const string WorkbookCellsFont = "Times New Roman";

    [Fact]
    public void Streamed_numbers_are_written_as_ClosedXML_writes_them_the_nearest_double_to_fifteen_digits()
    {
        // 443/515 × 100 = 86,019417475728155…: a plain (double) cast lands one unit in the last place low, whose text
        // a spreadsheet shows as 86,0194174757281; ClosedXML, which wrote every row before they were streamed, writes 86.0194174757282.
        var value = 443m / 515m * 100m;
        var review = Review();
        var evaluation = review with { Results = [.. review.Results.Select(r => r.Actual is null ? r : r with { Actual = r.Actual with { Value = value } })] };
        Assert.Contains(evaluation.Results, r => r.Actual?.Value == value);

        var bytes = Monitoring(evaluation, MonitoringOptions(sample: false));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var numbers = document.WorkbookPart!.WorksheetParts
            .SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.CellValue>())
            .Select(v => v.Text)
            .ToList();
        Assert.Contains("86.0194174757282", numbers);
        Assert.DoesNotContain(numbers, n => n.StartsWith("86.0194174757281", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plain_workbook_and_the_same_workbook_with_a_formula_beside_the_data_read_the_same()
    {
        var programme = Plan(ProgrammeId);
        byte[] Filled(bool formula)
        {
            using var workbook = Open(Collection(programme, 2025, Unit("099")));
            var data = workbook.Worksheet(CollectionWorkbook.DataSheetName);
            data.Cell(RowOf(data, "CT1"), CollectionWorkbook.ValueColumn).SetValue(66.7m);
            data.Cell(RowOf(data, "CT1"), CollectionWorkbook.SourceColumn).SetValue(2024);
            data.Cell(RowOf(data, "CT3"), CollectionWorkbook.NumeratorColumn).SetValue<string>(" 1.234,5 ");
            data.Cell(RowOf(data, "CT3"), CollectionWorkbook.DenominatorColumn).SetValue(43500);
            data.Cell(RowOf(data, "CT8", "nong-thon"), CollectionWorkbook.ValueColumn).SetValue<string>("   ");
            data.Cell(RowOf(data, "CT8", "nong-thon"), CollectionWorkbook.SourceColumn).SetValue<string>("  ghi chú\nhai dòng ");
            data.Cell(RowOf(data, "CT29"), CollectionWorkbook.ValueColumn).SetValue(0);
            if (formula)
            {
                // Outside the columns read: only the way the workbook is read changes, not what is read.
                data.Cell(RowOf(data, "CT29"), 12).FormulaA1 = "1+1";
            }

            return Save(workbook);
        }

        var plain = CollectionWorkbook.Read(new MemoryStream(Filled(false)), "data.xlsx", programme);
        var full = CollectionWorkbook.Read(new MemoryStream(Filled(true)), "data.xlsx", programme);

        Assert.Equal(full.Observations, plain.Observations);
        Assert.Equal(3, plain.Observations.Count); // CT8's value of spaces is blank: the row is skipped, note and all
        Assert.Equal("2024", plain.Observations.Single(o => o.IndicatorId == "CT1").Source);
        Assert.Equal(1234.5m, plain.Observations.Single(o => o.IndicatorId == "CT3").Numerator);
    }

    [Fact]
    public void A_plain_and_a_full_read_name_the_same_cells_that_cannot_be_read()
    {
        var programme = Plan(ProgrammeId);
        byte[] Filled(bool formula)
        {
            using var workbook = Open(Collection(programme, 2025, Unit("099")));
            var data = workbook.Worksheet(CollectionWorkbook.DataSheetName);
            data.Cell(RowOf(data, "CT1"), CollectionWorkbook.ValueColumn).SetValue<string>("8.163");
            data.Cell(RowOf(data, "CT3"), CollectionWorkbook.NumeratorColumn).SetValue(12);
            data.Cell(RowOf(data, "CT13"), CollectionWorkbook.ValueColumn).SetValue<string>("nhiều");
            data.Cell(RowOf(data, "CT13") + 400, 26).SetValue<string>("far below");
            if (formula)
            {
                data.Cell(2, 12).FormulaA1 = "1+1";
            }

            return Save(workbook);
        }

        var plain = Assert.Throws<ChildPlanInputException>(() => CollectionWorkbook.Read(new MemoryStream(Filled(false)), "data.xlsx", programme));
        var full = Assert.Throws<ChildPlanInputException>(() => CollectionWorkbook.Read(new MemoryStream(Filled(true)), "data.xlsx", programme));

        Assert.Equal(full.Message, plain.Message);
        Assert.Contains("data.xlsx: Số liệu!F", plain.Message, StringComparison.Ordinal);
        Assert.Contains("is ambiguous", plain.Message, StringComparison.Ordinal);
        Assert.Contains("the numerator is given", plain.Message, StringComparison.Ordinal);
    }

    /// <summary>What reading a workbook gives: its observations, or the message of its problems.</summary>
    private static string Outcome(byte[] bytes, Plan plan)
    {
        try
        {
            var data = CollectionWorkbook.Read(new MemoryStream(bytes), "data.xlsx", plan);
            return string.Join("\n", data.Observations.Select(o => $"{o.IndicatorId}/{o.MeasureId} {o.Value} {o.Numerator}/{o.Denominator} {o.Location}"));
        }
        catch (ChildPlanInputException e)
        {
            return e.Message;
        }
    }

    [Theory]
    [InlineData("[Red]0.00")] // ClosedXML reads the "d" of the colour as a date letter: the number is a date to it
    [InlineData("[Yellow]#,##0")]
    [InlineData("[$VND]#,##0")]
    [InlineData("[DBNum1]0")]
    [InlineData("\\d0.0")]
    [InlineData("[Blue]#,##0.0")]
    [InlineData("#,##0.00;[Red]-#,##0.00")]
    public void A_number_in_a_custom_format_reads_the_same_with_or_without_a_formula_beside_the_data(string format)
    {
        var programme = Plan(ProgrammeId);
        byte[] Filled(bool formula)
        {
            using var workbook = Open(Collection(programme, 2025, Unit("099")));
            var data = workbook.Worksheet(CollectionWorkbook.DataSheetName);
            var cell = data.Cell(RowOf(data, "CT1"), CollectionWorkbook.ValueColumn).SetValue(66.7m);
            cell.Style.NumberFormat.Format = format;
            if (formula)
            {
                // Outside the columns read: only the way the workbook is read changes, not what is read.
                data.Cell(RowOf(data, "CT1"), 12).FormulaA1 = "1+1";
            }

            return Save(workbook);
        }

        Assert.Equal(Outcome(Filled(formula: true), programme), Outcome(Filled(formula: false), programme));
    }

    [Fact]
    public void Files_written_as_one_are_made_one_at_a_time_each_straight_to_its_temporary_file()
    {
        var files = new MockFileSystem();
        var seen = new List<int>();
        (string, Action<Stream>)[] writes = [.. Enumerable.Range(1, 3).Select(n => ($"/out/{n}.xlsx", (Action<Stream>)(stream =>
        {
            // The files before this one are already on disk (as temporary files), not held in memory; this one's is being written.
            seen.Add(files.Directory.Exists("/out") ? files.Directory.GetFiles("/out").Length : 0);
            stream.Write(new byte[n]);
        })))];

        AtomicFile.WriteAll(files, writes);

        Assert.Equal([1, 2, 3], seen);
        Assert.Equal(["/out/1.xlsx", "/out/2.xlsx", "/out/3.xlsx"], files.Directory.GetFiles("/out").Select(f => f.Replace('\\', '/')).Order(StringComparer.Ordinal).Select(f => f[f.IndexOf("/out", StringComparison.Ordinal)..]));
        Assert.Equal(3, files.File.ReadAllBytes("/out/3.xlsx").Length);
    }

    [Fact]
    public void When_making_a_later_file_fails_nothing_is_written_and_the_error_is_passed_on()
    {
        var files = new MockFileSystem();
        files.AddFile("/out/1.xlsx", new MockFileData("old"));
        (string, Action<Stream>)[] writes =
        [
            ("/out/1.xlsx", stream => stream.Write(new byte[10])),
            ("/out/2.xlsx", stream => stream.Write(new byte[10])),
            ("/out/3.xlsx", _ => throw new ChildPlanInputException("workbook", "a text is longer than a cell holds.")),
        ];

        var e = Assert.Throws<ChildPlanInputException>(() => AtomicFile.WriteAll(files, writes));

        Assert.Equal("workbook: a text is longer than a cell holds.", e.Message);
        Assert.Equal(["/out/1.xlsx"], files.Directory.GetFiles("/out").Select(f => f.Replace('\\', '/')).Select(f => f[f.IndexOf("/out", StringComparison.Ordinal)..]));
        Assert.Equal("old", files.File.ReadAllText("/out/1.xlsx"));
    }
}
