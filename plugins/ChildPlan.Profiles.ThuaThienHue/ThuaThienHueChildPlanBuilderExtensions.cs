using ChildPlan.Profiles.ThuaThienHue;

// The extension lives in the builder's namespace so it shows up wherever the builder does.
namespace ChildPlan.Hosting;

/// <summary>Registers the Tỉnh Thừa Thiên Huế profile.</summary>
public static class ThuaThienHueChildPlanBuilderExtensions
{
    /// <summary>Adds the Tỉnh Thừa Thiên Huế profile (<c>thua-thien-hue</c>): <c>services.AddChildPlan(b =&gt; b.AddThuaThienHue())</c>.</summary>
    public static IChildPlanBuilder AddThuaThienHue(this IChildPlanBuilder builder) => builder.AddProfile<ThuaThienHueProfile>();
}
