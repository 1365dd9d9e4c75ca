using ChildPlan.Profiles.TayNinh;

// The extension lives in the builder's namespace so it shows up wherever the builder does.
namespace ChildPlan.Hosting;

/// <summary>Registers the Tỉnh Tây Ninh profile.</summary>
public static class TayNinhChildPlanBuilderExtensions
{
    /// <summary>Adds the Tỉnh Tây Ninh profile (<c>tay-ninh</c>): <c>services.AddChildPlan(b =&gt; b.AddTayNinh())</c>.</summary>
    public static IChildPlanBuilder AddTayNinh(this IChildPlanBuilder builder) => builder.AddProfile<TayNinhProfile>();
}
