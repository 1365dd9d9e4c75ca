using ChildPlan.Indicators;
using ChildPlan.Profiles.HaiDuong;
using ChildPlan.Reporting.Workbooks;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using static ChildPlan.Tests.Workbooks.WorkbookFixtures;

namespace ChildPlan.Tests.Workbooks;

/// <summary>
/// The results form an agency fills (<see cref="CollectionWorkbook.WriteAgencyForm"/>) for the real Hải Dương plan (six-monthly
/// and annual reports, activities and solutions, no indicators) and the Điện Biên programme (indicators an agency leads), written,
/// checked by the Open XML validator, filled the way an official fills it, and read back by <see cref="CollectionWorkbook.Read(Stream, string, Plan)"/>.
/// </summary>
public sealed class AgencyFormTests
{
    private static readonly HaiDuongProfile HaiDuong = new();

    private static readonly Plan Ct18 = HaiDuong.Plans.Single();

    private static readonly ReportingPeriod FirstHalf2019 = ReportingPeriod.FirstHalf(2019);

    private const string Tasks = CollectionWorkbook.TasksSheetName;

    private static ResultReporter Reporter(Plan plan, ReportingPeriod period, AdministrativeHierarchy hierarchy, string id) =>
        ResultReporters.Expected(plan, period, hierarchy).Single(r => r.Id == id);

    private static AdministrativeHierarchy HaiDuongUnits => new(HaiDuong.Units, HaiDuong.Changes);

    private static ResultReporter Education(ReportingPeriod? period = null) => Reporter(Ct18, period ?? FirstHalf2019, HaiDuongUnits, "so-gddt");

    /// <summary>The first district of Hải Dương expected to report for the People's Committees of the districts (ubnd-huyen).</summary>
    private static ResultReporter District() =>
        ResultReporters.Expected(Ct18, FirstHalf2019, HaiDuongUnits).First(r => r.Agency.Id == "ubnd-huyen");

    private static byte[] Form(Plan plan, ReportingPeriod period, ResultReporter reporter, AdministrativeChanges changes) =>
        Bytes(s => CollectionWorkbook.WriteAgencyForm(plan, period, reporter, AgencyFormOptions.For(plan, period, reporter, changes, Created), s));

    private static byte[] EducationForm(ReportingPeriod? period = null) =>
        Form(Ct18, period ?? FirstHalf2019, Education(period), HaiDuong.Changes);

    private static CollectedData Read(byte[] bytes, Plan? plan = null) =>
        CollectionWorkbook.Read(new MemoryStream(bytes), "so-gddt.xlsx", plan ?? Ct18);

    private static ChildPlanInputException ReadFails(byte[] bytes, Plan? plan = null) =>
        Assert.Throws<ChildPlanInputException>(() => Read(bytes, plan));

    /// <summary>Opens <paramref name="form"/>, lets <paramref name="fill"/> edit its tasks sheet, saves it.</summary>
    private static byte[] Filled(byte[] form, Action<IXLWorksheet> fill)
    {
        using var workbook = Open(form);
        fill(workbook.Worksheet(Tasks));
        return Save(workbook);
    }

    private static int RowOfItem(IXLWorksheet tasks, string item)
    {
        for (var row = CollectionWorkbook.FirstTaskRow; row <= tasks.LastRowUsed(XLCellsUsedOptions.Contents)!.RowNumber(); row++)
        {
            if (tasks.Cell(row, CollectionWorkbook.ItemColumn).GetString() == item)
            {
                return row;
            }
        }

        throw new InvalidOperationException($"No row for {item}.");
    }

