using ChildPlan.Profiles.Sample;

// The extension lives in the builder's namespace so it shows up wherever the builder does.
namespace ChildPlan.Hosting;

/// <summary>Registers the SAMPLE_UNIT_TITLE SAMPLE_PROVINCE_NAME profile.</summary>
public static class SampleProvinceChildPlanBuilderExtensions
{
    /// <summary>Adds the SAMPLE_UNIT_TITLE SAMPLE_PROVINCE_NAME profile (<c>sample-province</c>): <c>services.AddChildPlan(b =&gt; b.AddSampleProvince())</c>.</summary>
    public static IChildPlanBuilder AddSampleProvince(this IChildPlanBuilder builder) => builder.AddProfile<SampleProvinceProfile>();
}
