using System.Diagnostics.CodeAnalysis;
using ChildPlan.Profiles;

namespace ChildPlan.Cli;

/// <summary>
/// The catalogue handed to a command line that reads no profile (help, the version, a command line with errors), so the
/// tool does not load and check every profile just to print its usage. Asking it for a profile is a defect.
/// </summary>
internal sealed class NoProfiles : IProfileCatalog
{
    /// <summary>The one instance.</summary>
    public static NoProfiles Instance { get; } = new();

    private NoProfiles()
    {
    }

    public IReadOnlyList<IChildPlanProfile> Profiles => throw Unexpected();

    public IReadOnlyList<ProfileLoadFailure> Failures => [];

    public bool TryGetProfile(string profileId, [NotNullWhen(true)] out IChildPlanProfile? profile) => throw Unexpected();

    public IChildPlanProfile GetProfile(string profileId) => throw Unexpected();

    public Plan GetPlan(string profileId, string planId) => throw Unexpected();

    private static InvalidOperationException Unexpected() => new("This command line was expected to read no profile.");
}
