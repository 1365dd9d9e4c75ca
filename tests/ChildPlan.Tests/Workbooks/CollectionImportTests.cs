using ClosedXML.Excel;
using ChildPlan.Formats;
using ChildPlan.Indicators;
using ChildPlan.Reporting.Workbooks;
using static ChildPlan.Tests.Workbooks.WorkbookFixtures;

namespace ChildPlan.Tests.Workbooks;

/// <summary>
/// A collection template is generated, filled programmatically the way a district officer fills it in
/// Excel, and read back: the same observations come out, and cells that cannot be read are named.
/// </summary>
public sealed class CollectionImportTests
{
    private static readonly Plan Programme = Plan(ProgrammeId);

    private const int Value = CollectionWorkbook.ValueColumn;
    private const int Numerator = CollectionWorkbook.NumeratorColumn;
    private const int Denominator = CollectionWorkbook.DenominatorColumn;
    private const int Source = CollectionWorkbook.SourceColumn;

    /// <summary>Generates the 2025 template for Tuần Giáo, lets <paramref name="fill"/> edit the data sheet, saves it.</summary>
    private static byte[] Filled(Action<IXLWorksheet> fill, Plan? plan = null, int year = 2025)
    {
        using var workbook = Open(Collection(plan ?? Programme, year, Unit("099")));
        fill(workbook.Worksheet(CollectionWorkbook.DataSheetName));
        return Save(workbook);
    }

    private static CollectedData Read(byte[] bytes, Plan? plan = null) =>
        CollectionWorkbook.Read(new MemoryStream(bytes), "data.xlsx", plan ?? Programme);

    private static ChildPlanInputException ReadFails(byte[] bytes, Plan? plan = null) =>
        Assert.Throws<ChildPlanInputException>(() => Read(bytes, plan));

    private static Observation Expected(string indicator, string? measure = null, decimal? value = null, decimal? numerator = null, decimal? denominator = null, string? source = null) => new()
    {
        IndicatorId = indicator,
        MeasureId = measure,
        Year = 2025,
        UnitCode = "099",
        Value = value,
        Numerator = numerator,
        Denominator = denominator,
        Source = source,
    };

    [Fact]
    public void A_filled_template_reads_back_to_the_observations_that_were_filled_in()
    {
        Observation[] filled =
        [
            Expected("CT1", value: 66.7m, source: "Báo cáo của Phòng LĐTBXH"),
            Expected("CT3", numerator: 12, denominator: 1480),
            Expected("CT8", "nong-thon", value: 4.2m),
            Expected("CT8", "thanh-thi", numerator: 31, denominator: 402, source: "Điều tra dinh dưỡng 2025"),
            Expected("CT13", value: 3.8m, numerator: 1653, denominator: 43500),
            Expected("CT15", "tai-nan", value: 512.4m),
            Expected("CT15", "tu-vong", numerator: 7, denominator: 43500),
            Expected("CT18", value: -2.5m, source: "Giảm so với 2024"),
            Expected("CT25b", value: 81.25m),
            Expected("CT29", value: 0),
        ];

        var bytes = Filled(data =>
        {
            foreach (var o in filled)
            {
                var row = RowOf(data, o.IndicatorId, o.MeasureId);
                if (o.Value is { } v)
                {
                    data.Cell(row, Value).SetValue(v);
                }

                if (o.Numerator is { } n)
                {
                    data.Cell(row, Numerator).SetValue(n);
                    data.Cell(row, Denominator).SetValue(o.Denominator!.Value);
                }

                if (o.Source is { } s)
                {
                    data.Cell(row, Source).SetValue<string>(s);
                }
            }
        });

        var result = Read(bytes);

        Assert.Equal("ctht-2021-2030", result.PlanId);
        Assert.Equal(2025, result.Year);
        Assert.Equal("099", result.UnitCode);
        Assert.Equal(filled, result.Observations.Select(o => o with { Location = null }));

        // The observations are valid data for the plan, and the district's counts roll up to the province.
        var district = PlanEvaluator.Evaluate(Programme, result.Observations, Hierarchy, new EvaluationOptions { Year = 2025, UnitCode = "099" });
        Assert.Equal(66.7m, district.Results.Single(r => r.Key == "CT1").Actual!.Value);
        var province = PlanEvaluator.Evaluate(Programme, result.Observations, Hierarchy, new EvaluationOptions { Year = 2025 });
        var infants = province.Results.Single(r => r.Key == "CT3").Actual!;
        Assert.True(infants.RolledUp);
        Assert.Equal(12m / 1480m * 1000m, infants.Value);
    }

