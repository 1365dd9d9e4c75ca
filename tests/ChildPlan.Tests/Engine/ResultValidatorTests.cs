using ChildPlan.Indicators;
using ChildPlan.Profiles.DienBien;
using ChildPlan.Profiles.HaiDuong;
using ChildPlan.Profiles.TayNinh;
using NodaTime;

namespace ChildPlan.Tests.Engine;

/// <summary>
/// Results are checked against the plan with <see cref="ResultReporters"/>' rule: who reports, what each answers for, in which
/// years and periods; every problem at the result's location.
/// </summary>
public sealed class ResultValidatorTests
{
    private static readonly HaiDuongProfile HaiDuong = new();
    private static readonly TayNinhProfile TayNinh = new();

    private static Plan HaiDuongPlan => HaiDuong.Plans.Single();

    private static AdministrativeHierarchy HaiDuongUnits => new(HaiDuong.Units, HaiDuong.Changes);

    private static AgencyResult Result(string reporter, string item, int line, ReportingPeriod? period = null, string file = "results.csv")
    {
        Assert.True(ResultItem.TryParse(item, out var parsed, out _));
        return new AgencyResult
        {
            Reporter = reporter,
            Item = parsed!,
            Period = period ?? ReportingPeriod.WholeYear(2019),
            Status = ResultStatus.Completed,
            Text = "Đã thực hiện",
            Location = new InputLocation(file, line),
        };
    }

    private static List<string> Problems(Plan plan, AdministrativeHierarchy hierarchy, params AgencyResult[] results)
    {
        var problems = new InputProblemCollector();
        ResultValidator.Validate(plan, results, hierarchy, problems);
        return problems.Problems.Select(p => p.ToString()).ToList();
    }

    private static List<string> Problems(params AgencyResult[] results) => Problems(HaiDuongPlan, HaiDuongUnits, results);

    [Fact]
    public void Agencies_report_their_duties_and_the_plans_tasks_and_districts_the_duties_of_the_district_committees()
    {
        Assert.Empty(Problems(
            Result("so-gddt", "so-gddt#3", 2),
            Result("so-gddt", "HD1", 3),
            Result("mttq-tinh", "GP4", 4),
            Result("288", "ubnd-huyen#5", 5),
            Result("300", "HD8", 6, ReportingPeriod.FirstHalf(2019))));
    }

    [Fact]
    public void An_unknown_reporter_is_refused_with_a_few_of_the_reporters_the_plan_expects()
    {
        Assert.Equal(
            ["results.csv:2: unknown agency or unit 'so-xyz' in plan 'kh-ct18'; the reporters of year 2019 are so-ldtbxh, cong-an-tinh, so-gddt, so-y-te, so-vhttdl, so-tttt and 14 more (an agency id, or the code of a unit whose People's Committee reports)."],
            Problems(Result("so-xyz", "HD1", 2)));
    }

    [Fact]
    public void A_commune_of_another_district_does_not_report_on_a_city_plan()
    {
        var plan = TayNinh.Plans.Single();

        Assert.Equal(
            ["results.csv:2: administrative unit '25489' (Xã Tân Lập) is not in the plan's area '703' (Thành phố Tây Ninh); the reporters of year 2023 are phong-ldtbxh, phong-tu-phap, cong-an-thanh-pho, phong-gddt, trung-tam-y-te, trung-tam-vhttt and 13 more (an agency id, or the code of a unit whose People's Committee reports)."],
            Problems(plan, new AdministrativeHierarchy(TayNinh.Units, TayNinh.Changes), Result("25489", "ubnd-xa#1", 2, ReportingPeriod.WholeYear(2023))));
    }

