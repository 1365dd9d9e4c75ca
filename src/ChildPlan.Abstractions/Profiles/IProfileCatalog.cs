using System.Diagnostics.CodeAnalysis;

namespace ChildPlan.Profiles;

/// <summary>The installed profiles, and their plans, by id.</summary>
public interface IProfileCatalog
{
    /// <summary>All installed profiles, ordered by id.</summary>
    IReadOnlyList<IChildPlanProfile> Profiles { get; }

    /// <summary>Profile plugins that failed to load, with the file and the reason.</summary>
    IReadOnlyList<ProfileLoadFailure> Failures { get; }

    /// <summary>Finds a profile by id.</summary>
    bool TryGetProfile(string profileId, [NotNullWhen(true)] out IChildPlanProfile? profile);

    /// <summary>Returns a profile by id.</summary>
    /// <exception cref="KeyNotFoundException">No installed profile has that id; the message lists the installed ones.</exception>
    IChildPlanProfile GetProfile(string profileId);

    /// <summary>Returns a plan of a profile by id.</summary>
    /// <exception cref="KeyNotFoundException">The profile or plan is not installed; the message lists what is.</exception>
    Plan GetPlan(string profileId, string planId);
}
