using ChildPlan.Reporting;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;
using NodaTime;

namespace ChildPlan.Tests.Reporting;

/// <summary>
/// The annual and six-monthly reports written with the agencies' results (issue 13): per task and duty, the task summary,
/// quantities and funding, who has not reported, the sample label; and the six-monthly report kind.
/// </summary>
public sealed class ResultReportTests
{
    private static ReportModel HaiDuong(ReportKind kind = ReportKind.Annual, ResultSet? results = null) =>
        ReportModelBuilder.Build(kind, ReportFixture.Input("kh-ct18", 2019, results: results ?? TestResults.HaiDuong()));

    private static TaskRow Task(ReportModel model, string id) => model.Tasks.Single(t => t.Id == id);

    [Fact]
    public void Section_III_opens_with_the_count_of_tasks_by_the_status_their_results_give_them()
    {
        var model = HaiDuong();

        Assert.True(model.HasResults);
        Assert.Equal((12, 2, 1, 1, 1, 7), (model.TaskSummary.Total, model.TaskSummary.Completed, model.TaskSummary.InProgress, model.TaskSummary.NotStarted, model.TaskSummary.NotApplicable, model.TaskSummary.NotReported));
        const string summary = "2/12 nội dung đã hoàn thành, 1 đang thực hiện, 1 chưa triển khai, 1 không áp dụng, 7 chưa có báo cáo.";
        Assert.Equal(summary, model.TaskSummary.Text);
        foreach (var format in Enum.GetValues<OutputFormat>())
        {
            Assert.Contains(summary, ReportFixture.Render(ReportKind.Annual, format, ReportFixture.Input("kh-ct18", 2019, results: TestResults.HaiDuong())), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_plan_of_one_task_kind_counts_in_its_own_word()
    {
        var model = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("kh-2023", 2023, results: TestResults.TayNinh()));

        Assert.Equal("1/3 hoạt động đã hoàn thành, 0 đang thực hiện, 0 chưa triển khai, 2 chưa có báo cáo.", model.TaskSummary.Text);
    }

    [Fact]
    public void A_tasks_status_follows_its_results_ignoring_those_not_applicable()
    {
        var model = HaiDuong();

        Assert.Equal(("in-progress", "đang thực hiện"), (Task(model, "HD1").Status, Task(model, "HD1").StatusCaption));
        Assert.Equal("not-started", Task(model, "HD2").Status);
        Assert.Equal("not-applicable", Task(model, "HD3").Status);
        Assert.Equal("completed", Task(model, "HD7").Status);
        Assert.Equal(("not-reported", "chưa có báo cáo"), (Task(model, "HD4").Status, Task(model, "HD4").StatusCaption));
    }

    [Fact]
    public void The_contributions_to_a_task_come_in_plan_order_with_name_status_text_and_quantities()
    {
        var hd1 = Task(HaiDuong(), "HD1");
        var hd7 = Task(HaiDuong(), "HD7");

        // No task of the real plans has a lead: every result is a contribution, in the order of the plan's agencies (not the file's).
        Assert.Equal(["Sở Lao động - Thương binh và Xã hội", "Sở Giáo dục và Đào tạo"], hd1.Results.Select(r => r.ReporterName));
        Assert.All(hd1.Results, r => Assert.Equal(("contribution", string.Empty), (r.Role, r.RoleCaption)));
        var first = hd1.Results[0];
        Assert.Equal(("đang thực hiện", "Phối hợp tổ chức tập huấn cho cán bộ làm công tác trẻ em cấp xã.", "15 lớp tập huấn; 1.200 lượt người; 4 buổi truyền thông"), (first.StatusCaption, first.Text, first.QuantitiesText));
        Assert.Equal(["Công an tỉnh", "Ủy ban nhân dân huyện Cẩm Giàng"], hd7.Results.Select(r => r.ReporterName));
        Assert.Empty(hd1.Placeholder);
    }

    [Fact]
    public void Quantities_are_summed_where_the_units_agree_and_shown_as_written_where_they_do_not()
    {
        var model = HaiDuong();

        // "lớp  tập huấn " and "Lớp tập huấn", "lượt người" and "Lượt người" agree; the first spelling is kept.
        Assert.Equal("Tổng: 45 lớp tập huấn; 3.200 lượt người; 4 buổi truyền thông", Task(model, "HD1").QuantitiesText);
        // Hải Dương's plan names no funding sources: money is a quantity like any other.
        Assert.Equal(("Tổng: 500 triệu đồng", string.Empty), (Task(model, "HD8").QuantitiesText, Task(model, "HD8").FundingText));
        Assert.Empty(Task(model, "HD2").QuantitiesText);
    }

    [Fact]
    public void Money_is_the_funding_spent_where_the_plan_names_funding_sources()
    {
        var input = ReportFixture.Input("kh-2023", 2023, results: TestResults.TayNinh());
        var hd1 = ReportModelBuilder.Build(ReportKind.Annual, input).Tasks.Single(t => t.Id == "HD1");

        Assert.Equal("Tổng: 20 lớp", hd1.QuantitiesText);
        Assert.Equal("Kinh phí đã sử dụng: 80,5 triệu đồng; 1 tỷ đồng", hd1.FundingText);
        Assert.Contains("Kinh phí đã sử dụng: 80,5 triệu đồng; 1 tỷ đồng.", ReportFixture.Render(ReportKind.Annual, OutputFormat.Markdown, input), StringComparison.Ordinal);
    }

    [Fact]
    public void What_nobody_reported_says_so_for_tasks_and_duties()
    {
        var model = HaiDuong();
        var html = ReportFixture.Render(ReportKind.Annual, OutputFormat.Html, ReportFixture.Input("kh-ct18", 2019, results: TestResults.HaiDuong()));

        Assert.Equal("Chưa có cơ quan, đơn vị nào báo cáo kết quả thực hiện nội dung này.", Task(model, "GP1").Placeholder);
        Assert.Empty(Task(model, "GP1").Results);
        Assert.Contains("<p class=\"placeholder\">Chưa có cơ quan, đơn vị nào báo cáo kết quả thực hiện nội dung này.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kết quả: ……", html, StringComparison.Ordinal);
        var health = model.Agencies.Single(a => a.Id == "so-y-te").DutyResults;
        Assert.All(health, d => Assert.Equal(("not-reported", "Chưa có báo cáo kết quả thực hiện nhiệm vụ này."), (d.Status, d.Placeholder)));
    }

    [Fact]
    public void The_agencies_section_writes_each_duty_with_the_results_of_those_answering_it_a_committee_by_its_units()
    {
        var model = HaiDuong();

        var education = model.Agencies.Single(a => a.Id == "so-gddt").DutyResults;
        Assert.Equal([1, 2, 3], education.Select(d => d.Number));
        Assert.Equal(["completed", "in-progress", "not-reported"], education.Select(d => d.Status));
        Assert.Equal("Đang rà soát.", education[1].Results.Single().Text);
        var districts = model.Agencies.Single(a => a.Id == "ubnd-huyen").DutyResults;
        Assert.Equal(5, districts.Count);
        Assert.Equal("in-progress", districts[0].Status);
        Assert.Equal(["Ủy ban nhân dân huyện Thanh Hà", "Ủy ban nhân dân huyện Cẩm Giàng"], districts[0].Results.Select(r => r.ReporterName));
        var markdown = ReportFixture.Render(ReportKind.Annual, OutputFormat.Markdown, ReportFixture.Input("kh-ct18", 2019, results: TestResults.HaiDuong()));
        Assert.Contains("   - Ủy ban nhân dân huyện Cẩm Giàng (đã hoàn thành): Chỉ đạo 19 xã, thị trấn triển khai.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duty_answered_by_several_units_totals_their_quantities_in_every_format()
    {
        static ResultSet Districts(ReportingPeriod period)
        {
            AgencyResult District(string code, params Quantity[] quantities) => new()
            {
                Reporter = code,
                Item = ResultItem.DutyOf("ubnd-huyen", 1),
                Period = period,
                Status = ResultStatus.Completed,
                Text = "Tổ chức kiểm tra tại cơ sở.",
                Quantities = quantities,
                Source = string.Empty,
            };
            return new ResultSet("kh-ct18", "results.csv", false,
            [
                District("295", new Quantity(2, "đợt kiểm tra"), new Quantity(12.5m, "triệu đồng")),
                District("294", new Quantity(3, "Đợt kiểm tra")),
                District("291", new Quantity(1500, "lượt người")),
            ]);
        }

        var input = ReportFixture.Input("kh-ct18", 2019, results: Districts(ReportingPeriod.WholeYear(2019)));
        var duty = ReportModelBuilder.Build(ReportKind.Annual, input).Agencies.Single(a => a.Id == "ubnd-huyen").DutyResults[0];

        // Hải Dương's plan names no funding sources: money is a quantity like any other, as for tasks.
        const string total = "Tổng: 5 đợt kiểm tra; 12,5 triệu đồng; 1.500 lượt người";
        Assert.Equal((total, string.Empty), (duty.QuantitiesText, duty.FundingText));
        Assert.Contains($"   - {total}.", ReportFixture.Render(ReportKind.Annual, OutputFormat.Markdown, input), StringComparison.Ordinal);
        Assert.Contains($"<p>- {total}.</p>", ReportFixture.Render(ReportKind.Annual, OutputFormat.Html, input), StringComparison.Ordinal);
        Assert.Contains($"- {total}.", ReportFixture.Render(ReportKind.Annual, OutputFormat.Docx, input), StringComparison.Ordinal);
        var firstHalf = ReportFixture.Input("kh-ct18", 2019, results: Districts(ReportingPeriod.FirstHalf(2019)));
        Assert.Contains($"   - {total}.", ReportFixture.Render(ReportKind.SixMonthly, OutputFormat.Markdown, firstHalf), StringComparison.Ordinal);
    }

    [Fact]
    public void Those_expected_who_sent_nothing_are_listed_with_their_deadline_a_district_by_name()
    {
        var model = HaiDuong();

        var sentence = Assert.Single(model.NonReporting);
        Assert.StartsWith("Các cơ quan, đơn vị chưa gửi báo cáo (hạn ngày 15/12/2019): Sở Y tế; Sở Thông tin và Truyền thông; ", sentence, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân huyện Nam Sách", sentence, StringComparison.Ordinal);
        Assert.Contains("Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("Cẩm Giàng", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("Sở Giáo dục và Đào tạo", sentence, StringComparison.Ordinal);
        Assert.True(model.Reporters.Single(r => r.Id == "295").Reported);
        Assert.Equal(12, model.Reporters.Count(r => r.Name.StartsWith("Ủy ban nhân dân ", StringComparison.Ordinal)));
        Assert.Contains(sentence, ReportFixture.Render(ReportKind.Annual, OutputFormat.Html, ReportFixture.Input("kh-ct18", 2019, results: TestResults.HaiDuong())), StringComparison.Ordinal);
    }

    [Fact]
    public void Those_without_a_deadline_are_listed_as_such_and_a_full_house_is_said_to_be_one()
    {
        var tayNinh = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("kh-2023", 2023, results: TestResults.TayNinh()));
        var sentence = Assert.Single(tayNinh.NonReporting);
        Assert.StartsWith("Các cơ quan, đơn vị chưa gửi báo cáo (kế hoạch không nêu hạn): ", sentence, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân phường 3", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("Ủy ban nhân dân phường 1;", sentence, StringComparison.Ordinal);

        var everyone = tayNinh.Reporters.Select(r => new AgencyResult
        {
            Reporter = r.Id,
            Item = ResultItem.Task("HD2"),
            Period = ReportingPeriod.WholeYear(2023),
            Status = ResultStatus.Completed,
            Text = "Đã thực hiện.",
        }).ToList();
        var full = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("kh-2023", 2023, results: new ResultSet("kh-2023", "all.csv", false, everyone)));
        // Everyone but the issuer (Phòng Lao động - Thương binh và Xã hội Thành phố, which writes the report and is not among those reporting to it).
        Assert.Equal([$"Tất cả {everyone.Count - 1} cơ quan, đơn vị được giao nhiệm vụ đã gửi báo cáo."], full.NonReporting);
    }

    [Fact]
    public void Sample_results_are_labelled_with_their_file_in_every_format_of_the_reports_using_them()
    {
        var sample = ReportFixture.Input("kh-ct18", 2019, results: TestResults.HaiDuong());
        var real = ReportFixture.Input("kh-ct18", 2019, results: TestResults.HaiDuong(sample: false));

        foreach (var kind in new[] { ReportKind.Annual, ReportKind.SixMonthly })
        {
            foreach (var format in Enum.GetValues<OutputFormat>())
            {
                var text = ReportFixture.Render(kind, format, sample);
                Assert.Contains("KẾT QUẢ THỰC HIỆN MẪU – KHÔNG PHẢI BÁO CÁO THẬT", text, StringComparison.Ordinal);
                Assert.Contains(TestResults.HaiDuongFile, text, StringComparison.Ordinal);
                Assert.DoesNotContain("KẾT QUẢ THỰC HIỆN MẪU", ReportFixture.Render(kind, format, real), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_sample_label_is_in_the_word_document()
    {
        using var document = new WordDocument(await ReportFixture.WriteAsync(ReportKind.Annual, ReportFormat.Docx, ReportFixture.Input("kh-ct18", 2019, results: TestResults.HaiDuong())));

        Assert.Equal(string.Empty, document.ValidationErrors());
        Assert.Contains($"KẾT QUẢ THỰC HIỆN MẪU – KHÔNG PHẢI BÁO CÁO THẬT ({TestResults.HaiDuongFile})", document.Text, StringComparison.Ordinal);
        Assert.Contains("- Ủy ban nhân dân huyện Cẩm Giàng (đã hoàn thành): Phát hiện, xử lý kịp thời 3 vụ việc. (3 vụ việc)", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_results_the_report_keeps_its_placeholders_to_fill()
    {
        // The profile's sample results are of 2019: 2018 has none.
        var model = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("kh-ct18", 2018));
        var html = ReportFixture.Render(ReportKind.Annual, OutputFormat.Html, ReportFixture.Input("kh-ct18", 2018));

        Assert.False(model.HasResults);
        Assert.Empty(model.NonReporting);
        Assert.All(model.Tasks, t => Assert.Equal((string.Empty, string.Empty), (t.Status, t.Placeholder)));
        Assert.Contains("Kết quả: ……", html, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa gửi báo cáo", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_that_write_no_results_do_not_change_with_them()
    {
        var with = ReportFixture.Input("kh-ct18", 2019, results: TestResults.HaiDuong());
        var without = ReportFixture.Input("kh-ct18", 2019);

        foreach (var kind in new[] { ReportKind.Monitoring, ReportKind.Responsibility, ReportKind.Calendar })
        {
            Assert.Equal(ReportFixture.Render(kind, OutputFormat.Markdown, without), ReportFixture.Render(kind, OutputFormat.Markdown, with));
        }
    }

    [Fact]
    public void The_six_monthly_report_is_the_first_half_with_its_own_title_date_and_results()
    {
        var model = HaiDuong(ReportKind.SixMonthly);

        Assert.Equal("six-monthly", model.Kind);
        Assert.Equal("BÁO CÁO", model.Title);
        Assert.EndsWith("6 tháng đầu năm 2019", model.Subject, StringComparison.Ordinal);
        Assert.Equal("6 tháng đầu năm 2019", model.PeriodCaption);
        // The six-monthly reports of Hải Dương's departments and districts are due on 15/6 (the annual ones on 15/12).
        Assert.Equal("2019-06-15", model.Date);
        Assert.Equal("2019-12-15", HaiDuong().Date);
        var hd1 = Task(model, "HD1");
        Assert.Equal(["Sáu tháng đầu năm: đã tổ chức 10 lớp."], hd1.Results.Select(r => r.Text));
        Assert.Equal("Tổng: 10 lớp tập huấn", hd1.QuantitiesText);
        Assert.StartsWith("Các cơ quan, đơn vị chưa gửi báo cáo (hạn ngày 15/06/2019): ", model.NonReporting[0], StringComparison.Ordinal);
        var markdown = ReportFixture.Render(ReportKind.SixMonthly, OutputFormat.Markdown, ReportFixture.Input("kh-ct18", 2019, results: TestResults.HaiDuong()));
        Assert.Contains("báo cáo kết quả thực hiện 6 tháng đầu năm 2019 trên địa bàn tỉnh Hải Dương", markdown, StringComparison.Ordinal);
        Assert.Contains("Trên đây là báo cáo kết quả thực hiện 6 tháng đầu năm 2019 của Sở Lao động - Thương binh và Xã hội./.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_six_monthly_report_without_a_due_date_is_dated_30_june_and_a_date_given_dates_it()
    {
        Assert.Equal("2023-06-30", ReportModelBuilder.Build(ReportKind.SixMonthly, ReportFixture.Input("kh-2023", 2023)).Date);
        Assert.Equal(new LocalDate(2023, 6, 30), ReportDate.Default(ReportFixture.Find("kh-2023").Plan, 2023, ReportKind.SixMonthly));
        Assert.Equal("2023-07-10", ReportModelBuilder.Build(ReportKind.SixMonthly, ReportFixture.Input("kh-2023", 2023, today: new LocalDate(2023, 7, 10))).Date);
    }

    [Fact]
    public void A_plan_reported_on_yearly_only_has_no_six_monthly_report()
    {
        var (_, plan) = ReportFixture.Find("ctht-2021-2030");
        var input = ReportFixture.Input("ctht-2021-2030", 2025);

        Assert.False(ReportKinds.IsAvailable(ReportKind.SixMonthly, plan));
        Assert.DoesNotContain(ReportKind.SixMonthly, ReportKinds.For(plan));
        Assert.Contains(ReportKind.SixMonthly, ReportKinds.For(ReportFixture.Find("kh-ct18").Plan));
        var error = Assert.Throws<ArgumentException>(() => ReportFixture.Render(ReportKind.SixMonthly, OutputFormat.Html, input));
        Assert.Contains("'ctht-2021-2030'", error.Message, StringComparison.Ordinal);
        Assert.Contains("six-monthly", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_six_monthly_templates_are_in_the_catalogue_under_their_token()
    {
        Assert.Equal("six-monthly.docx", ReportRenderer.TemplateName(ReportKind.SixMonthly, OutputFormat.Docx));
        Assert.Contains("six-monthly.html", TemplateCatalog.Templates);
        Assert.Contains("six-monthly.md", TemplateCatalog.Templates);
        Assert.Contains("partials/report-body.html", TemplateCatalog.Templates);
        Assert.Contains(("tasks[].results[].reporter_name", "text"), TemplateCatalog.Variables());
    }

    [Fact]
    public void Results_of_another_plan_are_refused_naming_both_plans()
    {
        var error = Assert.Throws<ArgumentException>(() => ReportFixture.Input("kh-2023", 2023, results: TestResults.HaiDuong()));

        Assert.Contains("'kh-ct18'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'kh-2023'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_set_on_the_input_in_code_are_validated_before_any_report_is_built()
    {
        // An API user skipping Prepare's results parameter: ReportInput.Results set directly, with results that do not fit.
        ResultSet Bad(string reporter, string item, int year, params Quantity[] quantities) => new("kh-ct18", "code", false,
        [
            new AgencyResult
            {
                Reporter = reporter,
                Item = ResultItem.TryParse(item, out var parsed, out _) ? parsed! : throw new InvalidOperationException(item),
                Period = ReportingPeriod.WholeYear(year),
                Status = ResultStatus.Completed,
                Text = "Đã làm.",
                Quantities = quantities,
            },
        ]);
        var input = ReportFixture.Input("kh-ct18", 2019, results: null);

        foreach (var (set, expected) in new[]
        {
            (Bad("xyz", "HD1", 2019), "unknown agency or unit 'xyz'"),
            (Bad("so-gddt", "HD99", 2019), "unknown task 'HD99'"),
            (Bad("so-gddt", "HD1", 2019, new Quantity(-5, "lớp")), "is not between 0 and"),
            (Bad("so-gddt", "HD1", 2019, new Quantity(decimal.MaxValue, "lớp"), new Quantity(decimal.MaxValue, "lớp")), "is not between 0 and"),
        })
        {
            var error = Assert.Throws<ChildPlanInputException>(() => ReportFixture.Render(ReportKind.Annual, OutputFormat.Markdown, input with { Results = set }));
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }

        // A unit's own report below the plan's area does not carry the area's synthesis, however the results got there.
        var unitInput = ReportFixture.Input("kh-ct18", 2019, results: null) is var area
            ? ReportInput.Evaluate(area.Plan, 2019, [], area.Date, area.Units, area.Changes, "288") with { Results = TestResults.HaiDuong() }
            : null;
        Assert.Throws<ArgumentException>(() => ReportModelBuilder.Build(ReportKind.Annual, unitInput!));
    }

    [Fact]
    public void An_agency_whose_duties_passed_to_a_body_that_reported_is_not_listed_as_not_reporting()
    {
        // Điện Biên 2025: Sở LĐTBXH's duties passed to Sở Y tế on 01/03/2025. Sở Y tế sent its report; the report, speaking as of
        // its date, names both by Sở Y tế and must not say that Sở Y tế has not reported.
        ResultSet Of(string reporter, string item) => new("ctht-2021-2030", "results.csv", false,
        [
            new AgencyResult
            {
                Reporter = reporter,
                Item = ResultItem.TryParse(item, out var parsed, out _) ? parsed! : throw new InvalidOperationException(item),
                Period = ReportingPeriod.WholeYear(2025),
                Status = ResultStatus.Completed,
                Text = "Đã thực hiện.",
            },
        ]);

        foreach (var set in new[] { Of("so-y-te", "so-y-te#1"), Of("so-ldtbxh", "so-ldtbxh#1") })
        {
            var model = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("ctht-2021-2030", 2025, results: set));

            Assert.All(model.Reporters.Where(r => r.Id is "so-y-te" or "so-ldtbxh"), r => Assert.True(r.Reported, r.Id));
            Assert.All(model.NonReporting, s => Assert.DoesNotContain("Sở Y tế", s, StringComparison.Ordinal));
            Assert.Contains(model.NonReporting, s => s.Contains("Sở Tư pháp", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_duties_of_agencies_now_one_body_are_numbered_on_through_its_row_not_from_1_again()
    {
        // Điện Biên 2025: Sở LĐTBXH's 7 duties passed to Sở Y tế (3 duties of its own); the report lists them under Sở Y tế.
        var set = new ResultSet("ctht-2021-2030", "results.csv", false,
        [
            new AgencyResult
            {
                Reporter = "so-y-te",
                Item = ResultItem.DutyOf("so-y-te", 1),
                Period = ReportingPeriod.WholeYear(2025),
                Status = ResultStatus.Completed,
                Text = "Đã thực hiện.",
            },
        ]);

        var model = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("ctht-2021-2030", 2025, results: set));

        var health = model.Agencies.Single(a => a.Name == "Sở Y tế");
        Assert.Equal(Enumerable.Range(1, health.Duties.Count), health.DutyResults.Select(d => d.Number));
        Assert.Equal(10, health.Duties.Count);
        Assert.Equal("Đã thực hiện.", Assert.Single(health.DutyResults[7].Results).Text);
    }

    [Fact]
    public void Results_on_the_duties_of_an_agency_that_ended_before_the_report_date_are_still_written()
    {
        // Điện Biên 2025: the district People's Committees ended on 01/07/2025; Thành phố Điện Biên Phủ (094) reported on their
        // first duty before that. The result is valid, so the annual report (dated after the end) must carry it, not drop it.
        var set = new ResultSet("ctht-2021-2030", "results.csv", false,
        [
            new AgencyResult
            {
                Reporter = "094",
                Item = ResultItem.DutyOf("ubnd-huyen", 1),
                Period = ReportingPeriod.WholeYear(2025),
                Status = ResultStatus.Completed,
                Text = "Ban hành kế hoạch của thành phố.",
            },
        ]);
        var input = ReportFixture.Input("ctht-2021-2030", 2025, results: set);

        var model = ReportModelBuilder.Build(ReportKind.Annual, input);

        var entry = Assert.Single(model.Agencies.SelectMany(a => a.DutyResults).SelectMany(d => d.Results));
        Assert.Equal(("094", "Ban hành kế hoạch của thành phố."), (entry.Reporter, entry.Text));
        Assert.Contains("Ban hành kế hoạch của thành phố.", ReportFixture.Render(ReportKind.Annual, OutputFormat.Markdown, input), StringComparison.Ordinal);

        // Without results on them, an ended agency's duties stay out of the report (the notes say it ended).
        var none = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("ctht-2021-2030", 2025, results: set with { Results = [] }));
        Assert.DoesNotContain(none.Agencies, a => a.Id == "ubnd-huyen");
    }

    [Theory]
    [InlineData(OutputFormat.Html)]
    [InlineData(OutputFormat.Markdown)]
    public void Hostile_result_text_comes_out_inert(OutputFormat format)
    {
        const string script = "<script>alert('x')</script> \"><img src=x onerror=alert(1)>";
        var text = ReportFixture.Render(ReportKind.Annual, format, ReportFixture.Input("kh-ct18", 2019, results: TestResults.HaiDuong(hd1Text: script)));

        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_result_text_stays_text_in_a_valid_word_document()
    {
        const string hostile = "A & B <c> \"q\" 'a' ]]> </w:t></w:r><w:p> \u0001\u000B|\uD800| 😀 end";
        var input = ReportFixture.Input("kh-ct18", 2019, results: TestResults.HaiDuong(hd1Text: hostile));

        foreach (var kind in new[] { ReportKind.Annual, ReportKind.SixMonthly })
        {
            using var document = new WordDocument(await ReportFixture.WriteAsync(kind, ReportFormat.Docx, input));

            Assert.Equal(string.Empty, document.ValidationErrors());
        }

        using var annual = new WordDocument(await ReportFixture.WriteAsync(ReportKind.Annual, ReportFormat.Docx, input));
        Assert.Contains("A & B <c> \"q\" 'a' ]]> </w:t></w:r><w:p> \uFFFD\uFFFD|\uFFFD| 😀 end", annual.Text, StringComparison.Ordinal);
    }
}