    private static void AssertValidOpenXml(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2007).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.Empty(errors);
    }

    private static Dictionary<string, string> Metadata(XLWorkbook workbook)
    {
        var sheet = workbook.Worksheet(CollectionWorkbook.MetadataSheetName);
        return Enumerable.Range(1, sheet.LastRowUsed()!.RowNumber()).ToDictionary(r => sheet.Cell(r, 1).GetString(), r => sheet.Cell(r, 2).GetString());
    }

    [Fact]
    public void The_education_form_lists_its_3_duties_then_the_8_activities_and_4_solutions_with_their_plan_text_locked()
    {
        using var workbook = Open(EducationForm());

        Assert.Equal(["Hướng dẫn", "Nhiệm vụ", "_childplan"], workbook.Worksheets.Select(s => s.Name));
        var tasks = workbook.Worksheet(Tasks);
        var ids = Enumerable.Range(CollectionWorkbook.FirstTaskRow, 15).Select(r => tasks.Cell(r, CollectionWorkbook.ItemColumn).GetString()).ToList();
        Assert.Equal(["so-gddt#1", "so-gddt#2", "so-gddt#3", "HD1", "HD2", "HD3", "HD4", "HD5", "HD6", "HD7", "HD8", "GP1", "GP2", "GP3", "GP4"], ids);
        Assert.True(tasks.Cell(CollectionWorkbook.FirstTaskRow + 15, CollectionWorkbook.ItemColumn).IsEmpty(XLCellsUsedOptions.Contents));

        var education = Ct18.FindAgency("so-gddt")!;
        var duty = CollectionWorkbook.FirstTaskRow;
        Assert.Equal("Nhiệm vụ của cơ quan", tasks.Cell(duty, CollectionWorkbook.ItemKindColumn).GetString());
        Assert.Equal(education.Duties[0], tasks.Cell(duty, CollectionWorkbook.ItemTextColumn).GetString());
        Assert.Equal("Chủ trì", tasks.Cell(duty, CollectionWorkbook.RoleColumn).GetString());

        var hd1 = RowOfItem(tasks, "HD1");
        Assert.Equal("Hoạt động", tasks.Cell(hd1, CollectionWorkbook.ItemKindColumn).GetString());
        Assert.Equal("1. " + Ct18.Tasks.Single(t => t.Id == "HD1").Title, tasks.Cell(hd1, CollectionWorkbook.ItemTextColumn).GetString());
        Assert.Equal("Tham gia", tasks.Cell(hd1, CollectionWorkbook.RoleColumn).GetString()); // no task of the plan has a lead
        Assert.Equal("Giải pháp", tasks.Cell(RowOfItem(tasks, "GP4"), CollectionWorkbook.ItemKindColumn).GetString());
        Assert.StartsWith("4. Các cấp, các ngành", tasks.Cell(RowOfItem(tasks, "GP4"), CollectionWorkbook.ItemTextColumn).GetString(), StringComparison.Ordinal);

        Assert.Equal(
            ["Mã", "Loại", "Nội dung theo kế hoạch", "Vai trò", "Tình trạng", "Kết quả thực hiện", "Số lượng", "Đơn vị tính", "Số lượng (2)", "Đơn vị tính (2)", "Nguồn / văn bản báo cáo"],
            Enumerable.Range(1, 11).Select(c => tasks.Cell(CollectionWorkbook.TaskHeaderRow, c).GetString()));
    }

    [Fact]
    public void The_tasks_sheet_is_protected_with_only_the_result_columns_open_a_status_list_and_frozen_repeated_headers()
    {
        using var workbook = Open(EducationForm());
        var tasks = workbook.Worksheet(Tasks);

        Assert.True(tasks.IsProtected);
        Assert.False(tasks.Protection.IsPasswordProtected);
        Assert.False(tasks.Protection.AllowedElements.HasFlag(XLSheetProtectionElements.InsertRows));
        Assert.True(workbook.IsProtected);
        Assert.Equal(CollectionWorkbook.TaskHeaderRow, tasks.SheetView.SplitRow);
        Assert.Equal((3, 3), (tasks.PageSetup.FirstRowToRepeatAtTop, tasks.PageSetup.LastRowToRepeatAtTop));
        for (var row = CollectionWorkbook.FirstTaskRow; row < CollectionWorkbook.FirstTaskRow + 15; row++)
        {
            for (var c = CollectionWorkbook.ItemColumn; c <= CollectionWorkbook.RoleColumn; c++)
            {
                Assert.True(tasks.Cell(row, c).Style.Protection.Locked, $"row {row} column {c} is locked");
            }

            for (var c = CollectionWorkbook.StatusColumn; c <= CollectionWorkbook.ResultSourceColumn; c++)
            {
                Assert.False(tasks.Cell(row, c).Style.Protection.Locked, $"row {row} column {c} is open");
            }

            Assert.True(tasks.Cell(row, CollectionWorkbook.ItemTextColumn).Style.Alignment.WrapText);
        }

        var status = tasks.Cell(CollectionWorkbook.FirstTaskRow + 4, CollectionWorkbook.StatusColumn).DataValidation;
        Assert.Equal(XLAllowedValues.List, status.AllowedValues);
        Assert.Equal("\"Đã hoàn thành,Đang thực hiện,Chưa triển khai,Không áp dụng\"", status.Value);
        var quantity = tasks.Cell(CollectionWorkbook.FirstTaskRow, CollectionWorkbook.QuantityColumn).DataValidation;
        Assert.Equal(XLAllowedValues.Decimal, quantity.AllowedValues);
        Assert.All(Enumerable.Range(1, 11), c => Assert.True(tasks.Column(c).Width > 9, $"column {c} has its width set"));
        Assert.Equal(58, tasks.Column(CollectionWorkbook.ItemTextColumn).Width);
    }

    [Fact]
    public void The_instructions_name_the_period_the_reporter_the_deadline_and_the_recipient()
    {
        using var half = Open(EducationForm());
        var text = string.Join('\n', half.Worksheet("Hướng dẫn").CellsUsed().Select(c => c.GetString()));
        Assert.Contains("HƯỚNG DẪN BÁO CÁO KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2019", text, StringComparison.Ordinal);
        Assert.Contains("Cơ quan báo cáo: Sở Giáo dục và Đào tạo (mã so-gddt)", text, StringComparison.Ordinal);
        Assert.Contains("Kỳ báo cáo: 6 tháng đầu năm 2019 (từ 01/01/2019 đến 30/06/2019)", text, StringComparison.Ordinal);
        Assert.Contains("Hạn gửi: ngày 15/06/2019", text, StringComparison.Ordinal);
        Assert.Contains("Gửi: UBND tỉnh Hải Dương (qua Sở Lao động - Thương binh và Xã hội)", text, StringComparison.Ordinal);
        Assert.Contains("\"Đã hoàn thành\", \"Đang thực hiện\", \"Chưa triển khai\", \"Không áp dụng\"", text, StringComparison.Ordinal);

        using var year = Open(EducationForm(ReportingPeriod.WholeYear(2019)));
        var yearText = string.Join('\n', year.Worksheet("Hướng dẫn").CellsUsed().Select(c => c.GetString()));
        Assert.Contains("KẾT QUẢ THỰC HIỆN NĂM 2019", yearText, StringComparison.Ordinal);
        Assert.Contains("Hạn gửi: ngày 15/12/2019", yearText, StringComparison.Ordinal);
        Assert.Equal("year", Metadata(year)["period"]);
    }

    [Fact]
    public void The_metadata_names_the_agency_form_format_plan_year_period_and_reporter()
    {
        using var workbook = Open(EducationForm());
        var metadata = Metadata(workbook);

        Assert.Equal(XLWorksheetVisibility.VeryHidden, workbook.Worksheet(CollectionWorkbook.MetadataSheetName).Visibility);
        Assert.Equal("childplan.collect-agency/1", metadata["format"]);
        Assert.Equal("kh-ct18", metadata["plan"]);
        Assert.Equal("2019", metadata["year"]);
        Assert.Equal("H1", metadata["period"]);
        Assert.Equal("so-gddt", metadata["reporter"]);
        Assert.Equal("so-gddt", metadata["agency"]);
        Assert.Equal("30", metadata["unit"]);
    }

    [Fact]
    public void A_district_form_answers_for_the_duties_of_the_district_committees_under_its_own_name()
    {
        var district = District();
        Assert.NotNull(district.Unit);
        using var workbook = Open(Form(Ct18, FirstHalf2019, district, HaiDuong.Changes));
        var tasks = workbook.Worksheet(Tasks);

        Assert.Equal(["ubnd-huyen#1", "ubnd-huyen#2", "ubnd-huyen#3", "ubnd-huyen#4", "ubnd-huyen#5", "HD1"],
            Enumerable.Range(CollectionWorkbook.FirstTaskRow, 6).Select(r => tasks.Cell(r, CollectionWorkbook.ItemColumn).GetString()));
        Assert.Contains("Cơ quan báo cáo: Ủy ban nhân dân " + char.ToLowerInvariant(district.Unit.Name[0]) + district.Unit.Name[1..], tasks.Cell(2, 1).GetString(), StringComparison.Ordinal);
        Assert.Equal(district.Id, Metadata(workbook)["reporter"]);
        Assert.Equal("ubnd-huyen", Metadata(workbook)["agency"]);
    }

    [Fact]
    public void Agency_forms_are_valid_Office_Open_XML()
    {
        AssertValidOpenXml(EducationForm());
        AssertValidOpenXml(EducationForm(ReportingPeriod.WholeYear(2019)));
        AssertValidOpenXml(Form(Ct18, FirstHalf2019, District(), HaiDuong.Changes));
        var programme = Plan(ProgrammeId);
        var year = ReportingPeriod.WholeYear(2025);
        AssertValidOpenXml(Form(programme, year, Reporter(programme, year, Hierarchy, "so-gddt"), AdministrativeChanges.None));
    }

    [Fact]
    public void A_filled_form_reads_back_to_the_results_that_were_filled_in_and_empty_rows_give_none()
    {
        var bytes = Filled(EducationForm(), tasks =>
        {
            var duty = RowOfItem(tasks, "so-gddt#1");
            tasks.Cell(duty, CollectionWorkbook.StatusColumn).SetValue("Đã hoàn thành");
            tasks.Cell(duty, CollectionWorkbook.ResultColumn).SetValue("Ban hành Công văn hướng dẫn các trường xây dựng môi trường giáo dục an toàn.");
            tasks.Cell(duty, CollectionWorkbook.QuantityColumn).SetValue(12);
            tasks.Cell(duty, CollectionWorkbook.QuantityUnitColumn).SetValue("lớp tập huấn");
            tasks.Cell(duty, CollectionWorkbook.SecondQuantityColumn).SetValue("150,5"); // typed as text, Vietnamese decimal comma
            tasks.Cell(duty, CollectionWorkbook.SecondQuantityUnitColumn).SetValue("triệu đồng");
            tasks.Cell(duty, CollectionWorkbook.ResultSourceColumn).SetValue("Báo cáo số 123/BC-SGDĐT");
            var hd3 = RowOfItem(tasks, "HD3");
            tasks.Cell(hd3, CollectionWorkbook.StatusColumn).SetValue("đang  thực hiện"); // case and spacing do not matter
            tasks.Cell(hd3, CollectionWorkbook.ResultColumn).SetValue("Lồng ghép kỹ năng phòng chống xâm hại vào giờ sinh hoạt lớp.");
            tasks.Cell(RowOfItem(tasks, "GP4"), CollectionWorkbook.StatusColumn).SetValue("Chưa triển khai");
        });

        var data = Read(bytes);

        Assert.Equal("kh-ct18", data.PlanId);
        Assert.Equal(2019, data.Year);
        Assert.Empty(data.Observations);
        Assert.Equal(3, data.Results.Count);
        var first = data.Results[0];
        Assert.Equal("so-gddt", first.Reporter);
        Assert.Equal(ResultItem.DutyOf("so-gddt", 1), first.Item);
        Assert.Equal(FirstHalf2019, first.Period);
        Assert.Equal(ResultStatus.Completed, first.Status);
        Assert.Equal("Ban hành Công văn hướng dẫn các trường xây dựng môi trường giáo dục an toàn.", first.Text);
        Assert.Equal([new Quantity(12, "lớp tập huấn"), new Quantity(150.5m, "triệu đồng")], first.Quantities);
        Assert.Equal("Báo cáo số 123/BC-SGDĐT", first.Source);
        Assert.Equal(new InputLocation("so-gddt.xlsx: Nhiệm vụ!E4", null), first.Location);
        Assert.Equal((ResultItem.Task("HD3"), ResultStatus.InProgress), (data.Results[1].Item, data.Results[1].Status));
        Assert.Empty(data.Results[1].Quantities);
        Assert.Null(data.Results[1].Source);
        Assert.Equal((ResultItem.Task("GP4"), ResultStatus.NotStarted, string.Empty), (data.Results[2].Item, data.Results[2].Status, data.Results[2].Text));
    }

    [Fact]
    public void A_form_read_through_ClosedXML_gives_the_same_results_as_one_read_from_its_sheet_XML()
    {
        void Fill(IXLWorksheet tasks)
        {
            tasks.Cell(4, CollectionWorkbook.StatusColumn).SetValue("Đã hoàn thành");
            tasks.Cell(4, CollectionWorkbook.ResultColumn).SetValue("Đã ban hành hướng dẫn.");
            tasks.Cell(4, CollectionWorkbook.QuantityColumn).SetValue(3500);
            tasks.Cell(4, CollectionWorkbook.QuantityUnitColumn).SetValue("lượt người");
            tasks.Cell(18, CollectionWorkbook.StatusColumn).SetValue("Không áp dụng");
            tasks.Cell(18, CollectionWorkbook.ResultSourceColumn).SetValue("Báo cáo 6 tháng");
        }

        var plain = Read(Filled(EducationForm(), Fill));

        // A formula in a column the import does not read sends the whole workbook to ClosedXML instead of the plain XML reader.
        var viaClosedXml = Read(Filled(EducationForm(), tasks =>
        {
            Fill(tasks);
            tasks.Unprotect();
            tasks.Cell(1, 14).FormulaA1 = "1+1";
        }));

        static string Shown(AgencyResult r) =>
            $"{r.Reporter}|{r.Item}|{r.Period}|{r.Status}|{r.Text}|{string.Join(";", r.Quantities)}|{r.Source}|{r.Location}";
        Assert.Equal(2, plain.Results.Count);
        Assert.Equal(plain.Results.Select(Shown), viaClosedXml.Results.Select(Shown));
        Assert.Equal(new Quantity(3500, "lượt người"), Assert.Single(plain.Results[0].Quantities));
        Assert.Equal(ResultItem.Task("GP4"), plain.Results[1].Item);
    }

    [Fact]
    public void An_unfilled_form_reads_to_no_results()
    {
        var data = Read(EducationForm());

        Assert.Empty(data.Results);
        Assert.Empty(data.Observations);
    }

    [Fact]
    public void A_filled_district_form_reads_back_with_the_district_as_reporter()
    {
        var district = District();
        var bytes = Filled(Form(Ct18, FirstHalf2019, district, HaiDuong.Changes), tasks =>
        {
            var row = RowOfItem(tasks, "ubnd-huyen#2");
            tasks.Cell(row, CollectionWorkbook.StatusColumn).SetValue("Không áp dụng");
        });

        var result = Assert.Single(Read(bytes).Results);

        Assert.Equal(district.Id, result.Reporter);
        Assert.Equal(ResultItem.DutyOf("ubnd-huyen", 2), result.Item);
        Assert.Equal(ResultStatus.NotApplicable, result.Status);
    }

    [Fact]
    public void Every_bad_cell_is_named_by_sheet_and_cell_and_nothing_is_returned()
    {
        var bytes = Filled(EducationForm(), tasks =>
        {
            tasks.Cell(4, CollectionWorkbook.StatusColumn).SetValue("Xong rồi");
            tasks.Cell(5, CollectionWorkbook.StatusColumn).SetValue("Đã hoàn thành");
            tasks.Cell(6, CollectionWorkbook.StatusColumn).SetValue("Đang thực hiện");
            tasks.Cell(6, CollectionWorkbook.ResultColumn).SetValue("Tập huấn");
            tasks.Cell(6, CollectionWorkbook.QuantityColumn).SetValue(-3);
            tasks.Cell(6, CollectionWorkbook.QuantityUnitColumn).SetValue("lớp");
            tasks.Cell(7, CollectionWorkbook.StatusColumn).SetValue("Đã hoàn thành");
            tasks.Cell(7, CollectionWorkbook.ResultColumn).FormulaA1 = "HYPERLINK(\"http://example.com\",\"xem\")";
            tasks.Cell(8, CollectionWorkbook.StatusColumn).SetValue("Chưa triển khai");
            tasks.Cell(8, CollectionWorkbook.SecondQuantityUnitColumn).SetValue("lượt người");
            tasks.Cell(9, CollectionWorkbook.StatusColumn).SetValue("Đã hoàn thành");
            tasks.Cell(9, CollectionWorkbook.ResultColumn).SetValue("Tuyên truyền");
            tasks.Cell(9, CollectionWorkbook.QuantityColumn).SetValue("nhiều");
            tasks.Cell(9, CollectionWorkbook.QuantityUnitColumn).SetValue("buổi");
            tasks.Cell(10, CollectionWorkbook.ResultColumn).SetValue("Không chọn tình trạng");
        });

        var e = ReadFails(bytes);

        Assert.Equal(
        [
            "so-gddt.xlsx: Nhiệm vụ!E4: 'Xong rồi' is not a status; choose one of 'Đã hoàn thành', 'Đang thực hiện', 'Chưa triển khai', 'Không áp dụng'.",
            "so-gddt.xlsx: Nhiệm vụ!F5: the result of 'so-gddt#2' is empty; write what was done (required when the status is 'Đã hoàn thành').",
            "so-gddt.xlsx: Nhiệm vụ!G6: -3 is negative; a quantity is not below 0.",
            "so-gddt.xlsx: Nhiệm vụ!F7: the cell holds a formula (=HYPERLINK(\"http://example.com\",\"xem\")); type the text itself.",
            "so-gddt.xlsx: Nhiệm vụ!J8: the unit 'lượt người' is given without a quantity (I8 is empty).",
            "so-gddt.xlsx: Nhiệm vụ!G9: 'nhiều' is not a number.",
            "so-gddt.xlsx: Nhiệm vụ!E10: the status of 'HD4' is empty; choose one of 'Đã hoàn thành', 'Đang thực hiện', 'Chưa triển khai', 'Không áp dụng'.",
        ], e.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_formula_in_a_status_or_quantity_cell_is_refused_not_evaluated()
    {
        var bytes = Filled(EducationForm(), tasks =>
        {
            tasks.Cell(4, CollectionWorkbook.StatusColumn).FormulaA1 = "\"Đã hoàn thành\"";
            tasks.Cell(5, CollectionWorkbook.StatusColumn).SetValue("Đã hoàn thành");
            tasks.Cell(5, CollectionWorkbook.ResultColumn).SetValue("Tập huấn");
            tasks.Cell(5, CollectionWorkbook.QuantityColumn).FormulaA1 = "1+1";
            tasks.Cell(5, CollectionWorkbook.QuantityUnitColumn).SetValue("lớp");
        });

        var e = ReadFails(bytes);

        Assert.Equal(
        [
            "so-gddt.xlsx: Nhiệm vụ!E4: the cell holds a formula (=\"Đã hoàn thành\"); type the text itself.",
            "so-gddt.xlsx: Nhiệm vụ!G5: the cell holds a formula (=1+1); type the number itself.",
        ], e.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_changed_item_id_or_plan_text_is_named_at_its_locked_cell()
    {
        var bytes = Filled(EducationForm(), tasks =>
        {
            tasks.Unprotect();
            tasks.Cell(4, CollectionWorkbook.ItemColumn).SetValue("HD9");
            tasks.Cell(4, CollectionWorkbook.StatusColumn).SetValue("Chưa triển khai");
            tasks.Cell(7, CollectionWorkbook.ItemTextColumn).SetValue("1. Một nội dung khác");
            tasks.Cell(7, CollectionWorkbook.StatusColumn).SetValue("Chưa triển khai");
            tasks.Cell(12, CollectionWorkbook.ItemTextColumn).SetValue("Sửa nội dung của dòng chưa điền");
        });

        var e = ReadFails(bytes);

        Assert.Equal(
        [
            "so-gddt.xlsx: Nhiệm vụ!A4: the item id was changed: the form has 'so-gddt#1' in this row, found 'HD9'; locked cells must not be edited, rows not inserted, moved or deleted.",
            "so-gddt.xlsx: Nhiệm vụ!C7: the plan text of 'HD1' was changed (found '1. Một nội dung khác'); locked cells must not be edited.",
            "so-gddt.xlsx: Nhiệm vụ!C12: the plan text of 'HD6' was changed (found 'Sửa nội dung của dòng chưa điền'); locked cells must not be edited.",
        ], e.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_result_below_the_last_item_is_refused()
    {
        var bytes = Filled(EducationForm(), tasks =>
        {
            tasks.Unprotect();
            tasks.Cell(CollectionWorkbook.FirstTaskRow + 15, CollectionWorkbook.StatusColumn).SetValue("Đã hoàn thành");
        });

        var problem = Assert.Single(ReadFails(bytes).Problems);

        Assert.Equal("so-gddt.xlsx: Nhiệm vụ!E19: a result is given below the form's last item; rows must not be inserted or moved.", problem.ToString());
    }

    [Fact]
    public void A_form_for_another_plan_or_with_its_metadata_removed_is_refused()
    {
        var programme = Plan(ProgrammeId);
        var e = ReadFails(EducationForm(), programme);
        Assert.Equal("so-gddt.xlsx: _childplan!B2: the workbook is for plan 'kh-ct18', not 'ctht-2021-2030'.", Assert.Single(e.Problems).ToString());

        using var workbook = Open(EducationForm());
        workbook.Worksheet(CollectionWorkbook.MetadataSheetName).Delete();
        var missing = ReadFails(Save(workbook));
        Assert.StartsWith("so-gddt.xlsx: the workbook has no '_childplan' sheet", missing.Message, StringComparison.Ordinal);

        using var other = Open(EducationForm());
        var metadata = other.Worksheet(CollectionWorkbook.MetadataSheetName);
        metadata.Cell(4, 2).SetValue("Q3");
        metadata.Cell(6, 2).SetValue("so-khong-co");
        Assert.Equal(
        [
            "so-gddt.xlsx: _childplan!B4: period 'Q3' is not a period (H1 or year).",
            "so-gddt.xlsx: _childplan!B6: unknown agency 'so-khong-co' in plan 'kh-ct18'.",
        ], ReadFails(Save(other)).Problems.Select(p => p.ToString()));

        using var disguised = Open(EducationForm());
        disguised.Worksheet(CollectionWorkbook.MetadataSheetName).Cell(5, 2).SetValue("so-y-te");
        Assert.Equal(
            "so-gddt.xlsx: _childplan!B5: reporter 'so-y-te' is another agency than the form's agency 'so-gddt'.",
            Assert.Single(ReadFails(Save(disguised)).Problems).ToString());
    }

    [Fact]
    public void A_form_whose_metadata_unit_was_changed_is_refused_at_the_unit_cell()
    {
        // Điện Biên's education form collects the department's indicators for the province (11); changed to Thành phố Điện Biên
        // Phủ (094), its numbers would be filed as the city's, which the department does not report for.
        var programme = Plan(ProgrammeId);
        var year = ReportingPeriod.WholeYear(2025);
        using var workbook = Open(Form(programme, year, Reporter(programme, year, Hierarchy, "so-gddt"), AdministrativeChanges.None));
        Assert.Equal("unit", workbook.Worksheet(CollectionWorkbook.MetadataSheetName).Cell(7, 1).GetString());
        workbook.Worksheet(CollectionWorkbook.MetadataSheetName).Cell(7, 2).SetValue("094");

        Assert.Equal(
            "so-gddt.xlsx: _childplan!B7: unit '094' is not the form's: reporter 'so-gddt' reports for '11'.",
            Assert.Single(ReadFails(Save(workbook), programme).Problems).ToString());

        // A district's form is the district's: another district's code in its unit cell is refused the same way.
        using var district = Open(Form(Ct18, FirstHalf2019, District(), HaiDuong.Changes));
        district.Worksheet(CollectionWorkbook.MetadataSheetName).Cell(7, 2).SetValue("291");
        Assert.Contains("unit '291' is not the form's", Assert.Single(ReadFails(Save(district)).Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_Dien_Bien_education_form_collects_the_indicators_the_department_leads_for_the_province()
    {
        var programme = Plan(ProgrammeId);
        var year = ReportingPeriod.WholeYear(2025);
        var reporter = Reporter(programme, year, Hierarchy, "so-gddt");
        var form = Form(programme, year, reporter, AdministrativeChanges.None);
        using var workbook = Open(form);

        Assert.Equal(["Hướng dẫn", "Số liệu", "Nhiệm vụ", "_childplan"], workbook.Worksheets.Select(s => s.Name));
        var data = workbook.Worksheet(CollectionWorkbook.DataSheetName);
        var last = data.LastRowUsed(XLCellsUsedOptions.Contents)!.RowNumber();
        var indicators = Enumerable.Range(CollectionWorkbook.FirstDataRow, last - CollectionWorkbook.FirstDataRow + 1)
            .Select(r => data.Cell(r, CollectionWorkbook.IndicatorColumn).GetString())
            .Where(id => id.Length > 0)
            .Distinct()
            .ToList();
        var led = programme.Indicators.Where(i => i.Responsibility.IsLead("so-gddt")).Select(i => i.Id).ToList();
        Assert.Equal(led, indicators);
        Assert.Equal(6, led.Count);
        var text = string.Join('\n', workbook.Worksheet("Hướng dẫn").CellsUsed().Select(c => c.GetString()));
        Assert.Contains("Hạn gửi: Kế hoạch không nêu hạn", text, StringComparison.Ordinal);
        Assert.Equal(4, Enumerable.Range(CollectionWorkbook.FirstTaskRow, 10)
            .Count(r => workbook.Worksheet(Tasks).Cell(r, CollectionWorkbook.ItemColumn).GetString().StartsWith("so-gddt#", StringComparison.Ordinal)));

        var row = RowOf(data, led[0]);
        data.Cell(row, CollectionWorkbook.ValueColumn).SetValue(97.5);
        var tasks = workbook.Worksheet(Tasks);
        tasks.Cell(CollectionWorkbook.FirstTaskRow, CollectionWorkbook.StatusColumn).SetValue("Đã hoàn thành");
        tasks.Cell(CollectionWorkbook.FirstTaskRow, CollectionWorkbook.ResultColumn).SetValue("Đã thực hiện.");
        var read = CollectionWorkbook.Read(new MemoryStream(Save(workbook)), "so-gddt.xlsx", programme);

        var observation = Assert.Single(read.Observations);
        Assert.Equal((led[0], 2025, programme.AreaCode, 97.5m), (observation.IndicatorId, observation.Year, observation.UnitCode, observation.Value));
        Assert.Equal(new InputLocation($"so-gddt.xlsx: Số liệu!F{row}", null), observation.Location);
        Assert.Equal(ResultItem.DutyOf("so-gddt", 1), Assert.Single(read.Results).Item);
    }

    [Fact]
    public void The_Hai_Duong_form_has_no_indicator_sheet_because_the_plan_measures_nothing()
    {
        using var workbook = Open(EducationForm());

        Assert.False(workbook.TryGetWorksheet(CollectionWorkbook.DataSheetName, out _));
    }
}
