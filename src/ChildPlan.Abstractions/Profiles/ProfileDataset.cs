namespace ChildPlan.Profiles;

/// <summary>A dataset shipped by a profile for one of its plans.</summary>
/// <param name="PlanId">The plan the observations belong to.</param>
/// <param name="Name">Name of the dataset (its file name).</param>
/// <param name="IsSample">Whether the numbers are sample data rather than reported figures.</param>
/// <param name="Observations">The observations.</param>
public sealed record ProfileDataset(string PlanId, string Name, bool IsSample, IReadOnlyList<Observation> Observations);