    [Fact]
    public void A_unit_at_a_level_without_a_peoples_committee_in_the_plan_is_refused()
    {
        var problem = Assert.Single(Problems(Result("10507", "HD1", 2)));

        Assert.StartsWith("results.csv:2: administrative unit '10507' (", problem, StringComparison.Ordinal);
        Assert.Contains(") is a commune, and plan 'kh-ct18' has no People's Committee agency at that level to answer for; the reporters of year 2019 are", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_that_does_not_exist_in_the_period_is_refused()
    {
        var later = new AdministrativeUnit("999", "Huyện Mới", AdministrativeLevel.District, "30") { ValidFrom = new LocalDate(2020, 1, 1) };
        var hierarchy = new AdministrativeHierarchy(HaiDuong.Units.Append(later), HaiDuong.Changes);

        var problem = Assert.Single(Problems(HaiDuongPlan, hierarchy, Result("999", "ubnd-huyen#1", 2)));

        Assert.StartsWith("results.csv:2: administrative unit '999' (Huyện Mới) does not exist in year 2019; the reporters of year 2019 are", problem, StringComparison.Ordinal);
        Assert.Empty(Problems(HaiDuongPlan, hierarchy, Result("999", "ubnd-huyen#1", 2, ReportingPeriod.WholeYear(2020))));
    }

    [Fact]
    public void A_year_outside_the_plan_is_refused()
    {
        Assert.Equal(["results.csv:2: year 2021 is outside the plan's years 2017–2020."], Problems(Result("so-gddt", "HD1", 2, ReportingPeriod.WholeYear(2021))));
    }

    [Fact]
    public void A_first_half_result_is_refused_when_the_plan_asks_yearly_reports_only()
    {
        var profile = new DienBienProfile();
        var plan = profile.Plans.Single(p => p.Id == "ctht-2021-2030");

        Assert.Equal(
            ["results.csv:2: period H1: plan 'ctht-2021-2030' asks yearly reports only (its reporting regime has no six-monthly report); give the result for the year."],
            Problems(plan, new AdministrativeHierarchy(profile.Units, profile.Changes), Result("so-ldtbxh", "so-ldtbxh#1", 2, ReportingPeriod.FirstHalf(2022))));
    }

    [Fact]
    public void An_unknown_task_is_named_with_the_plans_tasks()
    {
        Assert.Equal(
            ["results.csv:2: unknown task 'HD9' in plan 'kh-ct18'; its tasks are HD1, HD2, HD3, HD4, HD5, HD6 and 6 more."],
            Problems(Result("so-gddt", "HD9", 2)));
    }

    [Fact]
    public void A_duty_of_another_agency_names_whose_duty_it_is()
    {
        Assert.Equal(
            [
                "results.csv:2: so-gddt#2 is a duty of Sở Giáo dục và Đào tạo, not of cong-an-tinh (Công an tỉnh); a reporter answers for its own duties (cong-an-tinh#1…) and the plan's tasks.",
                "results.csv:3: so-gddt#1 is a duty of Sở Giáo dục và Đào tạo, not of 288 (Thành phố Hải Dương, answering for ubnd-huyen); a reporter answers for its own duties (ubnd-huyen#1…) and the plan's tasks.",
                "results.csv:4: item 'so-xyz#1': unknown agency 'so-xyz' in plan 'kh-ct18'.",
            ],
            Problems(Result("cong-an-tinh", "so-gddt#2", 2), Result("288", "so-gddt#1", 3), Result("so-gddt", "so-xyz#1", 4)));
    }

    [Fact]
    public void A_duty_number_beyond_the_agencys_duties_says_how_many_it_has()
    {
        Assert.Equal(
            ["results.csv:2: item 'so-gddt#4': so-gddt has 3 duties in the plan.", "results.csv:3: item 'so-tttt#2': so-tttt has 1 duty in the plan."],
            Problems(Result("so-gddt", "so-gddt#4", 2), Result("so-tttt", "so-tttt#2", 3)));
    }

    [Fact]
    public void A_task_assigned_to_other_agencies_is_refused_naming_them()
    {
        var plan = HaiDuongPlan with { Tasks = [HaiDuongPlan.Tasks[0] with { Responsibility = new Responsibility(["so-ldtbxh"], ["so-gddt"]) }, .. HaiDuongPlan.Tasks.Skip(1)] };

        Assert.Equal(
            ["results.csv:3: task HD1 is for so-ldtbxh, so-gddt (lead and support), not for cong-an-tinh (Công an tỉnh)."],
            Problems(plan, HaiDuongUnits, Result("so-gddt", "HD1", 2), Result("cong-an-tinh", "HD1", 3), Result("cong-an-tinh", "HD2", 4)));
    }

    [Fact]
    public void A_result_given_in_two_files_names_both()
    {
        Assert.Equal(
            ["b.csv:5: duplicate result: so-gddt on HD1 for year 2019 is already given at a.csv:2; give each reporter's result on an item once a period."],
            Problems(Result("so-gddt", "HD1", 2, file: "a.csv"), Result("so-gddt", "HD1", 2, ReportingPeriod.FirstHalf(2019), file: "b.csv"), Result("so-gddt", "HD1", 5, file: "b.csv")));
    }

    [Fact]
    public void Results_built_in_code_are_held_to_the_files_rules_for_text_and_quantities()
    {
        var result = Result("so-gddt", "HD1", 2) with { Text = " ", Quantities = [new Quantity(2_000_000_000_000m, "triệu đồng"), new Quantity(1, " ")] };

        Assert.Equal(
            [
                "results.csv:2: the completed result of so-gddt on HD1 says nothing; a completed result says what was done.",
                "results.csv:2: quantity 2000000000000 triệu đồng is not between 0 and 1,000,000,000,000; check the number.",
                "results.csv:2: quantity 1 has no unit; give its unit as the agency writes it.",
            ],
            Problems(result));
    }

    [Fact]
    public void Many_bad_results_give_the_first_hundred_problems_and_a_count()
    {
        var results = Enumerable.Range(2, 200_000).Select(line => Result($"so-xyz-{line}", "HD1", line));
        var problems = new InputProblemCollector();

        ResultValidator.Validate(HaiDuongPlan, results, HaiDuongUnits, problems);

        Assert.Equal(200_000, problems.Count);
        Assert.Equal(ChildPlanInputException.MaxReportedProblems, problems.Problems.Count);
    }

    [Fact]
    public void ThrowIfInvalid_lists_every_problem()
    {
        var e = Assert.Throws<ChildPlanInputException>(() => ResultValidator.ThrowIfInvalid(HaiDuongPlan, [Result("so-xyz", "HD1", 2), Result("so-gddt", "HD9", 3)], HaiDuongUnits));

        Assert.Equal(["results.csv:2", "results.csv:3"], e.Problems.Select(p => p.Where));
    }
}
