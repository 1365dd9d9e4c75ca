using ChildPlan.Profiles;

namespace ChildPlan.Hosting;

/// <summary>Generic registration helpers for <see cref="IChildPlanBuilder"/>.</summary>
public static class ChildPlanBuilderExtensions
{
    /// <summary>Adds the profile <typeparamref name="TProfile"/>.</summary>
    public static IChildPlanBuilder AddProfile<TProfile>(this IChildPlanBuilder builder)
        where TProfile : IChildPlanProfile, new()
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddProfile(new TProfile());
    }
}
