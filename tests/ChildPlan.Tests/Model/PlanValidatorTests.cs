using static ChildPlan.Tests.TestPlans;

namespace ChildPlan.Tests.Model;

/// <summary>
/// Each rule of <see cref="PlanValidator"/>, on plans changed in code: the problem, and the JSON path the
/// item has in a plan file. (That the plan-file reader reports these with the file name is tested in PlanFileTests.)
/// </summary>
public sealed class PlanValidatorTests
{
    private static readonly Target In2025 = new() { Year = 2025, Comparison = Comparison.AtLeast, Value = 70 };

    private static readonly Dictionary<string, (Func<Plan, Plan> Break, string Problem)> Rules = new()
    {
        ["plan id"] = (p => p with { Id = "kế hoạch" }, "$.id: 'kế hoạch' is not a valid plan id (lower-case letters, digits and '-')."),
        ["item id"] = (p => p with { Goals = [p.Goals[0], p.Goals[0] with { Id = "G 2" }] }, "$.goals[1].id: 'G 2' is not a valid id (letters, digits, '-', '_' and '.')."),
        ["duplicate id"] = (p => p with { Agencies = [p.Agencies[0], p.Agencies[1], p.Agencies[0]] }, "$.agencies[2].id: id 'so-a' appears twice in agencies."),
        ["goal"] = (p => Indicator(p, 2, i => i with { GoalId = "G9" }), "$.indicators[2].goal: goal 'G9' is not one of the plan's goals."),
        ["lead"] = (p => Indicator(p, 1, i => i with { Responsibility = new Responsibility(["so-b"], []) }), "$.indicators[1].lead: agency 'so-b' is not one of the plan's agencies."),
        ["support"] = (p => Indicator(p, 1, i => i with { Responsibility = new Responsibility(["so-a"], ["ubnd", "so-b"]) }), "$.indicators[1].support[1]: agency 'so-b' is not one of the plan's agencies."),
        ["lead also supports"] = (p => Indicator(p, 1, i => i with { Responsibility = new Responsibility(["so-a"], ["ubnd", "so-a"]) }), "$.indicators[1].support[1]: agency 'so-a' leads and cannot also support."),
        ["co-lead"] = (p => Indicator(p, 1, i => i with { Responsibility = new Responsibility(["so-a", "so-b"], []) }), "$.indicators[1].lead[1]: agency 'so-b' is not one of the plan's agencies."),
        ["lead twice"] = (p => Indicator(p, 1, i => i with { Responsibility = new Responsibility(["so-a", "so-a"], []) }), "$.indicators[1].lead[1]: agency 'so-a' is named twice as a lead."),
        ["co-lead also supports"] = (p => Indicator(p, 1, i => i with { Responsibility = new Responsibility(["so-a", "ubnd"], ["ubnd"]) }), "$.indicators[1].support[0]: agency 'ubnd' leads and cannot also support."),
        ["support twice"] = (p => Indicator(p, 1, i => i with { Responsibility = new Responsibility(["so-a"], ["ubnd", "ubnd"]) }), "$.indicators[1].support[1]: agency 'ubnd' is named twice as a support."),
        ["task lead"] = (p => p with { Tasks = [new PlanTask { Id = "T1", Title = "Việc", Responsibility = new Responsibility(["so-b"], []), Source = p.Goals[0].Source }] }, "$.tasks[0].lead: agency 'so-b' is not one of the plan's agencies."),
        ["reporting via"] = (p => p with { Reporting = [p.Reporting[0] with { Via = "so-b" }] }, "$.reporting[0].via: agency 'so-b' is not one of the plan's agencies."),
        ["no measure"] = (p => Indicator(p, 0, i => i with { Measures = [] }), "$.indicators[0]: has no measure."),
        ["measure without id"] = (p => Indicator(p, 3, i => i with { Measures = [i.Measures[0], i.Measures[1] with { Id = null }] }), "$.indicators[3].measures[1].id: is required."),
        ["measure without name"] = (p => Indicator(p, 3, i => i with { Measures = [i.Measures[0], i.Measures[1] with { Name = null }] }), "$.indicators[3].measures[1].name: is required."),
        ["duplicate measure"] = (p => Indicator(p, 3, i => i with { Measures = [i.Measures[0], i.Measures[1] with { Id = "nong-thon" }] }), "$.indicators[3].measures: measure id 'nong-thon' appears twice."),
        ["no target"] = (p => Indicator(p, 3, i => i with { Measures = [i.Measures[0], i.Measures[1] with { Targets = [] }] }), "$.indicators[3].measures[1].targets: every measure needs at least one target."),
        ["target year"] = (p => Targets(p, In2025 with { Year = 2035 }), "$.indicators[0].targets[0].year: 2035 is outside the plan's years 2021–2025."),
        ["window after its year"] = (p => Targets(p, In2025 with { FromYear = 2026 }), "$.indicators[0].targets[0].from: the window starts (2026) after its milestone year (2025)."),
        ["window before the plan"] = (p => Targets(p, In2025 with { FromYear = 2019 }), "$.indicators[0].targets[0].from: 2019 is outside the plan's years 2021–2025."),
        ["range without max"] = (p => Targets(p, In2025 with { Comparison = Comparison.Between }), "$.indicators[0].targets[0].max: is required."),
        ["empty range"] = (p => Targets(p, In2025 with { Comparison = Comparison.Between, Value = 5, Max = 3 }), "$.indicators[0].targets[0].min: min (5) is greater than max (3)."),
        ["two targets for a year"] = (p => Targets(p, In2025, In2025 with { Value = 80 }), "$.indicators[0].targets: two targets for the year 2025."),
        ["source"] = (p => Indicator(p, 2, i => i with { Source = new SourceReference("1/KH-UBND", " ") }), "$.indicators[2].source: every item needs a source: the section of the document it comes from."),
        ["agency source"] = (p => p with { Agencies = [p.Agencies[0] with { Source = new SourceReference("", "III.1") }, p.Agencies[1]] }, "$.agencies[0].source: every item needs a source: the section of the document it comes from."),
        ["funding source"] = (p => p with { Funding = [new FundingSource("Ngân sách", new SourceReference("1/KH-UBND", ""))] }, "$.funding[0].source: every item needs a source: the section of the document it comes from."),
    };

