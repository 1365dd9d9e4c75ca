using ChildPlan.Formats;
using ChildPlan.Indicators;
using ChildPlan.Reporting.Localization;
using NodaTime;
using NodaTime.Text;
using static ChildPlan.Tests.TestPlans;

namespace ChildPlan.Tests.Engine;

public sealed class AdministrativeChangeTests
{
    private static readonly AdministrativeChanges Merger = ChangesFile.Parse("""
    {
      "format": "childplan.changes/1",
      "units": [
        { "code": "D1", "effective": "2025-07-01", "successor": { "code": "P", "name": "Tỉnh Thử", "level": "province" }, "basis": "Luật 2025" },
        { "code": "P", "effective": "2025-07-01", "successor": { "code": "Q", "name": "Tỉnh Hợp Nhất", "level": "province" }, "basis": "NQ 1/2025" }
      ],
      "agencies": [
        { "plans": ["small"], "agency": "so-a", "effective": "2025-03-01", "successor": "Sở B", "successorId": "so-b", "basis": "NĐ 1/2025" },
        { "plans": ["small"], "agency": "so-b", "effective": "2025-07-01", "successor": "Sở B tỉnh Hợp Nhất", "basis": "NQ 1/2025" },
        { "plans": ["other"], "agency": "ubnd", "effective": "2025-01-01", "basis": "x" }
      ]
    }
    """);

    [Fact]
    public void Data_reported_for_a_closed_unit_rolls_up_into_its_successor()
    {
        Observation[] data =
        [
            Obs("PCT", 2025, numerator: 30, denominator: 100, unit: "P"),
            Obs("PCT", 2025, numerator: 40, denominator: 50, unit: "X", line: 3),
        ];
        var units = Units.List.Append(new AdministrativeUnit("X", "Tỉnh Kia", AdministrativeLevel.Province, null)).ToList();
        var changes = Merger with { Units = [.. Merger.Units, new UnitChange { From = [new UnitContribution("X", UnitShare.Full)], Effective = new LocalDate(2025, 7, 1), Successor = new AdministrativeUnit("Q", "Tỉnh Hợp Nhất", AdministrativeLevel.Province, null), Basis = "NQ 1/2025" }] };

        var result = PlanEvaluator.Evaluate(Small(), data, new AdministrativeHierarchy(units, changes), new EvaluationOptions { Year = 2025, UnitCode = "Q" }).Results.Single(r => r.Indicator.Id == "PCT");

        Assert.Equal(70m / 150m * 100m, result.Actual!.Value);
        Assert.True(result.Actual.RolledUp);
    }

    [Fact]
    public void A_district_and_its_closed_province_are_not_counted_twice_in_the_successor()
    {
        Observation[] data = [Obs("CNT", 2025, value: 5, unit: "C1")];

        var result = PlanEvaluator.Evaluate(Small(), data, new AdministrativeHierarchy(Units.List, Merger), new EvaluationOptions { Year = 2025, UnitCode = "Q" }).Results.Single(r => r.Indicator.Id == "CNT");

        Assert.Equal(5m, result.Actual!.Value);
    }

    [Theory]
    [InlineData(2025, 2, 28, "Sở A", null)]
    [InlineData(2025, 3, 1, "Sở B", "Sở A")]
    [InlineData(2026, 1, 1, "Sở B tỉnh Hợp Nhất", "Sở A")]
    public void An_agency_is_followed_through_its_successors_up_to_a_date(int y, int m, int d, string name, string? original)
    {
        var now = Merger.AgencyOn(Small(), "so-a", new LocalDate(y, m, d));

        Assert.Equal((name, original), (now.Name, now.Original));
    }

    [Fact]
    public void An_agencys_duties_end_on_the_first_change_without_successor_along_its_successions()
    {
        var changes = ChangesFile.Parse("""
            { "format": "childplan.changes/1", "agencies": [
              { "plans": ["small"], "agency": "so-a", "effective": "2025-03-01", "successor": "Phòng B", "basis": "NĐ 1/2025", "confirmed": false },
              { "plans": ["small"], "agency": "so-a", "effective": "2025-07-01", "basis": "Luật 2025" } ] }
            """);

        Assert.Equal(new LocalDate(2025, 7, 1), changes.AgencyEnd(Small(), "so-a"));
        Assert.Null(Merger.AgencyEnd(Small(), "so-a"));
        var before = changes.AgencyOn(Small(), "so-a", new LocalDate(2025, 6, 30));
        Assert.Equal(("Phòng B", false, new LocalDate(2025, 3, 1)), (before.Name, before.Confirmed, before.Since!.Value));
        Assert.True(changes.AgencyOn(Small(), "so-a", new LocalDate(2025, 7, 1)).Ended);
    }

