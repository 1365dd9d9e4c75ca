using ChildPlan.Profiles;
using ChildPlan.Profiles.Testing;

namespace ChildPlan.Tests.Profiles;

public sealed class ProfileConformanceTests
{
    public static TheoryData<string> ProfileIds() => new(Reporting.ReportFixture.Profiles.Select(p => p.Id));

    /// <summary>Part 1 of QĐ 333/QĐ-UBND reviews the 2013–2020 programme without naming a lead agency per indicator.</summary>
    private static readonly ConformanceOptions Options = new()
    {
        PlansWithoutIndicatorLeads = new Dictionary<string, string>
        {
            ["ctht-2013-2020"] = "QĐ 333/QĐ-UBND, Phần thứ nhất, II.3 reviews the indicators without assigning lead agencies.",
        },
    };

    [Theory]
    [MemberData(nameof(ProfileIds))]
    public void Every_installed_profile_passes_the_shared_conformance_checks(string profileId)
    {
        var profile = Reporting.ReportFixture.Profiles.Single(p => p.Id == profileId);

        Assert.Empty(ProfileConformance.Check(profile, Options).Select(p => p.ToString()));
    }

    [Fact]
    public void The_checks_find_what_a_broken_profile_gets_wrong()
    {
        var good = new ChildPlan.Profiles.DienBien.DienBienProfile();
        var plan = good.Plans.Single(p => p.Id == "ctht-2021-2030");
        var broken = plan with
        {
            Indicators =
            [
                plan.Indicators[0] with { Responsibility = new Responsibility([], ["so-khong-co"]) },
                plan.Indicators[1] with { Measures = [plan.Indicators[1].Measures[0] with { Targets = [new Target { Year = 2035, Comparison = Comparison.AtLeast, Value = 1 }] }] },
                plan.Indicators[2] with { Source = new SourceReference("333/QĐ-UBND", " ") },
            ],
        };

        var problems = ProfileConformance.Check(new FakeProfile(good, broken)).Select(p => p.ToString()).ToList();

        Assert.Equal(
            [
                "dien-bien/ctht-2021-2030: $.indicators[0].lead: has no lead agency (chủ trì).",
                "dien-bien/ctht-2021-2030: $.indicators[0].support[0]: agency 'so-khong-co' is not one of the plan's agencies.",
                "dien-bien/ctht-2021-2030: $.indicators[1].targets[0].year: 2035 is outside the plan's years 2021–2030.",
                "dien-bien/ctht-2021-2030: $.indicators[2].source: every item needs a source: the section of the document it comes from.",
            ],
            problems);
    }

    [Fact]
    public void Without_its_exemption_the_reviewed_programme_is_reported_for_missing_leads()
    {
        var problems = ProfileConformance.Check(new ChildPlan.Profiles.DienBien.DienBienProfile());

        Assert.Equal(17, problems.Count(p => p.Where.StartsWith("dien-bien/ctht-2013-2020: $.indicators[", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_checks_validate_the_results_a_profile_ships_against_their_plan()
    {
        var good = new ChildPlan.Profiles.HaiDuong.HaiDuongProfile();
        var shipped = good.ResultSets.Single();
        var broken = shipped with { Name = "x.results.csv", Results = [shipped.Results[0] with { Reporter = "so-xyz" }, .. shipped.Results.Skip(1)] };

        var problems = ProfileConformance.Check(new ResultsProfile(good, [broken, shipped with { PlanId = "nope", Name = "nope.results.csv" }])).Select(p => p.ToString()).ToList();

        Assert.Equal(2, problems.Count);
        Assert.StartsWith("hai-duong/results/x.results.csv: hai-duong:kh-ct18.sample.results.csv:2: unknown agency or unit 'so-xyz' in plan 'kh-ct18';", problems[0], StringComparison.Ordinal);
        Assert.Equal("hai-duong/results/nope.results.csv: names plan 'nope', which the profile does not have.", problems[1]);
    }

    private sealed class ResultsProfile(IChildPlanProfile inner, IReadOnlyList<ResultSet> resultSets) : IChildPlanProfile
    {
        public string Id => inner.Id;

        public string Name => inner.Name;

        public IReadOnlyList<Plan> Plans => inner.Plans;

        public IReadOnlyList<AdministrativeUnit> Units => inner.Units;

        public IReadOnlyList<ProfileDataset> Datasets => inner.Datasets;

        public AdministrativeChanges Changes => inner.Changes;

        public IReadOnlyList<ResultSet> ResultSets => resultSets;
    }

    private sealed class FakeProfile(IChildPlanProfile inner, Plan replaced) : IChildPlanProfile
    {
        public string Id => inner.Id;

        public string Name => inner.Name;

        public IReadOnlyList<Plan> Plans => [replaced];

        public IReadOnlyList<AdministrativeUnit> Units => inner.Units;

        public IReadOnlyList<ProfileDataset> Datasets => [];
    }
}