    [Fact]
    public void Each_observation_is_located_at_its_first_filled_number_cell()
    {
        int ct1 = 0, ct3 = 0;
        var bytes = Filled(data =>
        {
            ct1 = RowOf(data, "CT1");
            ct3 = RowOf(data, "CT3");
            data.Cell(ct1, Value).SetValue(70);
            data.Cell(ct3, Numerator).SetValue(12);
            data.Cell(ct3, Denominator).SetValue(1480);
        });

        var result = Read(bytes);

        Assert.Equal(new InputLocation($"data.xlsx: Số liệu!F{ct1}", null), result.Observations[0].Location);
        Assert.Equal(new InputLocation($"data.xlsx: Số liệu!G{ct3}", null), result.Observations[1].Location);
        Assert.Equal($"data.xlsx: Số liệu!F{ct1}", result.Observations[0].Location!.ToString());
    }

    [Fact]
    public void An_empty_template_reads_to_no_observations_and_rows_with_only_a_note_are_skipped()
    {
        Assert.Empty(Read(Collection(Programme, 2025, Unit("099"))).Observations);

        var bytes = Filled(data => data.Cell(RowOf(data, "CT9"), Source).SetValue<string>("Chưa thống kê"));
        var result = Read(bytes);

        Assert.Empty(result.Observations);
        Assert.Equal((2025, "099"), (result.Year, result.UnitCode));
    }

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData(" 96,10 ", 96.1)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("214 825", 214825)]
    [InlineData("-2,5", -2.5)]
    [InlineData("0,05", 0.05)]
    [InlineData("8163", 8163)]
    public void Numbers_typed_as_text_are_read_with_a_Vietnamese_decimal_comma_or_a_decimal_point(string text, double expected)
    {
        var bytes = Filled(data => data.Cell(RowOf(data, "CT18"), Value).SetValue<string>(text));

        var observation = Assert.Single(Read(bytes).Observations);

        Assert.Equal((decimal)expected, observation.Value);
    }

    [Fact]
    public void Every_unreadable_cell_is_reported_at_once_with_its_sheet_and_cell()
    {
        int abc = 0, onlyNumerator = 0, onlyDenominator = 0, date = 0, formula = 0, ambiguous = 0, percent = 0, boolean = 0;
        var bytes = Filled(data =>
        {
            abc = RowOf(data, "CT1");
            data.Cell(abc, Value).SetValue<string>("abc");
            onlyNumerator = RowOf(data, "CT3");
            data.Cell(onlyNumerator, Numerator).SetValue(12);
            onlyDenominator = RowOf(data, "CT4");
            data.Cell(onlyDenominator, Denominator).SetValue(1480);
            date = RowOf(data, "CT6");
            // Excel turns "12/5" into a date and gives the cell a date format.
            data.Cell(date, Value).SetValue(new DateTime(2025, 5, 12, 0, 0, 0, DateTimeKind.Unspecified));
            data.Cell(date, Value).Style.DateFormat.Format = "dd/MM/yyyy";
            formula = RowOf(data, "CT7");
            data.Cell(formula, Value).FormulaA1 = "10+2";
            ambiguous = RowOf(data, "CT9");
            data.Cell(ambiguous, Numerator).SetValue<string>("8.163");
            data.Cell(ambiguous, Denominator).SetValue(9000);
            percent = RowOf(data, "CT10");
            data.Cell(percent, Value).SetValue<string>("95%");
            boolean = RowOf(data, "CT12");
            data.Cell(boolean, Value).SetValue(true);
            data.Cell(RowOf(data, "CT13"), Value).SetValue(3.8); // fine
        });

        var e = ReadFails(bytes);

        Assert.Equal(
        [
            new InputProblem($"data.xlsx: Số liệu!F{abc}", "'abc' is not a number."),
            new InputProblem($"data.xlsx: Số liệu!H{onlyNumerator}", $"the numerator is given (G{onlyNumerator}) but the denominator is empty; give both or neither."),
            new InputProblem($"data.xlsx: Số liệu!G{onlyDenominator}", $"the denominator is given (H{onlyDenominator}) but the numerator is empty; give both or neither."),
            new InputProblem($"data.xlsx: Số liệu!F{date}", "'12/05/2025' is a date or time, not a number; format the cell as a number and type the value again."),
            new InputProblem($"data.xlsx: Số liệu!F{formula}", "the cell holds a formula (=10+2); type the number itself."),
            new InputProblem($"data.xlsx: Số liệu!G{ambiguous}", "'8.163' is ambiguous: type it without the dot (8163) or with a decimal comma."),
            new InputProblem($"data.xlsx: Số liệu!F{percent}", "'95%' is not a number."),
            new InputProblem($"data.xlsx: Số liệu!F{boolean}", "'True' is not a number."),
        ],
            e.Problems);
        Assert.StartsWith("8 problems:", e.Message, StringComparison.Ordinal);
        Assert.Contains($"data.xlsx: Số liệu!F{abc}: 'abc' is not a number.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_indicator_or_measure_in_a_row_is_named_by_its_cell()
    {
        int unknown = 0, measure = 0, missingMeasure = 0, noId = 0;
        var bytes = Filled(data =>
        {
            // Someone removed the protection and edited the locked cells.
            unknown = RowOf(data, "CT1");
            data.Cell(unknown, CollectionWorkbook.IndicatorColumn).SetValue<string>("CT99");
            data.Cell(unknown, Value).SetValue(50);
            measure = RowOf(data, "CT8", "nong-thon");
            data.Cell(measure, CollectionWorkbook.MeasureColumn).SetValue<string>("mien-nui");
            data.Cell(measure, Value).SetValue(4);
            missingMeasure = RowOf(data, "CT15", "tai-nan");
            data.Cell(missingMeasure, CollectionWorkbook.MeasureColumn).SetValue<string>(string.Empty);
            data.Cell(missingMeasure, Value).SetValue(500);
            noId = data.LastRowUsed(XLCellsUsedOptions.Contents)!.RowNumber() + 2;
            data.Cell(noId, Value).SetValue(1);
        });

        var e = ReadFails(bytes);

        Assert.Equal(
        [
            new InputProblem($"data.xlsx: Số liệu!A{unknown}", "unknown indicator 'CT99' in plan 'ctht-2021-2030'."),
            new InputProblem($"data.xlsx: Số liệu!B{measure}", "unknown measure 'mien-nui' of indicator 'CT8'."),
            new InputProblem($"data.xlsx: Số liệu!B{missingMeasure}", "indicator 'CT15' has several measures (tai-nan, tu-vong); the measure id is missing."),
            new InputProblem($"data.xlsx: Số liệu!A{noId}", "numbers are given in a row without an indicator id; rows must not be inserted or their ids cleared."),
        ],
            e.Problems);
    }

    [Fact]
    public void Data_semantics_are_left_to_the_observation_validator()
    {
        var bytes = Filled(data =>
        {
            var row = RowOf(data, "CT13");
            data.Cell(row, Numerator).SetValue(500);
            data.Cell(row, Denominator).SetValue(100);
            data.Cell(RowOf(data, "CT1"), Value).SetValue(-5);
        });

        var result = Read(bytes);

        Assert.Equal(2, result.Observations.Count);
        var problems = ObservationValidator.Validate(Programme, result.Observations, Hierarchy);
        Assert.Contains(problems, p => p.Where.StartsWith("data.xlsx: Số liệu!F", StringComparison.Ordinal) && p.Message == "value -5 is negative.");
        Assert.Contains(problems, p => p.Where.StartsWith("data.xlsx: Số liệu!G", StringComparison.Ordinal) && p.Message.Contains("greater than denominator", StringComparison.Ordinal));
    }

    [Fact]
    public void A_workbook_for_another_plan_is_refused()
    {
        var bytes = Collection(Programme, 2025, Unit("099"));

        var e = ReadFails(bytes, Plan(TuanGiaoId));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(new InputProblem("data.xlsx: _childplan!B2", "the workbook is for plan 'ctht-2021-2030', not 'tuan-giao-2021-2025'."), problem);
    }

    [Fact]
    public void A_workbook_without_the_metadata_sheet_is_not_a_collection_workbook()
    {
        using var workbook = new XLWorkbook();
        workbook.Worksheets.Add(CollectionWorkbook.DataSheetName).Cell(4, 6).SetValue(12.5);

        var e = ReadFails(Save(workbook));

        Assert.Equal(
            "data.xlsx: the workbook has no '_childplan' sheet: it is not a data collection workbook made by ChildPlan (childplan collect).",
            e.Message);
    }

    [Fact]
    public void Metadata_of_an_unknown_format_or_without_a_year_is_refused()
    {
        using (var workbook = Open(Collection(Programme, 2025, Unit("099"))))
        {
            workbook.Worksheet(CollectionWorkbook.MetadataSheetName).Cell(1, 2).SetValue<string>("childplan.collect/9");
            var e = ReadFails(Save(workbook));
            Assert.Equal("data.xlsx: _childplan!B1: the workbook is in format 'childplan.collect/9'; this version of ChildPlan reads 'childplan.collect/1' (a unit's data workbook) and 'childplan.collect-agency/1' (an agency's results form).", e.Message);
        }

        using (var workbook = Open(Collection(Programme, 2025, Unit("099"))))
        {
            workbook.Worksheet(CollectionWorkbook.MetadataSheetName).Cell(3, 2).SetValue<string>("năm nay");
            var e = ReadFails(Save(workbook));
            Assert.Equal("data.xlsx: _childplan!B3: year 'năm nay' is not a year.", e.Message);
        }
    }

    [Fact]
    public void A_moved_or_renamed_column_is_refused_before_any_row_is_read()
    {
        var bytes = Filled(data =>
        {
            data.Cell(CollectionWorkbook.HeaderRow, Numerator).SetValue<string>("Mẫu số");
            data.Cell(CollectionWorkbook.HeaderRow, Denominator).SetValue<string>("Tử số");
            data.Cell(RowOf(data, "CT1"), Value).SetValue<string>("abc");
        });

        var e = ReadFails(bytes);

        Assert.Equal(
        [
            new InputProblem("data.xlsx: Số liệu!G3", "expected the column 'Tử số', found 'Mẫu số'; columns must not be moved, inserted or renamed."),
            new InputProblem("data.xlsx: Số liệu!H3", "expected the column 'Mẫu số', found 'Tử số'; columns must not be moved, inserted or renamed."),
        ],
            e.Problems);
    }

    [Fact]
    public void A_file_that_is_not_an_xlsx_workbook_is_refused_with_its_name()
    {
        var csv = "indicator,year,value\nCT1,2025,70\n"u8.ToArray();
        Assert.StartsWith("data.xlsx: the file is not an Excel workbook (.xlsx)", ReadFails(csv).Message, StringComparison.Ordinal);

        Assert.StartsWith("data.xlsx: the file is not an Excel workbook (.xlsx)", ReadFails([]).Message, StringComparison.Ordinal);

        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("note.txt").Open());
            writer.Write("not a workbook");
        }

        Assert.StartsWith("data.xlsx: the file is not an Excel workbook (.xlsx)", ReadFails(zip.ToArray()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_machine_culture_changes_neither_the_numbers_written_nor_the_numbers_read()
    {
        var before = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("vi-VN");
            var bytes = Filled(data =>
            {
                data.Cell(RowOf(data, "CT1"), Value).SetValue(66.7m);
                data.Cell(RowOf(data, "CT2"), Value).SetValue<string>("81,25");
                data.Cell(RowOf(data, "CT3"), Numerator).SetValue(12.5m);
                data.Cell(RowOf(data, "CT3"), Denominator).SetValue(1480);
            });

            var observations = Read(bytes).Observations;

            Assert.Equal([(66.7m, (decimal?)null), (81.25m, null), (0m, 12.5m)], observations.Select(o => (o.Value ?? 0m, o.Numerator)));
            Assert.Contains("<x:v>66.7</x:v>", WorksheetXml(bytes)[1], StringComparison.Ordinal);

            using var monitoring = Open(Monitoring(Review(), MonitoringOptions()));
            var sheet = monitoring.Worksheets.Single(s => s.Name.StartsWith("Mục tiêu 2 ", StringComparison.Ordinal));
            Assert.Equal(29.3, sheet.Cell(Find(sheet, "R5").Address.RowNumber, 7).GetDouble());
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = before;
        }
    }

    [Fact]
    public void Templates_for_each_unit_of_a_parent_read_back_with_their_own_unit()
    {
        // The CLI loops over the units below a parent; each workbook carries its own unit code.
        var province = Unit("11");
        var district = Unit("099");
        var observations = new List<Observation>();
        foreach (var unit in new[] { province, district })
        {
            using var workbook = Open(Collection(Programme, 2025, unit));
            var data = workbook.Worksheet(CollectionWorkbook.DataSheetName);
            data.Cell(RowOf(data, "CT9"), Value).SetValue(unit == province ? 96 : 93.5);
            observations.AddRange(Read(Save(workbook)).Observations);
        }

        Assert.Equal([("11", 96m), ("099", 93.5m)], observations.Select(o => (o.UnitCode!, o.Value!.Value)));
    }
}
