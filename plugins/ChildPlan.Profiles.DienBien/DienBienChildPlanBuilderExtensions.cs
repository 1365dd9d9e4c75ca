using ChildPlan.Profiles.DienBien;

// The extension lives in the builder's namespace so it shows up wherever the builder does.
namespace ChildPlan.Hosting;

/// <summary>Registers the Điện Biên profile.</summary>
public static class DienBienChildPlanBuilderExtensions
{
    /// <summary>Adds the Điện Biên profile (<c>dien-bien</c>): <c>services.AddChildPlan(b =&gt; b.AddDienBien())</c>.</summary>
    public static IChildPlanBuilder AddDienBien(this IChildPlanBuilder builder) => builder.AddProfile<DienBienProfile>();
}
