using ChildPlan.Indicators;
using ChildPlan.Profiles;
using ChildPlan.Profiles.HaiDuong;
using ChildPlan.Profiles.TayNinh;
using NodaTime;

namespace ChildPlan.Tests.Profiles;

/// <summary>
/// Who reports results on the two activity-only plans (<see cref="ResultReporters.Expected"/>), and the sample results the
/// profiles ship for them: labelled sample, valid against the plan, and shaped to show every case a report writes (a task
/// nobody reported on, agencies and units that did not report, the three statuses, quantities to sum).
/// </summary>
public sealed class SampleResultsTests
{
    private static readonly HaiDuongProfile HaiDuong = new();
    private static readonly TayNinhProfile TayNinh = new();

    private static readonly string[] HaiDuongDistricts = ["288", "290", "291", "292", "293", "294", "295", "296", "297", "298", "299", "300"];

    private static readonly string[] TayNinhWards = ["25456", "25459", "25462", "25465", "25468", "25471", "25474", "25477", "25480", "25483"];

    private static AdministrativeHierarchy UnitsOf(IChildPlanProfile profile) => new(profile.Units, profile.Changes);

    [Fact]
    public void Hai_duong_2019_expects_eight_province_agencies_and_its_twelve_districts_for_the_district_committees()
    {
        var plan = HaiDuong.Plans.Single();

        var year = ResultReporters.Expected(plan, ReportingPeriod.WholeYear(2019), UnitsOf(HaiDuong));

        Assert.Equal(["so-ldtbxh", "cong-an-tinh", "so-gddt", "so-y-te", "so-vhttdl", "so-tttt", .. HaiDuongDistricts, "tand-vksnd-tinh", "mttq-tinh"], year.Select(r => r.Id));
        Assert.All(year.Where(r => r.Unit is not null), r => Assert.Equal(("ubnd-huyen", AdministrativeLevel.District, "bc-nam-huyen"), (r.Agency.Id, r.Unit!.Level, r.Step!.Id)));
        // The standing department's own step is its synthesis to the province, which the plan gives no day; the others report
        // through it by 15/12.
        Assert.Equal(("bc-nam-so-tinh", (LocalDate?)null), (year[0].Step!.Id, year[0].Due));
        Assert.All(year.Skip(1).Where(r => r.Unit is null), r => Assert.Equal("bc-nam-so-nganh", r.Step!.Id));
        Assert.All(year.Skip(1), r => Assert.Equal(new LocalDate(2019, 12, 15), r.Due));
        Assert.Equal(["ubnd-huyen#1", "ubnd-huyen#2", "ubnd-huyen#3", "ubnd-huyen#4", "ubnd-huyen#5", "HD1", "HD2", "HD3", "HD4", "HD5", "HD6", "HD7", "HD8", "GP1", "GP2", "GP3", "GP4"], year.Single(r => r.Id == "295").Items.Select(i => i.ToString()));
        var half = ResultReporters.Expected(plan, ReportingPeriod.FirstHalf(2019), UnitsOf(HaiDuong));
        Assert.Equal(year.Select(r => r.Id), half.Select(r => r.Id));
        Assert.All(half.Skip(1), r => Assert.Equal(new LocalDate(2019, 6, 15), r.Due));
    }

    [Fact]
    public void Tay_ninh_2023_expects_the_citys_offices_and_each_ward_and_commune_of_the_city()
    {
        var plan = TayNinh.Plans.Single();

        var year = ResultReporters.Expected(plan, ReportingPeriod.WholeYear(2023), UnitsOf(TayNinh));

        Assert.Equal(
            ["phong-ldtbxh", "phong-tu-phap", "cong-an-thanh-pho", "phong-gddt", "trung-tam-y-te", "trung-tam-vhttt", "phong-vhtt", "phong-tckh", "mttq-doan-the", .. TayNinhWards],
            year.Select(r => r.Id));
        Assert.All(year.Where(r => r.Unit is not null), r => Assert.Equal(("ubnd-xa", "703"), (r.Agency.Id, r.Unit!.ParentCode)));
        Assert.All(year, r => Assert.Null(r.Due)); // the plan sets no day for its reports
        Assert.Equal(["bc-nam-co-quan", "bc-nam-xa"], year.Select(r => r.Step!.Id).Distinct());
    }

    [Fact]
    public void A_commune_of_another_district_is_no_reporter_of_the_city_plan_while_the_citys_own_are()
    {
        var plan = TayNinh.Plans.Single();
        var period = ReportingPeriod.WholeYear(2023);

        Assert.Null(ResultReporters.Find(plan, period, UnitsOf(TayNinh), "25489")); // Xã Tân Lập, Huyện Tân Biên
        Assert.Equal("ubnd-xa", ResultReporters.Find(plan, period, UnitsOf(TayNinh), "25456")!.Agency.Id); // Phường 1
    }

    [Fact]
    public void Hai_duong_ships_its_2019_sample_results_labelled_sample()
    {
        var set = Assert.Single(HaiDuong.ResultSets);

        Assert.Equal(("kh-ct18", "kh-ct18.sample.results.csv", true), (set.PlanId, set.Name, set.IsSample));
        Assert.Same(set, ((IChildPlanProfile)HaiDuong).ResultsFor("kh-ct18"));
        Assert.Equal(new InputLocation("hai-duong:kh-ct18.sample.results.csv", 2), set.Results[0].Location);
        Assert.All(set.Results, r => Assert.Equal("Số liệu mẫu", r.Source));
    }

    [Fact]
    public void Tay_ninh_ships_its_2023_sample_results_labelled_sample()
    {
        var set = Assert.Single(TayNinh.ResultSets);

        Assert.Equal(("kh-2023", "kh-2023.sample.results.csv", true), (set.PlanId, set.Name, set.IsSample));
        Assert.All(set.Results, r => Assert.Equal("Số liệu mẫu", r.Source));
    }

