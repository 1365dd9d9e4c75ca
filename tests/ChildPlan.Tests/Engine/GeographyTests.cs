using ChildPlan.Formats;
using ChildPlan.Indicators;
using ChildPlan.Profiles.DienBien;
using ChildPlan.Profiles.HaiDuong;
using ChildPlan.Reporting.Localization;
using NodaTime;
using static ChildPlan.Tests.TestPlans;

namespace ChildPlan.Tests.Engine;

/// <summary>
/// Codes resolve in time: a row's code is the unit that held it in the row's year, and results can be shown on the map
/// of another date. Units and changes are the profiles' own, from the admin-units reference (units-2025-03-01.csv,
/// units-2025-07-01.csv, communes-2025-07-01-from.csv) and Nghị quyết 1661/NQ-UBTVQH15, 1669/NQ-UBTVQH15.
/// </summary>
public sealed class GeographyTests
{
    private static readonly DienBienProfile DienBien = new();
    private static readonly HaiDuongProfile HaiDuong = new();
    private static readonly LocalDate NewMap = new(2025, 7, 1);

    private static Plan Programme => DienBien.Plans.Single(p => p.Id == "ctht-2021-2030");

    private static AdministrativeHierarchy DienBienMap => new(DienBien.Units, DienBien.Changes);

    // Khoản 44 Điều 1 Nghị quyết 1661/NQ-UBTVQH15: phường Him Lam (03127), Thanh Bình (03130), Tân Thanh (03133),
    // Mường Thanh (03136), Thanh Trường (03142) and xã Thanh Minh (03145) form the new phường Điện Biên Phủ (03127).
    private static readonly (string Code, decimal Deaths, decimal Births)[] DienBienPhu =
    [
        ("03127", 2, 310), ("03130", 1, 220), ("03133", 3, 405), ("03136", 0, 515), ("03142", 4, 180), ("03145", 5, 95),
    ];

    private static Observation[] InfantDeaths(int year, IEnumerable<(string Code, decimal Deaths, decimal Births)> rows) =>
        [.. rows.Select((r, i) => Obs("CT3", year, numerator: r.Deaths, denominator: r.Births, unit: r.Code, line: i + 2))];

    private static IndicatorResult Evaluate(Plan plan, IReadOnlyCollection<Observation> data, AdministrativeHierarchy map, string? unit, int year, LocalDate? geography, string indicator = "CT3") =>
        PlanEvaluator.Evaluate(plan, data, map, new EvaluationOptions { Year = year, UnitCode = unit, Geography = geography })
            .Results.Single(r => r.Indicator.Id == indicator);

    [Fact]
    public void Data_of_2024_for_the_six_old_communes_of_Phuong_Dien_Bien_Phu_carry_onto_the_2025_07_01_map_as_the_summed_rate()
    {
        var result = Evaluate(Programme, InfantDeaths(2024, DienBienPhu), DienBienMap, "03127", 2024, NewMap);

        Assert.Equal("Phường Điện Biên Phủ", result.Unit!.Name);
        Assert.Equal(15m / 1725m * 1000m, result.Actual!.Value);
        Assert.Equal((15m, 1725m), (result.Actual.Numerator, result.Actual.Denominator));
        Assert.True(result.Actual.CarriedOver);
        Assert.Equal(new UnitCoverage(6, 6), result.Actual.Coverage);
        Assert.Null(result.Reason);
        Assert.EndsWith(" (chuyển từ 6/6 đơn vị cũ)", ResultText.Actual(result), StringComparison.Ordinal);
    }

    [Fact]
    public void On_its_own_map_code_03127_in_2024_is_Phuong_Him_Lam_alone()
    {
        var result = Evaluate(Programme, InfantDeaths(2024, DienBienPhu), DienBienMap, "03127", 2024, geography: null);

        Assert.Equal("Phường Him Lam", result.Unit!.Name);
        Assert.Equal(new LocalDate(2024, 12, 31), result.Geography);
        Assert.Equal(2m / 310m * 1000m, result.Actual!.Value);
        Assert.False(result.Actual.RolledUp);
    }

