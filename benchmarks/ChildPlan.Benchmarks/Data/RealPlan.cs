using ChildPlan.Profiles;
using ChildPlan.Profiles.DienBien;

namespace ChildPlan.Benchmarks.Data;

/// <summary>The real profile plan the suite measures: Điện Biên's programme of action for children 2021–2030, loaded through the plugin.</summary>
public static class RealPlan
{
    /// <summary>The profile id.</summary>
    public const string ProfileId = DienBienProfile.ProfileId;

    /// <summary>The plan id.</summary>
    public const string PlanId = "ctht-2021-2030";

    /// <summary>The year the README's example reports on.</summary>
    public const int ReportYear = 2025;

    private static readonly Lazy<IChildPlanProfile> LazyProfile = new(() => new DienBienProfile());

    /// <summary>The Điện Biên profile, from its embedded resources.</summary>
    public static IChildPlanProfile Profile => LazyProfile.Value;

    /// <summary>The plan.</summary>
    public static Plan Plan => Profile.Plans.Single(p => p.Id == PlanId);
}
