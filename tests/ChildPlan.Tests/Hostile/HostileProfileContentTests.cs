using ChildPlan.Hosting;
using ChildPlan.Profiles;
using ChildPlan.Reporting.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace ChildPlan.Tests.Hostile;

/// <summary>
/// What a plugin returns is checked like a file: a plan built in code meets the plan rules, and a template source
/// that throws is a template error naming it, not an unexpected failure.
/// </summary>
public sealed class HostileProfileContentTests
{
    [Fact]
    public void A_plan_built_in_code_with_an_overflowing_target_is_refused_at_registration_with_its_path()
    {
        var plan = TestPlans.Small();
        var indicator = plan.Indicators[0];
        var measure = indicator.Measures[0];
        var huge = plan with
        {
            Indicators = [indicator with { Measures = [measure with { Targets = [measure.Targets[0] with { Value = 79_228_162_514_264_337_593_543_950_335m }] }] }, .. plan.Indicators.Skip(1)],
        };

        var e = Assert.Throws<ChildPlanInputException>(() => new ServiceCollection().AddChildPlan(b => b.AddProfile(new CodeProfile(huge, null))));

        Assert.Contains("in-code/small: $.indicators[0]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_source_that_throws_is_a_template_error_naming_the_source_and_the_template()
    {
        var e = Assert.Throws<TemplateException>(() => new TemplateRenderer().Render([new ThrowingSource()], "annual.html", new { }, OutputFormat.Html, TestContext.Current.CancellationToken));

        Assert.Equal("plugin templates: reading template 'annual.html' failed: InvalidOperationException: disk on fire", e.Message);
    }

    private sealed class CodeProfile(Plan plan, ITemplateSource? templates) : IChildPlanProfile
    {
        public string Id => "in-code";

        public string Name => "In code";

        public IReadOnlyList<Plan> Plans => [plan];

        public IReadOnlyList<AdministrativeUnit> Units => [];

        public IReadOnlyList<ProfileDataset> Datasets => [];

        public ITemplateSource? Templates => templates;
    }

    private sealed class ThrowingSource : ITemplateSource
    {
        public string Description => "plugin templates";

        public IEnumerable<string> Names => ["annual.html"];

        public string? Read(string name) => throw new InvalidOperationException("disk on fire");
    }
}
