using ChildPlan.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace ChildPlan.Hosting;

/// <summary>
/// Configures ChildPlan in a service collection: <c>services.AddChildPlan(b =&gt; b.AddProfile&lt;DienBienProfile&gt;())</c>.
/// Profile plugins add their own extension methods on this builder (<c>b.AddDienBien()</c>).
/// </summary>
public interface IChildPlanBuilder
{
    /// <summary>The service collection being configured.</summary>
    IServiceCollection Services { get; }

    /// <summary>
    /// Adds a profile. The profile is loaded and validated now, so a broken profile fails at
    /// registration with the file and the problem.
    /// </summary>
    /// <exception cref="InvalidOperationException">A profile with the same id is already registered.</exception>
    IChildPlanBuilder AddProfile(IChildPlanProfile profile);
}
