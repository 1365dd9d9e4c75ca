using System.Reflection;
using System.Runtime.Loader;
using ChildPlan.Profiles;

namespace ChildPlan.Hosting;

/// <summary>What loading a plugin folder found.</summary>
/// <param name="Profiles">The profiles that loaded, validated.</param>
/// <param name="Failures">The plugins that did not, with the file and the reason.</param>
public sealed record PluginLoadResult(IReadOnlyList<IChildPlanProfile> Profiles, IReadOnlyList<ProfileLoadFailure> Failures);