    [Theory]
    [InlineData("hai-duong")]
    [InlineData("tay-ninh")]
    public void The_sample_results_are_valid_against_their_plan(string profileId)
    {
        IChildPlanProfile profile = profileId == "hai-duong" ? HaiDuong : TayNinh;
        var set = Assert.Single(profile.ResultSets);

        ResultValidator.ThrowIfInvalid(profile.Plans.Single(), set.Results, UnitsOf(profile));
    }

    [Fact]
    public void Hai_duong_2019_sample_year_leaves_one_task_one_agency_and_two_districts_unreported_with_every_status()
    {
        var plan = HaiDuong.Plans.Single();
        var period = ReportingPeriod.WholeYear(2019);
        var results = HaiDuong.ResultSets.Single().In(period).ToList();

        Assert.Equal(90, results.Count);
        Assert.Equal(17, results.Select(r => r.Reporter).Distinct().Count());
        Assert.Equal(["so-tttt", "299", "300"], NotReporting(plan, period, results));
        Assert.Equal((78, 9, 1, 2), Statuses(results));
        var tasks = TaskStatuses(plan, results);
        Assert.Equal(["GP4"], tasks.Where(t => t.Value is null).Select(t => t.Key));
        Assert.Equal((8, 2, 1), (tasks.Count(t => t.Value == ResultStatus.Completed), tasks.Count(t => t.Value == ResultStatus.InProgress), tasks.Count(t => t.Value == ResultStatus.NotStarted)));
        Assert.All(plan.Tasks.Where(t => t.Id != "GP4"), t => Assert.InRange(results.Count(r => r.Item.TaskId == t.Id), 1, 3));
        Assert.Equal(["so-gddt", "so-ldtbxh"], results.Where(r => r.Item.TaskId == "HD3" && r.Quantities.Any(q => q.Unit == "lớp tập huấn")).Select(r => r.Reporter)); // 12 + 5 classes to sum
        Assert.Equal(52, results.Sum(r => r.Quantities.Count));
    }

    [Fact]
    public void Hai_duong_2019_sample_first_half_is_a_smaller_subset()
    {
        var results = HaiDuong.ResultSets.Single().In(ReportingPeriod.FirstHalf(2019)).ToList();

        Assert.Equal(14, results.Count);
        Assert.Equal(9, results.Select(r => r.Reporter).Distinct().Count());
        Assert.Equal((4, 10, 0, 0), Statuses(results));
    }

    [Fact]
    public void Tay_ninh_2023_sample_year_leaves_one_task_one_office_and_two_wards_unreported_and_reports_funding_spent()
    {
        var plan = TayNinh.Plans.Single();
        var period = ReportingPeriod.WholeYear(2023);
        var results = TayNinh.ResultSets.Single().In(period).ToList();

        Assert.Equal(22, results.Count);
        Assert.Equal(16, results.Select(r => r.Reporter).Distinct().Count());
        Assert.Equal(["phong-vhtt", "25471", "25483"], NotReporting(plan, period, results));
        Assert.Equal((17, 4, 1, 0), Statuses(results));
        var tasks = TaskStatuses(plan, results);
        Assert.Equal([("HD1", ResultStatus.Completed), ("HD2", ResultStatus.InProgress), ("HD3", (ResultStatus?)null)], tasks.Select(t => (t.Key, t.Value)));
        Assert.Equal(53, results.Where(r => r.Item.TaskId == "HD1").SelectMany(r => r.Quantities).Where(q => q.Unit == "triệu đồng").Sum(q => q.Value));
        Assert.Equal(8, results.Count(r => r.Item.AgencyId == "ubnd-xa" && r.Quantities.Any(q => q.Unit == "triệu đồng")));
    }

    [Fact]
    public void Tay_ninh_2023_sample_first_half_is_a_smaller_subset()
    {
        var results = TayNinh.ResultSets.Single().In(ReportingPeriod.FirstHalf(2023)).ToList();

        Assert.Equal(10, results.Count);
        Assert.Equal(8, results.Select(r => r.Reporter).Distinct().Count());
        Assert.Equal((3, 7, 0, 0), Statuses(results));
    }

    private static List<string> NotReporting(Plan plan, ReportingPeriod period, List<AgencyResult> results)
    {
        var reported = results.Select(r => r.Reporter).ToHashSet(StringComparer.Ordinal);
        var profile = plan.ProfileId == "hai-duong" ? (IChildPlanProfile)HaiDuong : TayNinh;
        return ResultReporters.Expected(plan, period, UnitsOf(profile)).Select(r => r.Id).Where(id => !reported.Contains(id)).ToList();
    }

    private static (int Completed, int InProgress, int NotStarted, int NotApplicable) Statuses(List<AgencyResult> results) =>
        (results.Count(r => r.Status == ResultStatus.Completed), results.Count(r => r.Status == ResultStatus.InProgress),
         results.Count(r => r.Status == ResultStatus.NotStarted), results.Count(r => r.Status == ResultStatus.NotApplicable));

    // Each task's contributions share one status in the samples (SingleOrDefault throws otherwise), so the summary does not
    // depend on how a report combines them; null for a task nobody reported on.
    private static List<KeyValuePair<string, ResultStatus?>> TaskStatuses(Plan plan, List<AgencyResult> results) =>
        plan.Tasks.Select(t => KeyValuePair.Create(t.Id, results.Where(r => r.Item.TaskId == t.Id).Select(r => (ResultStatus?)r.Status).Distinct().SingleOrDefault())).ToList();
}