    [Fact]
    public void Units_and_agencies_carry_validity_intervals_from_the_changes()
    {
        var units = Merger.Apply(Units.List);

        Assert.Equal(new LocalDate(2025, 6, 30), units.Single(u => u.Code == "P").ValidTo);
        Assert.Equal(new LocalDate(2025, 7, 1), units.Single(u => u.Code == "Q").ValidFrom);
        Assert.True(units.Single(u => u.Code == "P").IsValidOn(new LocalDate(2025, 6, 30)));
        Assert.False(units.Single(u => u.Code == "P").IsValidOn(new LocalDate(2025, 7, 1)));
        Assert.Null(units.Single(u => u.Code == "D2").ValidTo);
        Assert.Equal(new LocalDate(2025, 2, 28), Merger.AgencyValidTo(Small(), "so-a"));
        Assert.Null(Merger.AgencyValidTo(Small(), "ubnd"));
    }

    [Fact]
    public void A_successor_keeping_an_old_code_is_the_same_unit_only_when_formed_from_that_code_alone_with_its_level_and_parent()
    {
        var july = new LocalDate(2025, 7, 1);
        UnitChange Change(AdministrativeUnit successor, params string[] from) =>
            new() { From = [.. from.Select(c => new UnitContribution(c, UnitShare.Full))], Effective = july, Successor = successor, Basis = "NQ 1/2025" };
        var changes = new AdministrativeChanges
        {
            Units =
            [
                Change(new AdministrativeUnit("C1", "Xã Một", AdministrativeLevel.Commune, "P"), "C1", "C2"), // formed from two: new
                Change(new AdministrativeUnit("D2", "Huyện Hai", AdministrativeLevel.District, "P"), "D2"), // from itself alone: goes on
            ],
        };

        var units = changes.Apply(Units.List);

        var c1 = units.Where(u => u.Code == "C1").ToList();
        Assert.Equal(2, c1.Count);
        Assert.Equal(("D1", (LocalDate?)july.PlusDays(-1)), (c1[0].ParentCode, c1[0].ValidTo));
        Assert.Equal(("P", (LocalDate?)july), (c1[1].ParentCode, c1[1].ValidFrom));
        var d2 = Assert.Single(units, u => u.Code == "D2");
        Assert.Null(d2.ValidTo);
    }

