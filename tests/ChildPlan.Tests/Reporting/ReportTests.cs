using System.IO.Abstractions.TestingHelpers;
using System.Text.RegularExpressions;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Building;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Tests.Reporting;

public sealed partial class ReportTests
{
    public static TheoryData<string, int, ReportKind, OutputFormat> EveryPlanKindAndFormat()
    {
        var data = new TheoryData<string, int, ReportKind, OutputFormat>();
        foreach (var plan in ReportFixture.Profiles.SelectMany(p => p.Plans))
        {
            foreach (var kind in ReportKinds.For(plan))
            {
                foreach (var format in Enum.GetValues<OutputFormat>())
                {
                    data.Add(plan.Id, plan.Years.To, kind, format);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPlanKindAndFormat))]
    public void Every_report_kind_renders_for_every_plan_of_every_profile(string planId, int year, ReportKind kind, OutputFormat format)
    {
        var input = ReportFixture.Input(planId, year);

        var text = ReportFixture.Render(kind, format, input);

        Assert.Contains(ReportModelBuilder.Build(kind, input).Title, text, StringComparison.Ordinal);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        if (input.IsSampleData)
        {
            Assert.Contains("DỮ LIỆU MẪU", text, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("DỮ LIỆU MẪU", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_annual_report_has_the_decree_30_header_and_signature_blocks()
    {
        var html = ReportFixture.Render(ReportKind.Annual, OutputFormat.Html, ReportFixture.Input("ctht-2021-2030", 2024, today: new NodaTime.LocalDate(2025, 1, 15)));

        Assert.Contains("<div class=\"parent-agency\">UBND TỈNH ĐIỆN BIÊN</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"issuing-agency\">SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI</div>", html, StringComparison.Ordinal);
        Assert.Contains("Số:       /BC-SLĐTBXH", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"place-date\">Điện Biên, ngày 15 tháng 01 năm 2025</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"motto\">Độc lập - Tự do - Hạnh phúc</div>", html, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"title\">BÁO CÁO</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"recipients-title\">Nơi nhận:</div>", html, StringComparison.Ordinal);
        Assert.Contains("<li>UBND tỉnh Điện Biên (b/c);</li>", html, StringComparison.Ordinal);
        Assert.Contains("<div>GIÁM ĐỐC</div>", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4 portrait; margin: 20mm 20mm 20mm 30mm; }", html, StringComparison.Ordinal);
    }

    [Fact]
    public void After_the_2025_reorganisation_reports_name_the_successor_and_quote_the_plans_assignment()
    {
        var html = ReportFixture.Render(ReportKind.Annual, OutputFormat.Html, ReportFixture.Input("ctht-2021-2030", 2025, today: new NodaTime.LocalDate(2026, 1, 15)));

        Assert.Contains("<div class=\"issuing-agency\">SỞ Y TẾ</div>", html, StringComparison.Ordinal);
        Assert.Contains("Số:       /BC-SYT", html, StringComparison.Ordinal);
        Assert.Contains("<td>Sở Y tế</td>", html, StringComparison.Ordinal);
        Assert.Contains("<p><em>- Nhiệm vụ chương trình giao Sở Lao động - Thương binh và Xã hội, từ ngày 01/03/2025 do Sở Y tế thực hiện (chưa xác minh được quy định chuyển giao nhiệm vụ này; văn bản liên quan: Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ).</em></p>", html, StringComparison.Ordinal);
        Assert.Equal("Sở Lao động - Thương binh và Xã hội", ReportFixture.Find("ctht-2021-2030").Plan.FindAgency("so-ldtbxh")!.Name);
    }

    [Theory]
    [InlineData("kh-208-2021", 2025, "thành phố Huế", "Tỉnh Thừa Thiên Huế (theo kế hoạch) nay là thành phố Huế, từ ngày 01/01/2025", "UBND THÀNH PHỐ HUẾ", "Huế, ngày 15 tháng 01 năm 2026")]
    [InlineData("kh-ct18", 2020, "thành phố Hải Phòng", "Địa bàn tỉnh Hải Dương (theo kế hoạch) từ ngày 01/07/2025 thuộc thành phố Hải Phòng theo Nghị quyết 202/2025/QH15", "UBND THÀNH PHỐ HẢI PHÒNG", "Hải Phòng, ngày 15 tháng 01 năm 2026")]
    public void Each_seed_profiles_annual_report_dated_2026_names_the_successor_unit_and_quotes_the_original_once(string planId, int year, string unitInText, string note, string? parent, string? placeDate)
    {
        var html = ReportFixture.Render(ReportKind.Annual, OutputFormat.Html, ReportFixture.Input(planId, year, today: new NodaTime.LocalDate(2026, 1, 15)));

        Assert.Contains($"trên địa bàn {unitInText} như sau", html, StringComparison.Ordinal);
        Assert.Contains(note, html, StringComparison.Ordinal);
        if (parent is not null)
        {
            Assert.Contains($"<div class=\"parent-agency\">{parent}</div>", html, StringComparison.Ordinal);
            Assert.Contains($"<div class=\"place-date\">{placeDate}</div>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_2026_calendar_goes_to_agencies_that_exist_in_2026()
    {
        var model = ReportModelBuilder.Build(ReportKind.Calendar, ReportFixture.Input("ctht-2021-2030", 2026, today: new NodaTime.LocalDate(2026, 1, 15)));
        var active = model.Deadlines.Where(d => d.State != "lapsed").ToList();

        Assert.NotEmpty(active);
        Assert.All(active, d => Assert.DoesNotContain("đã kết thúc", d.From + d.To + d.Via, StringComparison.Ordinal));
        Assert.Contains(active, d => d.To == "Sở Y tế");
        Assert.Contains(active, d => d.From == "Sở Y tế" && d.To == "UBND tỉnh Điện Biên");
        Assert.All(model.Deadlines.Where(d => d.From.StartsWith("UBND các huyện", StringComparison.Ordinal)), d => Assert.Equal("lapsed", d.State));
        Assert.All(ReportModelBuilder.Build(ReportKind.Calendar, ReportFixture.Input("ctht-2021-2030", 2024)).Deadlines, d => Assert.DoesNotContain("Sở Y tế", d.From + d.To + d.Via, StringComparison.Ordinal));
    }

    [Fact]
    public void Report_details_supplied_by_the_agency_replace_the_drafts()
    {
        var details = new ReportDetails
        {
            Number = "125/BC-SLĐTBXH",
            Date = new NodaTime.LocalDate(2025, 11, 28),
            Signer = new Signer(null, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"),
            Recipients = ["UBND tỉnh (b/c)", "Lưu: VT, BVCSTE"],
            Situation = "Năm 2025, Sở đã tham mưu ban hành 05 văn bản.\n\nCác huyện đã triển khai.",
        };

        var html = ReportFixture.Render(ReportKind.Annual, OutputFormat.Html, ReportFixture.Input("ctht-2021-2030", 2025, details));

        Assert.Contains("Số: 125/BC-SLĐTBXH", html, StringComparison.Ordinal);
        Assert.Contains("Điện Biên, ngày 28 tháng 11 năm 2025", html, StringComparison.Ordinal);
        Assert.Contains("<div>KT. GIÁM ĐỐC</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div>Nguyễn Văn A</div>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Năm 2025, Sở đã tham mưu ban hành 05 văn bản.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Lưu: VT, BVCSTE.</li>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OutputFormat.Html)]
    [InlineData(OutputFormat.Markdown)]
    public void Hostile_text_in_data_and_free_text_comes_out_inert(OutputFormat format)
    {
        const string script = "<script>alert('x')</script>";
        const string image = "\"><img src=x onerror=alert(1)>";
        const string formula = "=HYPERLINK(\"http://evil\",\"bấm\")";
        var details = new ReportDetails { IssuingAgency = script, Situation = image, Difficulties = formula, Recipients = [image] };
        var data = new[] { new Observation { IndicatorId = "R5", Year = 2020, Value = 26.4m, Source = script } };

        var text = ReportFixture.Render(ReportKind.Annual, format, ReportFixture.Input("ctht-2013-2020", 2020, details, data));

        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", text, StringComparison.Ordinal);
        Assert.Contains("HYPERLINK", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_without_indicators_still_gets_a_complete_annual_report_of_activities_and_duties()
    {
        var html = ReportFixture.Render(ReportKind.Annual, OutputFormat.Html, ReportFixture.Input("kh-ct18", 2018));

        Assert.Contains("không đặt chỉ tiêu định lượng", html, StringComparison.Ordinal);
        Assert.Contains("Hoạt động 1.", html, StringComparison.Ordinal);
        Assert.Contains("Giải pháp 1.", html, StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ của các cơ quan, đơn vị", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"recipients-title\">Nơi nhận:</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_data_is_labelled_in_every_report_rendered_from_it()
    {
        var input = ReportFixture.Input("kh-208-2021", 2025);

        Assert.True(input.IsSampleData);
        foreach (var kind in ReportKinds.For(input.Plan))
        {
            Assert.Contains("DỮ LIỆU MẪU – KHÔNG PHẢI SỐ LIỆU THẬT", ReportFixture.Render(kind, OutputFormat.Html, input), StringComparison.Ordinal);
            Assert.Contains("DỮ LIỆU MẪU – KHÔNG PHẢI SỐ LIỆU THẬT", ReportFixture.Render(kind, OutputFormat.Markdown, input), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_monitoring_table_draws_an_svg_bar_per_indicator_without_script()
    {
        var html = ReportFixture.Render(ReportKind.Monitoring, OutputFormat.Html, ReportFixture.Input("ctht-2013-2020", 2020));

        Assert.Equal(17, SvgCount().Count(html));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<title>Thực hiện: 26,4%; chỉ tiêu: ≤ 24%</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_calendar_says_what_is_due_or_overdue_on_the_report_date()
    {
        var model = ReportModelBuilder.Build(ReportKind.Calendar, ReportFixture.Input("kh-208-2021", 2025, today: new NodaTime.LocalDate(2025, 12, 1)));

        var departments = model.Deadlines.First(d => d.DueText == "trước ngày 30/11/2025");
        var consolidated = model.Deadlines.Single(d => d.DueText == "trước ngày 05/12/2025");
        var districts = model.Deadlines.Single(d => d.DueText == "trước ngày 25/11/2025");
        Assert.Equal(("overdue", "Đã quá hạn", "2025-11-29"), (departments.State, departments.StateCaption, departments.Due));
        Assert.Equal(("due", 3), (consolidated.State, consolidated.DaysLeft));
        Assert.Equal(("lapsed", (int?)null), (districts.State, districts.DaysLeft)); // the district level ended on 01/7/2025
        Assert.Contains(model.Deadlines, d => d.KindCaption == "Tổng kết" && d.DueText == "năm 2025");
        Assert.Equal(model.Deadlines.Where(d => d.Due != "").Select(d => d.Due).Order(StringComparer.Ordinal), model.Deadlines.Where(d => d.Due != "").Select(d => d.Due));
    }

    [Fact]
    public void The_responsibility_matrix_marks_lead_and_coordinating_agencies()
    {
        var model = ReportModelBuilder.Build(ReportKind.Responsibility, ReportFixture.Input("kh-208-2021", 2024));

        var column = model.Matrix.Columns.ToList().FindIndex(c => c.Id == "so-y-te");
        Assert.Equal("C", model.Matrix.Rows.Single(r => r.Label == "Chỉ tiêu 2").Cells[column]);
        Assert.Equal("P", model.Matrix.Rows.Single(r => r.Label == "Chỉ tiêu 16").Cells[column]);
        Assert.Equal(string.Empty, model.Matrix.Rows.Single(r => r.Label == "Chỉ tiêu 1").Cells[column]);
    }

    [Fact]
    public void A_host_overrides_one_template_from_a_folder_and_keeps_the_others()
    {
        var fs = new MockFileSystem(new Dictionary<string, MockFileData> { ["/host/templates/calendar.html.sbn"] = new("LỊCH RIÊNG {{ year }}") });
        var renderer = new ReportRenderer(fs, new ReportingOptions { TemplateFolder = "/host/templates" });
        var input = ReportFixture.Input("ctht-2021-2030", 2025);

        Assert.Equal("LỊCH RIÊNG 2025", ReportFixture.Render(ReportKind.Calendar, OutputFormat.Html, input, renderer));
        Assert.Contains("<h1 class=\"title\">BÁO CÁO</h1>", ReportFixture.Render(ReportKind.Annual, OutputFormat.Html, input, renderer), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_built_in_code_renders_with_the_same_engine_and_escaping()
    {
        var template = new ReportTemplateBuilder(OutputFormat.Html)
            .DocumentHeader()
            .Heading("I. Kết quả <chính>")
            .Paragraph("Văn bản {{ không phải mã }}")
            .ParagraphTemplate("Năm {{ year }}: {{ summary.exceeded }} chỉ tiêu vượt.")
            .IndicatorTable()
            .TaskList()
            .TextSections()
            .SignatureBlock()
            .Build();
        var renderer = new ReportRenderer(new MockFileSystem(), new ReportingOptions { CodeTemplates = new InMemoryTemplateSource().Add("tom-tat.html", template) });
        var model = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("ctht-2013-2020", 2020, new ReportDetails { Proposals = "<b>Đề xuất</b>" }));

        var html = renderer.Render("tom-tat.html", OutputFormat.Html, model, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("<h2>I. Kết quả &lt;chính&gt;</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Văn bản {{ không phải mã }}</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Năm 2020: 9 chỉ tiêu vượt.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"center\"></td>\n      <td>Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi</td>", html.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain(">R5<", html, StringComparison.Ordinal);
        Assert.Contains("<p>&lt;b&gt;Đề xuất&lt;/b&gt;</p>", html, StringComparison.Ordinal);
        Assert.Contains("Nơi nhận:", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_markdown_template_built_in_code_renders_too()
    {
        var template = new ReportTemplateBuilder(OutputFormat.Markdown).DocumentHeader().Heading("Kết quả").IndicatorTable().SignatureBlock().Build();
        var renderer = new ReportRenderer(new MockFileSystem(), new ReportingOptions { CodeTemplates = new InMemoryTemplateSource().Add("tom-tat.md", template) });

        var md = renderer.Render("tom-tat.md", OutputFormat.Markdown, ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("ctht-2013-2020", 2020)), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("|  | Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi | ≤ 24% | 26,4% | Không đạt |", md, StringComparison.Ordinal);
    }

    [GeneratedRegex("<svg class=\"chart\"")]
    private static partial Regex SvgCount();
}
