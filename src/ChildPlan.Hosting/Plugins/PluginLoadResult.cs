using System.Reflection;
using System.Runtime.Loader;
using ChildPlan.Profiles;

namespace ChildPlan.Hosting;

/// <summary>What loading a plugin folder found.</summary>
/// <param name="Profiles">The profiles that loaded, validated.</param>
/// <param name="Failures">The plugins that did not, with the file and the reason.</param>
public sealed record PluginLoadResult(IReadOnlyList<IChildPlanProfile> Profiles, IReadOnlyList<ProfileLoadFailure> Failures)
{
    /// <summary>The file each of <see cref="Profiles"/> was loaded from (by reference: a plugin's own equality is not called).</summary>
    public IReadOnlyDictionary<IChildPlanProfile, string> Files { get; init; } = new Dictionary<IChildPlanProfile, string>(ReferenceEqualityComparer.Instance);

    /// <summary>The file <paramref name="profile"/> was loaded from, or <see langword="null"/> when it is not one of <see cref="Profiles"/>.</summary>
    public string? FileOf(IChildPlanProfile profile) => Files.TryGetValue(profile, out var file) ? file : null;
}