    [Fact]
    public void A_code_reused_in_2025_is_the_new_commune_in_a_2026_row_and_a_code_that_ended_is_refused_in_2026()
    {
        var map = DienBienMap;
        var data = InfantDeaths(2026, [("03127", 9, 1700)]);

        var result = Evaluate(Programme, data, map, "03127", 2026, geography: null);

        Assert.Equal("Phường Điện Biên Phủ", result.Unit!.Name);
        Assert.Equal(9m / 1700m * 1000m, result.Actual!.Value);
        Assert.Equal("Phường Him Lam", map.InYear("03127", 2025 - 1)!.Name);
        Assert.Equal("Phường Điện Biên Phủ", map.InYear("03127", 2025)!.Name);
        Assert.Equal("Huyện Tuần Giáo", map.InYear("099", 2025)!.Name); // ended on 30/6/2025: still the 2025 row's unit
        var problem = Assert.Single(ObservationValidator.Validate(Programme, InfantDeaths(2026, [("03130", 1, 200)]), map));
        Assert.Equal("data.csv:2: administrative unit '03130' (Phường Thanh Bình) does not exist in 2026; a code is read as the unit holding it in the row's year.", problem.ToString());
    }

    [Fact]
    public void A_new_commune_formed_with_part_of_a_split_commune_has_no_value_and_the_reason_names_the_split_commune()
    {
        // Khoản 26 Điều 1 Nghị quyết 1669/NQ-UBTVQH15: phường Lê Thanh Nghị (10532) from Tân Bình, Thanh Bình, Lê Thanh
        // Nghị and part of phường Trần Phú (10528), which was split (part of it went into phường Tân Hưng, khoản 30).
        var map = new AdministrativeHierarchy(HaiDuong.Units, HaiDuong.Changes);
        Observation[] data =
        [
            Obs("PCT", 2024, numerator: 10, denominator: 100, unit: "10528"),
            Obs("PCT", 2024, numerator: 20, denominator: 100, unit: "10531", line: 3),
            Obs("PCT", 2024, numerator: 30, denominator: 100, unit: "10532", line: 4),
            Obs("PCT", 2024, numerator: 40, denominator: 100, unit: "10534", line: 5),
        ];

        var result = Evaluate(Small(), data, map, "10532", 2024, NewMap, "PCT");

        Assert.Null(result.Actual);
        Assert.Equal(AchievementStatus.NoData, result.Status);
        Assert.Equal(NoValueReasonKind.SplitPredecessor, result.Reason!.Kind);
        Assert.Equal("Phường Lê Thanh Nghị", result.Reason.Unit.Name);
        Assert.Equal(["10528"], result.Reason.Blocking.Select(u => u.Code));
        Assert.Equal(
            "Phường Lê Thanh Nghị (10532) được hình thành có một phần của Phường Trần Phú (10528), đơn vị bị chia tách cho nhiều đơn vị mới: không chuyển được số liệu năm 2024 sang bản đồ ngày 01/07/2025.",
            ResultText.Reason(result));
        // On its own map the old code is the old commune, whose own figure stands.
        Assert.Equal(30m, Evaluate(Small(), data, map, "10532", 2024, geography: null, "PCT").Actual!.Value);
    }

