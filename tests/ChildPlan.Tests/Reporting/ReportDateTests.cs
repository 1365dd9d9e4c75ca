using ChildPlan.Reporting.Localization;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;
using NodaTime;

namespace ChildPlan.Tests.Reporting;

/// <summary>
/// A report speaks as of its date (issue 9, part 1): by default the due date of the plan's annual report in the year, and
/// every body it names (issuer, parent, place, agencies, recipients) is the one in office then.
/// </summary>
public sealed class ReportDateTests
{
    public static TheoryData<string, int> PlanYears()
    {
        var data = new TheoryData<string, int>();
        foreach (var plan in ReportFixture.Profiles.SelectMany(p => p.Plans))
        {
            for (var year = plan.Years.From; year <= plan.Years.To; year++)
            {
                data.Add(plan.Id, year);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PlanYears))]
    public void Every_annual_report_names_the_bodies_in_office_on_its_default_date(string planId, int year)
    {
        var (profile, plan) = ReportFixture.Find(planId);
        var input = ReportFixture.Input(planId, year);
        var model = ReportModelBuilder.Build(ReportKind.Annual, input);
        var date = input.Date;
        var changes = profile.Changes;
        IEnumerable<(Agency Agency, AgencyOnDate On)> Standing() => plan.Agencies.Select(a => (a, changes.AgencyOn(plan, a.Id, date)));

        Assert.Equal(ReportDate.Default(plan, year, changes), date);
        Assert.True(date.Year == year || (plan.Document.Issued?.Date is { } issued && issued == date && issued.Year > year), $"{planId} {year}: dated {date}");
        Assert.Equal(date.ToString("uuuu-MM-dd", null), model.Date);

        // The issuer and its parent are bodies in office on the date, the parent being the People's Committee of the issuer's level.
        var issuing = ReportModelBuilder.IssuingAgency(plan);
        if (issuing is not null)
        {
            var on = changes.AgencyOn(plan, issuing.Id, date);
            Assert.False(on.Ended, $"{planId} {year}: the issuing agency ended before {date}");
            Assert.Equal(on.Name.ToUpperInvariant(), model.Header.IssuingAgency);
            var committees = Standing().Where(s => s.Agency.Kind == AgencyKind.PeopleCommittee && s.Agency.Level == issuing.Level && !s.On.Ended).Select(s => s.On.Name.ToUpperInvariant()).ToList();
            Assert.Contains(model.Header.ParentAgency, committees);
        }

        // The place line and the unit are those of the unit in office on the date.
        var unitChange = changes.UnitOn(input.Evaluation.UnitCode, date);
        Assert.StartsWith(model.Unit.Code == model.Unit.Place ? plan.Document.Place! : model.Unit.Place, model.Header.PlaceDate, StringComparison.Ordinal);
        Assert.Equal(unitChange?.Successor.Code ?? input.Evaluation.UnitCode, model.Unit.Code);

        // Every agency listed is in office on the date, listed once, by its own name.
        var inOffice = Standing().Where(s => !s.On.Ended).Select(s => s.On.Name).ToHashSet();
        Assert.All(model.Agencies, a => Assert.Contains(a.Name, inOffice));
        Assert.Equal(model.Agencies.Count, model.Agencies.Select(a => a.Name).Distinct().Count());
        Assert.Equal(model.Recipients.Count, model.Recipients.Distinct().Count());
        Assert.All(model.Recipients.SkipLast(1), r => Assert.Contains(r[..^" (b/c)".Length], inOffice));
        Assert.Equal(model.Deadlines.Count, model.Deadlines.Select(d => (d.KindCaption, d.From, d.To, d.Via, d.DueText)).Distinct().Count());
        Assert.All(model.Deadlines, d => Assert.NotEqual("lapsed", d.State));

        // The plan's original bodies are quoted once, in the notes, never after each name; no description stands for a name.
        var text = ReportFixture.Render(ReportKind.Annual, OutputFormat.Markdown, input);
        Assert.DoesNotContain("(theo Kế hoạch:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(mới", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Đã quá hạn", text, StringComparison.Ordinal);
        Assert.Equal(Standing().Count(s => s.On.Original is not null) + (unitChange is null ? 0 : 1), model.Notes.Count);
    }

    [Fact]
    public void The_hai_duong_2018_report_is_issued_by_the_2018_department_under_the_2018_province()
    {
        var input = ReportFixture.Input("kh-ct18", 2018);
        var model = ReportModelBuilder.Build(ReportKind.Annual, input);
        var text = ReportFixture.Render(ReportKind.Annual, OutputFormat.Markdown, input);

        // Chế độ báo cáo: "hàng năm (vào ngày 15/12) báo cáo kết quả thực hiện về UBND tỉnh qua Sở Lao động - Thương binh và Xã hội".
        Assert.Equal(new LocalDate(2018, 12, 15), input.Date);
        Assert.Equal("UBND TỈNH HẢI DƯƠNG", model.Header.ParentAgency);
        Assert.Equal("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", model.Header.IssuingAgency);
        Assert.Equal("Hải Dương, ngày 15 tháng 12 năm 2018", model.Header.PlaceDate);
        // IV.1: "tổng hợp kết quả báo cáo UBND tỉnh và Bộ Lao động - Thương binh và Xã hội".
        Assert.Equal(["UBND tỉnh Hải Dương (b/c)", "Bộ Lao động - Thương binh và Xã hội (b/c)", "Lưu: VT"], model.Recipients);
        Assert.Empty(model.Notes);
        Assert.DoesNotContain("Hải Phòng", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2025", text, StringComparison.Ordinal);
        Assert.DoesNotContain("kết thúc hoạt động", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tay_ninh_city_office_reports_under_the_city_not_the_province()
    {
        var model = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("kh-2023", 2023));

        Assert.Equal("UBND THÀNH PHỐ TÂY NINH", model.Header.ParentAgency);
        Assert.Equal("PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ", model.Header.IssuingAgency);
        // The plan writes its place "TP, Tây Ninh" (seed line 5); the report writes the unit's place name.
        Assert.Equal("Tây Ninh, ngày 31 tháng 12 năm 2023", model.Header.PlaceDate);
        Assert.Equal("Số:       /BC-PLĐTBXH", model.Header.Number);
        Assert.Equal("thành phố Tây Ninh", model.Unit.NameInText);
    }

    [Fact]
    public void The_tuan_giao_2025_report_is_dated_the_last_day_of_the_district_and_says_its_succession_is_unconfirmed()
    {
        var model = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("tuan-giao-2021-2025", 2025));

        // The plan's annual reports are due before 20/11; the district level ended on 01/7/2025, so its office reported last on 30/6/2025.
        Assert.Equal("2025-06-30", model.Date);
        Assert.Equal("UBND HUYỆN TUẦN GIÁO", model.Header.ParentAgency);
        Assert.Equal("Tuần Giáo, ngày 30 tháng 6 năm 2025", model.Header.PlaceDate);
        Assert.Contains(model.Notes, n => n.StartsWith("Nhiệm vụ kế hoạch giao Phòng Lao động - Thương binh và Xã hội, từ ngày 01/03/2025 do Phòng Y tế", StringComparison.Ordinal)
            && n.Contains("chưa xác minh được quy định chuyển giao nhiệm vụ này", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_dated_after_its_issuer_ended_speaks_as_that_body_and_notes_the_end()
    {
        var model = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("tuan-giao-2021-2025", 2025, today: new LocalDate(2025, 12, 1)));

        Assert.Equal("Tuần Giáo, ngày 01 tháng 12 năm 2025", model.Header.PlaceDate);
        Assert.Equal("huyện Tuần Giáo", model.Unit.NameInText);
        Assert.Contains("Phòng Lao động - Thương binh và Xã hội (theo kế hoạch) kết thúc hoạt động từ ngày 01/07/2025 theo Luật Tổ chức chính quyền địa phương số 72/2025/QH15.", model.Notes);
        Assert.Contains(model.Notes, n => n.StartsWith("Địa bàn huyện Tuần Giáo (theo kế hoạch) từ ngày 01/07/2025 thuộc tỉnh Điện Biên", StringComparison.Ordinal));
        Assert.DoesNotContain(model.Agencies, a => a.Name == "Phòng Lao động - Thương binh và Xã hội");
    }

    [Fact]
    public void A_successor_appears_only_after_the_change_and_the_plans_body_is_quoted_once()
    {
        var before = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("kh-ct18", 2018, today: new LocalDate(2025, 6, 30)));
        var after = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("kh-ct18", 2018, today: new LocalDate(2025, 7, 1)));
        var text = ReportFixture.Render(ReportKind.Annual, OutputFormat.Markdown, ReportFixture.Input("kh-ct18", 2018, today: new LocalDate(2025, 7, 1)));

        Assert.Equal("UBND TỈNH HẢI DƯƠNG", before.Header.ParentAgency);
        Assert.Equal("UBND THÀNH PHỐ HẢI PHÒNG", after.Header.ParentAgency);
        Assert.Equal("SỞ Y TẾ THÀNH PHỐ HẢI PHÒNG", after.Header.IssuingAgency);

        // Sở LĐTBXH's and Sở Y tế's duties now belong to one body: it is listed once, with both agencies' duties.
        var health = Assert.Single(after.Agencies, a => a.Name == "Sở Y tế thành phố Hải Phòng");
        Assert.Equal(6, health.Duties.Count);
        Assert.Single(after.Notes, n => n.Contains("giao Sở Lao động - Thương binh và Xã hội,", StringComparison.Ordinal));
        Assert.Equal(1, Occurrences(text, "Sở Lao động - Thương binh và Xã hội"));
        Assert.DoesNotContain(after.Agencies, a => a.Name.StartsWith("Ủy ban nhân dân các huyện", StringComparison.Ordinal));
        Assert.Contains(after.Notes, n => n.StartsWith("Ủy ban nhân dân các huyện, thị xã, thành phố (theo kế hoạch) kết thúc hoạt động từ ngày 01/07/2025 theo Luật Tổ chức chính quyền địa phương số 72/2025/QH15", StringComparison.Ordinal));
    }

    [Fact]
    public void The_annual_report_does_not_grade_deadlines_but_the_calendar_does_against_its_date()
    {
        var input = ReportFixture.Input("kh-208-2021", 2025, today: new LocalDate(2026, 11, 27));

        var annual = ReportFixture.Render(ReportKind.Annual, OutputFormat.Markdown, input);
        var calendar = ReportFixture.Render(ReportKind.Calendar, OutputFormat.Markdown, input);

        Assert.DoesNotContain("quá hạn", annual, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Tình trạng", annual, StringComparison.Ordinal);
        Assert.Contains("Đã quá hạn (quá 358 ngày)", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_date_is_the_last_day_on_time_of_the_issuers_annual_report_31_december_without_one_and_never_before_the_cited_document()
    {
        Assert.Equal(new LocalDate(2023, 12, 4), DateOf("kh-208-2021", 2023)); // IV.2: tổng hợp, báo cáo UBND tỉnh … trước ngày 05/12
        Assert.Equal(new LocalDate(2019, 12, 15), DateOf("kh-ct18", 2019)); // vào ngày 15/12
        Assert.Equal(new LocalDate(2022, 11, 19), DateOf("tuan-giao-2021-2025", 2022)); // trước ngày 20/11
        Assert.Equal(new LocalDate(2024, 12, 31), DateOf("ctht-2021-2030", 2024)); // "hằng năm", no day
        Assert.Equal(new LocalDate(2023, 12, 31), DateOf("kh-2023", 2023));
        Assert.Equal(new LocalDate(2021, 3, 15), DateOf("ctht-2013-2020", 2020)); // cites Part 1 of QĐ 333/QĐ-UBND ngày 15/3/2021: not dated before it
    }

    private static LocalDate DateOf(string planId, int year)
    {
        var (profile, plan) = ReportFixture.Find(planId);
        return ReportDate.Default(plan, year, profile.Changes);
    }

    private static int Occurrences(string text, string what) =>
        (text.Length - text.Replace(what, string.Empty, StringComparison.Ordinal).Length) / what.Length;
}
