using ChildPlan.Profiles.HaiDuong;

// The extension lives in the builder's namespace so it shows up wherever the builder does.
namespace ChildPlan.Hosting;

/// <summary>Registers the Tỉnh Hải Dương profile.</summary>
public static class HaiDuongChildPlanBuilderExtensions
{
    /// <summary>Adds the Tỉnh Hải Dương profile (<c>hai-duong</c>): <c>services.AddChildPlan(b =&gt; b.AddHaiDuong())</c>.</summary>
    public static IChildPlanBuilder AddHaiDuong(this IChildPlanBuilder builder) => builder.AddProfile<HaiDuongProfile>();
}