    [Fact]
    public void The_province_rolls_up_on_either_map_and_says_how_many_units_it_covers()
    {
        var map = DienBienMap;
        var data = InfantDeaths(2024, [("094", 10, 1000), ("099", 20, 1000)]);

        var own = Evaluate(Programme, data, map, unit: null, 2024, geography: null);
        var onNewMap = Evaluate(Programme, data, map, unit: null, 2024, NewMap);

        Assert.Equal(15m, own.Actual!.Value);
        Assert.Equal(new UnitCoverage(2, 10), own.Actual.Coverage); // 2 of Điện Biên's 10 districts in 2024
        Assert.Equal((15m, new UnitCoverage(2, 10)), (onNewMap.Actual!.Value, onNewMap.Actual.Coverage)); // the province existed in 2024
        var communes = Evaluate(Programme, InfantDeaths(2026, [("03127", 1, 100), ("03151", 2, 100), ("03158", 3, 100)]), map, unit: null, 2026, geography: null);
        Assert.Equal((20m, new UnitCoverage(3, 45)), (communes.Actual!.Value, communes.Actual.Coverage)); // 3 of 45 communes
        Assert.EndsWith(" (tổng hợp 3/45 đơn vị)", ResultText.Actual(communes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_shown_on_an_older_map_has_no_value_for_a_unit_that_had_ended()
    {
        var result = Evaluate(Programme, InfantDeaths(2026, [("03127", 9, 1700)]), DienBienMap, "03127", 2026, new LocalDate(2025, 3, 1));

        Assert.Null(result.Actual);
        Assert.Equal((NoValueReasonKind.EndedBefore, "Phường Him Lam"), (result.Reason!.Kind, result.Reason.Unit.Name));
    }

    [Fact]
    public void A_district_that_ended_into_its_province_is_not_on_a_later_map_and_the_reason_names_it()
    {
        var data = InfantDeaths(2024, [("094", 20, 1000), ("099", 20, 1000)]);

        var result = Evaluate(Programme, data, DienBienMap, "094", 2024, NewMap);

        Assert.Null(result.Actual);
        Assert.Null(result.Unit);
        Assert.Equal((NoValueReasonKind.NotOnMap, "094"), (result.Reason!.Kind, result.Reason.Unit.Code));
        Assert.Equal("Thành phố Điện Biên Phủ (094) không có trên bản đồ hành chính ngày 01/07/2025.", ResultText.Reason(result));
        Assert.Equal(20m, Evaluate(Programme, data, DienBienMap, "094", 2024, geography: null).Actual!.Value); // on its own map
    }

    // Luật Tổ chức chính quyền địa phương số 72/2025/QH15: the districts end on 2025-07-01 and Nghị quyết 1661/NQ-UBTVQH15
    // khoản 44 Điều 1 forms the new phường Điện Biên Phủ (03127) from phường Thanh Bình (03130) and others of district 094.
    [Theory]
    [InlineData("094")]
    [InlineData("03130")]
    public void A_year_given_both_for_an_old_unit_that_ended_in_it_and_a_new_commune_over_its_area_is_refused_naming_both_rows(string old)
    {
        Observation[] data =
        [
            Obs("CT9", 2025, numerator: 90, denominator: 100, unit: old, line: 2),
            Obs("CT9", 2025, numerator: 45, denominator: 50, unit: "03127", line: 3),
        ];

        var problem = Assert.Single(ObservationValidator.Validate(Programme, data, DienBienMap));
        var e = Assert.Throws<ChildPlanInputException>(() => PlanEvaluator.Evaluate(Programme, data, DienBienMap, new EvaluationOptions { Year = 2025 }));

        Assert.Equal("data.csv:2", problem.Where);
        Assert.Contains($"'{old}'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("ended on 2025-06-30, and at data.csv:3 for '03127' (Phường Điện Biên Phủ)", problem.Message, StringComparison.Ordinal);
        Assert.Contains("give the year's data on one map", problem.Message, StringComparison.Ordinal);
        Assert.Contains("data.csv:3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_province_roll_up_in_2025_counts_the_communes_on_the_map_and_only_the_ended_districts_that_report()
    {
        // 099 (Tuần Giáo) ended on 2025-06-30 and its area is not under 03127 or 03151: the rows do not overlap.
        var data = InfantDeaths(2025, [("099", 20, 1000), ("03127", 1, 100), ("03151", 2, 100)]);

        var result = Evaluate(Programme, data, DienBienMap, unit: null, 2025, geography: null);

        Assert.Equal(new UnitCoverage(3, 46), result.Actual!.Coverage); // 45 communes on the map + the 1 district that reports
        Assert.Equal((23m, 1200m), (result.Actual.Numerator, result.Actual.Denominator));
        var communes = Evaluate(Programme, InfantDeaths(2025, [("03127", 1, 100)]), DienBienMap, unit: null, 2025, geography: null);
        Assert.EndsWith(" (tổng hợp 1/45 đơn vị)", ResultText.Actual(communes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_given_only_as_a_value_leaves_roll_ups_and_carry_overs_above_it_without_value_and_names_the_commune()
    {
        Observation[] data =
        [
            Obs("CT9", 2024, value: 90, unit: "03127", line: 2),
            Obs("CT9", 2024, numerator: 45, denominator: 50, unit: "03130", line: 3),
        ];

        var province = Evaluate(Programme, data, DienBienMap, unit: null, 2024, geography: null, "CT9");
        var district = Evaluate(Programme, data, DienBienMap, "094", 2024, geography: null, "CT9");
        var carried = Evaluate(Programme, data, DienBienMap, "03127", 2024, NewMap, "CT9");

        foreach (var result in new[] { province, district, carried })
        {
            Assert.Null(result.Actual);
            Assert.Equal(NoValueReasonKind.RateWithoutCounts, result.Reason!.Kind);
            Assert.Equal(("03127", "Phường Him Lam"), (Assert.Single(result.Reason.Blocking).Code, result.Reason.Blocking[0].Name));
        }

        Assert.Equal("Phường Him Lam (03127) chỉ báo cáo tỷ lệ, không có tử số và mẫu số: không tổng hợp được.", ResultText.Reason(province));
    }

    // admin-units reference units-2025-03-01.csv (the profile's rows without valid_from) and Nghị quyết 1661/NQ-UBTVQH15
    // khoản 1 Điều 1: xã Nậm Vì (03161), Chung Chải (03157) and Mường Nhé (03160) form the new xã Mường Nhé (03160).
    [Fact]
    public void A_units_file_of_the_2025_03_01_map_with_the_changes_builds_the_45_new_communes_each_a_new_unit_under_the_province()
    {
        var march = DienBien.Units.Where(u => u.ValidFrom is null).Select(u => u with { ValidTo = null }).ToList();

        var map = new AdministrativeHierarchy(march, DienBien.Changes);

        Assert.Equal(45, map.UnitsOn(NewMap).Count(u => u.Level == AdministrativeLevel.Commune));
        Assert.DoesNotContain(map.UnitsOn(NewMap), u => u.Level == AdministrativeLevel.District);
        var old = map.Find("03160", NewMap.PlusDays(-1))!;
        var formed = map.Find("03160", NewMap)!;
        Assert.Equal(("096", (LocalDate?)NewMap.PlusDays(-1)), (old.ParentCode, old.ValidTo));
        Assert.Equal(("11", (LocalDate?)NewMap), (formed.ParentCode, formed.ValidFrom));
        Assert.Equal(["03157", "03160", "03161"], map.PredecessorsOf(formed).Select(p => p.Unit.Code).Order());
        var carried = Evaluate(Programme, InfantDeaths(2024, [("03157", 1, 100), ("03160", 2, 100), ("03161", 3, 100)]), map, "03160", 2024, NewMap);
        Assert.Equal((6m, 300m, new UnitCoverage(3, 3)), (carried.Actual!.Numerator, carried.Actual.Denominator, carried.Actual.Coverage));
    }

    // units-2025-07-01.csv: Thành phố Hải Phòng (31) formed_from 30;31 (Nghị quyết 202/2025/QH15).
    [Fact]
    public void Hai_Duong_in_2024_on_the_2025_07_01_map_is_Hai_Phong_carried_from_the_two_old_provinces_of_which_one_reports()
    {
        var map = new AdministrativeHierarchy(HaiDuong.Units, HaiDuong.Changes);
        Observation[] data = [Obs("PCT", 2024, numerator: 30, denominator: 40, unit: "288")];

        var result = Evaluate(Small(), data, map, "30", 2024, NewMap, "PCT");

        Assert.Equal(("31", "Thành phố Hải Phòng"), (result.UnitCode, result.Unit!.Name));
        Assert.Equal(75m, result.Actual!.Value);
        Assert.True(result.Actual.CarriedOver);
        Assert.Equal(new UnitCoverage(1, 2), result.Actual.Coverage);
        Assert.Equal(new UnitCoverage(1, 12), Evaluate(Small(), data, map, "30", 2024, geography: null, "PCT").Actual!.Coverage);
    }

    [Fact]
    public void Rows_repeating_the_same_communes_count_each_commune_once_in_the_roll_up()
    {
        // How long a roll-up takes is measured in benchmarks/ (Evaluation), never here.
        var map = DienBienMap;
        var communes = map.UnitsOn(new LocalDate(2024, 12, 31)).Where(u => u.Level == AdministrativeLevel.Commune).Select(u => u.Code).ToArray();
        var rows = Enumerable.Range(0, 100_000).Select(i => new Observation { IndicatorId = "CT3", Year = 2021 + (i % 4), UnitCode = communes[i % communes.Length], Numerator = 1 + (i / (communes.Length * 4)), Denominator = 100 }).ToList();
        var last = rows.GroupBy(o => (o.UnitCode, o.Year)).Select(g => g.Last()).Where(o => o.Year == 2024).ToList();

        var resolver = new ActualResolver(Programme, rows, map);
        var province = resolver.Resolve(Programme.FindIndicator("CT3")!, Programme.FindIndicator("CT3")!.Measures[0], "11", 2024);

        Assert.Equal(new UnitCoverage(10, 10), province!.Coverage); // the ten districts, each with all its communes
        var measure = Programme.FindIndicator("CT3")!.Measures[0];
        Assert.Equal(Rates.Compute(measure.Unit, last.Sum(o => o.Numerator!.Value), last.Sum(o => o.Denominator!.Value)), province.Value);
    }
}