    [Fact]
    public void A_units_file_may_give_validity_intervals()
    {
        var units = AdministrativeUnitFile.Read(new StringReader("code,name,level,parent,valid_from,valid_to\n30,Tỉnh Hải Dương,province,,,2025-06-30\n31,Thành phố Hải Phòng,province,,,\n"), "units.csv");

        Assert.Equal(new LocalDate(2025, 6, 30), units[0].ValidTo);
        Assert.Null(units[1].ValidTo);
        Assert.Contains("valid_to '30/6/2025' is not a date", Assert.Throws<ChildPlanInputException>(() => AdministrativeUnitFile.Read(new StringReader("code,name,level,parent,valid_to\n30,A,province,,30/6/2025\n"), "units.csv")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_only_applies_to_the_plans_it_names_and_plans_are_never_rewritten()
    {
        var plan = Small();

        Assert.Null(Merger.AgencyOn(plan, "ubnd", new LocalDate(2026, 1, 1)).Original);
        Assert.Equal("Sở A", plan.FindAgency("so-a")!.Name);
    }

    [Fact]
    public void A_unit_is_followed_through_renames_and_mergers()
    {
        Assert.Equal("Q", Merger.UnitOn("P", new LocalDate(2025, 7, 1))!.Successor.Code);
        Assert.Null(Merger.UnitOn("P", new LocalDate(2025, 6, 30)));
        Assert.Equal("Q", Merger.UnitOn("D1", new LocalDate(2026, 1, 1))!.Successor.Code);
    }

    [Theory]
    [InlineData("""{ "format": "childplan.changes/1", "units": [ { "code": "30", "effective": "01/07/2025", "successor": { "code": "31", "name": "Hải Phòng", "level": "province" }, "basis": "NQ" } ] }""", "changes.json: $.units[0].effective: '01/07/2025' is not a date")]
    [InlineData("""{ "format": "childplan.changes/1", "agencies": [ { "plans": [], "agency": "x", "effective": "2025-03-01", "basis": "NĐ" } ] }""", "changes.json: $.agencies[0].plans: expected a non-empty array")]
    [InlineData("""{ "format": "childplan.changes/1", "units": [ { "code": "30", "effective": "2025-07-01", "basis": "NQ" } ] }""", "changes.json: $.units[0].successor: is required")]
    public void A_bad_changes_file_is_rejected_with_the_json_path(string json, string expected)
    {
        var e = Assert.Throws<ChildPlanInputException>(() => ChangesFile.Parse(json));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    private static ProfileData ProfileFor(string id)
    {
        ChildPlan.Profiles.IChildPlanProfile profile = id switch
        {
            "dien-bien" => new ChildPlan.Profiles.DienBien.DienBienProfile(),
            "thua-thien-hue" => new ChildPlan.Profiles.ThuaThienHue.ThuaThienHueProfile(),
            "hai-duong" => new ChildPlan.Profiles.HaiDuong.HaiDuongProfile(),
            _ => new ChildPlan.Profiles.TayNinh.TayNinhProfile(),
        };
        return new(profile.Plans, profile.Changes);
    }

    private sealed record ProfileData(IReadOnlyList<Plan> Plans, AdministrativeChanges Changes);

    // One sample per profile of the 2025 agency changes: the successor in office on the date, since when, on what basis,
    // and whether the instrument's clause was read (none of these was: each is recorded unconfirmed, its note says why).
    [Theory]
    [InlineData("dien-bien", "ctht-2021-2030", "so-tttt", "2025-04-01", "Sở Khoa học và Công nghệ", "2025-03-01", "Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ")]
    [InlineData("dien-bien", "tuan-giao-2021-2025", "cong-an-huyen", "2025-04-01", "Công an tỉnh Điện Biên", "2025-03-01", "Quyết định của Bộ trưởng Bộ Công an về giải thể Công an huyện, thị xã, thành phố")]
    [InlineData("dien-bien", "tuan-giao-2021-2025", "phong-vhtt", "2025-04-01", "Phòng Văn hóa, Khoa học và Thông tin", "2025-03-01", "Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ")]
    [InlineData("dien-bien", "tuan-giao-2021-2025", "phong-dan-toc", "2025-04-01", "Phòng Dân tộc và Tôn giáo", "2025-03-01", "Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ")]
    [InlineData("thua-thien-hue", "kh-208-2021", "cong-an-tinh", "2025-01-01", "Công an thành phố Huế", "2025-01-01", "Nghị quyết số 175/2024/QH15 ngày 30/11/2024 của Quốc hội về thành lập thành phố Huế trực thuộc trung ương")]
    [InlineData("thua-thien-hue", "kh-208-2021", "so-khdt", "2025-04-01", "Sở Tài chính", "2025-03-01", "Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ")]
    [InlineData("thua-thien-hue", "kh-208-2021", "so-tnmt", "2025-04-01", "Sở Nông nghiệp và Môi trường", "2025-03-01", "Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ")]
    [InlineData("thua-thien-hue", "kh-208-2021", "ubnd-huyen", "2025-01-01", "Ủy ban nhân dân các quận, thị xã và huyện thuộc thành phố Huế", "2025-01-01", "Nghị quyết số 1314/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã của thành phố Huế giai đoạn 2023 - 2025")]
    [InlineData("hai-duong", "kh-ct18", "so-tttt", "2025-04-01", "Sở Khoa học và Công nghệ", "2025-03-01", "Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ")]
    [InlineData("hai-duong", "kh-ct18", "so-tttt", "2025-07-01", "Sở Khoa học và Công nghệ thành phố Hải Phòng", "2025-07-01", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh")]
    [InlineData("hai-duong", "kh-ct18", "cong-an-tinh", "2025-07-01", "Công an thành phố Hải Phòng", "2025-07-01", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh")]
    [InlineData("hai-duong", "kh-ct18", "so-gddt", "2025-07-01", "Sở Giáo dục và Đào tạo thành phố Hải Phòng", "2025-07-01", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh")]
    [InlineData("tay-ninh", "kh-2023", "cong-an-thanh-pho", "2025-08-01", "Công an tỉnh Tây Ninh", "2025-03-01", "Quyết định của Bộ trưởng Bộ Công an về giải thể Công an huyện, thị xã, thành phố")]
    [InlineData("tay-ninh", "kh-2023", "phong-vhtt", "2025-04-01", "Phòng Văn hóa, Khoa học và Thông tin thành phố Tây Ninh", "2025-03-01", "Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ")]
    public void A_2025_agency_change_names_the_successor_in_office_with_its_date_and_basis_unconfirmed(string profile, string planId, string agency, string date, string successor, string since, string basis)
    {
        var (plans, changes) = ProfileFor(profile);
        var plan = plans.Single(p => p.Id == planId);
        var day = LocalDatePattern.Iso.Parse(date).Value;

        var now = changes.AgencyOn(plan, agency, day);
        var before = changes.AgencyOn(plan, agency, LocalDatePattern.Iso.Parse(since).Value.PlusDays(-1));

        Assert.Equal((successor, plan.FindAgency(agency)!.Name, since, basis, false, false), (now.Name, now.Original, now.Since!.Value.ToString("yyyy-MM-dd", null), now.Basis, now.Confirmed, now.Ended));
        Assert.NotEqual(successor, before.Name);
    }

    [Theory]
    [InlineData("dien-bien", "tuan-giao-2021-2025", "mttq-doan-the", "2025-07-01")]
    [InlineData("dien-bien", "tuan-giao-2021-2025", "doan-thanh-nien", "2025-07-01")]
    [InlineData("dien-bien", "tuan-giao-2021-2025", "phong-vhtt", "2025-07-01")]
    [InlineData("dien-bien", "tuan-giao-2021-2025", "phong-dan-toc", "2025-07-01")]
    [InlineData("tay-ninh", "kh-2023", "mttq-doan-the", "2025-07-01")]
    [InlineData("tay-ninh", "kh-2023", "phong-vhtt", "2025-07-01")]
    [InlineData("thua-thien-hue", "kh-208-2021", "ubnd-huyen", "2025-07-01")]
    public void A_district_body_renamed_in_2025_still_ends_with_the_district_level(string profile, string planId, string agency, string end)
    {
        var (plans, changes) = ProfileFor(profile);
        var plan = plans.Single(p => p.Id == planId);

        Assert.Equal(end, changes.AgencyEnd(plan, agency)!.Value.ToString("yyyy-MM-dd", null));
    }

    [Theory]
    [InlineData("dien-bien")]
    [InlineData("thua-thien-hue")]
    [InlineData("hai-duong")]
    [InlineData("tay-ninh")]
    public void Every_agency_change_names_agencies_of_its_plans_and_says_what_is_unverified_when_unconfirmed(string profile)
    {
        var (plans, changes) = ProfileFor(profile);

        Assert.All(changes.Agencies, c => Assert.All(c.PlanIds, id =>
        {
            var plan = plans.Single(p => p.Id == id);
            Assert.NotNull(plan.FindAgency(c.AgencyId));
            Assert.True(c.SuccessorId is null || plan.FindAgency(c.SuccessorId) is not null, $"{c.AgencyId} → {c.SuccessorId} in {id}");
        }));
        Assert.All(changes.Agencies.Where(c => !c.Confirmed), c => Assert.Contains("Chưa xác minh", c.Note, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_seed_profile_records_the_2025_changes_with_their_legal_basis()
    {
        var dienBien = new ChildPlan.Profiles.DienBien.DienBienProfile().Changes;
        var hue = new ChildPlan.Profiles.ThuaThienHue.ThuaThienHueProfile().Changes;
        var haiDuong = new ChildPlan.Profiles.HaiDuong.HaiDuongProfile().Changes;
        var tayNinh = new ChildPlan.Profiles.TayNinh.TayNinhProfile().Changes;

        Assert.Equal(("11", new LocalDate(2025, 7, 1)), (dienBien.UnitOn("099", new LocalDate(2026, 1, 1))!.Successor.Code, dienBien.Units[0].Effective));
        Assert.Equal(("46", "Thành phố Huế", "Nghị quyết 175/2024/QH15"), (hue.Units[0].Successor.Code, hue.Units[0].Successor.Name, hue.Units[0].Basis));
        Assert.Equal(("31", "Nghị quyết 202/2025/QH15"), (haiDuong.Units[0].Successor.Code, haiDuong.Units[0].Basis));
        Assert.Equal("80", tayNinh.UnitOn("72", new LocalDate(2025, 7, 1))!.Successor.Code);
        Assert.Equal("80", tayNinh.UnitOn("703", new LocalDate(2025, 7, 1))!.Successor.Code);
        Assert.All([dienBien, hue, haiDuong, tayNinh], c => Assert.Contains(c.Agencies, a => a.AgencyId == "so-ldtbxh" && a.Effective == new LocalDate(2025, 3, 1) && a.SuccessorName == "Sở Y tế" && a.Basis == "Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ" && !a.Confirmed));
        Assert.DoesNotContain([dienBien, tayNinh], c => c.Agencies.Any(a => a.AgencyId == "phong-ldtbxh" && a.SuccessorName is { } s && s.StartsWith("Phòng Nội vụ", StringComparison.Ordinal)));
        Assert.All([dienBien, hue, haiDuong, tayNinh], c => Assert.Contains(c.Agencies, a => a.SuccessorName is null && a.Effective == new LocalDate(2025, 7, 1) && a.Basis == "Luật Tổ chức chính quyền địa phương số 72/2025/QH15" && a.Confirmed));
    }
}