    public static TheoryData<string> RuleNames() => new(Rules.Keys);

    [Fact]
    public void The_small_plan_keeps_every_rule()
    {
        Assert.Empty(PlanValidator.Validate(Small(), new PlanValidationOptions { RequireIndicatorLeads = true }));
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void A_plan_that_breaks_a_rule_gets_the_problem_at_the_json_path_of_the_item(string rule)
    {
        var (breakRule, expected) = Rules[rule];

        var problem = Assert.Single(PlanValidator.Validate(breakRule(Small())));

        Assert.Equal(expected, problem.ToString());
    }

    [Fact]
    public void A_lead_for_every_indicator_is_required_only_when_asked()
    {
        var plan = Indicator(Small(), 4, i => i with { Responsibility = Responsibility.None });

        Assert.Empty(PlanValidator.Validate(plan));
        var problem = Assert.Single(PlanValidator.Validate(plan, new PlanValidationOptions { RequireIndicatorLeads = true }));
        Assert.Equal("$.indicators[4].lead: has no lead agency (chủ trì).", problem.ToString());
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var plan = Targets(Indicator(Small(), 2, i => i with { GoalId = "G9" }), In2025 with { Year = 2035 });

        Assert.Equal(
            ["$.indicators[0].targets[0].year", "$.indicators[2].goal"],
            PlanValidator.Validate(plan).Select(p => p.Where));
    }

    private static Plan Indicator(Plan plan, int index, Func<Indicator, Indicator> change) =>
        plan with { Indicators = plan.Indicators.Select((i, n) => n == index ? change(i) : i).ToList() };

    private static Plan Targets(Plan plan, params Target[] targets) =>
        Indicator(plan, 0, i => i with { Measures = [i.Measures[0] with { Targets = targets }] });
}
