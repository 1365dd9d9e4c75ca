namespace ChildPlan.Samples.BackOffice;

/// <summary>What one upload carries, kept by <see cref="UploadStore"/> for the evaluation page's downloads.</summary>
/// <param name="ProfileId">The profile the upload was evaluated with; its downloads are for this profile only.</param>
/// <param name="PlanId">The plan the upload was evaluated against; its downloads are for this plan only.</param>
/// <param name="Year">The year the upload was evaluated for; its downloads are for this year only.</param>
/// <param name="Name">The data files the observations were read from (a data CSV, workbooks, agency forms), or none when only results were uploaded.</param>
/// <param name="Observations">The indicator numbers.</param>
/// <param name="Results">The agencies' results read from filled agency forms or a results CSV, named by their files; none when the upload had none.</param>
public sealed record Upload(string ProfileId, string PlanId, int Year, string? Name, IReadOnlyList<Observation> Observations, ResultSet? Results);
