using ChildPlan.Hosting;
using ChildPlan.Profiles.Testing;

namespace ChildPlan.Profiles.Sample.Tests;

public class SampleProvinceProfileTests
{
    // The checks every ChildPlan profile passes: unique ids, agencies and goals that exist, a lead for every
    // indicator, targets inside the plan's years, a source on every item, units that include each plan's
    // area, datasets that fit their plans, plans that survive export to a plan file and back.
    [Fact]
    public void The_profile_conforms() =>
        Assert.Empty(ProfileConformance.Check(new SampleProvinceProfile()));

    [Fact]
    public void The_extension_registers_the_profile()
    {
        var builder = new RecordingBuilder();

        builder.AddSampleProvince();

        var profile = Assert.Single(builder.Profiles);
        Assert.IsType<SampleProvinceProfile>(profile);
        Assert.Equal("sample-province", profile.Id);
        Assert.Equal("SAMPLE_UNIT_TITLE SAMPLE_PROVINCE_NAME", profile.Name);
    }

    // The sample plan the template created. When you replace it with the province's real plan, replace this
    // test with tests that pin the plan to its document: its number and date, the count of goals, indicators,
    // tasks and agencies, each target as the document words it, each lead agency, each reporting deadline.
    [Fact]
    public void The_sample_plan_loads()
    {
        var profile = new SampleProvinceProfile();

        var plan = Assert.Single(profile.Plans, p => p.Id == "kh-mau");
        Assert.Equal("SAMPLE_PROVINCE_CODE", plan.AreaCode);
        Assert.Equal(2021, plan.Years.From);
        Assert.Equal(2025, plan.Years.To);
        Assert.Single(plan.Goals);
        var indicator = Assert.Single(plan.Indicators);
        Assert.Equal(["so-y-te"], indicator.Responsibility.Leads);
        var step = Assert.Single(plan.Reporting);
        Assert.Equal("so-y-te", step.From);
        var unit = Assert.Single(profile.Units);
        Assert.Equal("SAMPLE_PROVINCE_CODE", unit.Code);
        Assert.Equal("SAMPLE_UNIT_TITLE SAMPLE_PROVINCE_NAME", unit.Name);
    }

    private sealed class RecordingBuilder : IChildPlanBuilder
    {
        public List<IChildPlanProfile> Profiles { get; } = [];

        public Microsoft.Extensions.DependencyInjection.IServiceCollection Services => throw new NotSupportedException();

        public IChildPlanBuilder AddProfile(IChildPlanProfile profile)
        {
            Profiles.Add(profile);
            return this;
        }
    }
}
