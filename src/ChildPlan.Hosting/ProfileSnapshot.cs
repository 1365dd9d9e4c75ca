using ChildPlan.Profiles;

namespace ChildPlan.Hosting;

/// <summary>
/// A profile as it was when it was registered: every member read once, checked, and copied, so nothing the
/// catalogue hands out calls the profile's own code again (a plugin cannot throw, or change its answers, later).
/// </summary>
internal sealed class ProfileSnapshot : IChildPlanProfile
{
    /// <summary>The snapshot taken of each profile instance, so loading a plugin and registering it read it once.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IChildPlanProfile, ProfileSnapshot> Taken = [];

    private readonly Dictionary<string, ProfileDataset?> datasetsByPlan;
    private readonly Dictionary<string, string> datasetFailures;
    private readonly Dictionary<string, ResultSet?> resultsByPlan;

    private ProfileSnapshot(string id, string name, IReadOnlyList<Plan> plans, IReadOnlyList<AdministrativeUnit> units, IReadOnlyList<ProfileDataset> datasets, AdministrativeChanges changes, ITemplateSource? templates, Dictionary<string, ProfileDataset?> datasetsByPlan, Dictionary<string, string> datasetFailures, IReadOnlyList<ResultSet> resultSets, Dictionary<string, ResultSet?> resultsByPlan)
    {
        ResultSets = resultSets;
        this.resultsByPlan = resultsByPlan;
        Id = id;
        Name = name;
        Plans = plans;
        Units = units;
        Datasets = datasets;
        Changes = changes;
        Templates = templates;
        this.datasetsByPlan = datasetsByPlan;
        this.datasetFailures = datasetFailures;
    }

    public string Id { get; }

    public string Name { get; }

    public IReadOnlyList<Plan> Plans { get; }

    public IReadOnlyList<AdministrativeUnit> Units { get; }

    public IReadOnlyList<ProfileDataset> Datasets { get; }

    public AdministrativeChanges Changes { get; }

    public ITemplateSource? Templates { get; }

    public IReadOnlyList<ResultSet> ResultSets { get; }

    public ProfileDataset? DatasetFor(string planId)
    {
        if (planId is not null && datasetFailures.TryGetValue(planId, out var failure))
        {
            throw new ProfileContractException($"profile '{Id}': {failure}");
        }

        return planId is not null && datasetsByPlan.TryGetValue(planId, out var dataset) ? dataset : Datasets.FirstOrDefault(d => d.PlanId == planId);
    }

    public ResultSet? ResultsFor(string planId) =>
        planId is not null && resultsByPlan.TryGetValue(planId, out var results) ? results : ResultSets.FirstOrDefault(r => r.PlanId == planId);

    /// <summary>Reads and checks <paramref name="profile"/> once: a second call for the same instance returns the same snapshot.</summary>
    /// <exception cref="ChildPlanInputException">The profile's plan, data or units files are invalid (as the profile reports them).</exception>
    /// <exception cref="ProfileContractException">A member throws, or returns null, a null entry or duplicate plan ids.</exception>
    public static ProfileSnapshot Take(IChildPlanProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile as ProfileSnapshot ?? Taken.GetValue(profile, Read);
    }

    private static ProfileSnapshot Read(IChildPlanProfile profile)
    {

        var id = Member(() => profile.Id, "Id");
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ProfileContractException("its Id is null or empty.");
        }

        var name = Member(() => profile.Name, "Name") ?? throw new ProfileContractException($"profile '{id}': its Name is null.");
        var plans = List(Member(() => profile.Plans, "Plans"), id, "Plans");
        var units = List(Member(() => profile.Units, "Units"), id, "Units");
        var datasets = List(Member(() => profile.Datasets, "Datasets"), id, "Datasets");
        var resultSets = List(Member(() => profile.ResultSets, "ResultSets"), id, "ResultSets");
        var changes = Member(() => profile.Changes, "Changes") ?? throw new ProfileContractException($"profile '{id}': its Changes is null (use AdministrativeChanges.None).");
        if (changes.Units is null || changes.Agencies is null || changes.Units.Contains(null!) || changes.Agencies.Contains(null!))
        {
            throw new ProfileContractException($"profile '{id}': its Changes hold null lists or entries.");
        }

        var templates = Member(() => profile.Templates, "Templates");
        var byPlan = new Dictionary<string, ProfileDataset?>(StringComparer.Ordinal);
        var datasetFailures = new Dictionary<string, string>(StringComparer.Ordinal);
        var resultsByPlan = new Dictionary<string, ResultSet?>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            if (plan.Id is null || plan.Document is null)
            {
                throw new ProfileContractException($"profile '{id}': a plan has no Id or Document.");
            }

            if (byPlan.ContainsKey(plan.Id) || datasetFailures.ContainsKey(plan.Id))
            {
                throw new ProfileContractException($"profile '{id}': plan id '{plan.Id}' appears twice.");
            }

            // A plan built in code is held to the rules a plan file is (years, magnitudes, references, sources).
            IReadOnlyList<InputProblem> problems;
            try
            {
                problems = PlanValidator.Validate(plan);
            }
            catch (Exception e) when (e is NullReferenceException or ArgumentNullException)
            {
                throw new ProfileContractException($"profile '{id}': plan '{plan.Id}' holds null lists or entries.", e);
            }

            if (problems.Count > 0)
            {
                throw new ChildPlanInputException(problems.Select(p => p with { Where = $"{id}/{plan.Id}: {p.Where}" }).ToList());
            }

            resultsByPlan[plan.Id] = Member(() => profile.ResultsFor(plan.Id), $"ResultsFor(\"{plan.Id}\")");
            try
            {
                byPlan[plan.Id] = Member(() => profile.DatasetFor(plan.Id), $"DatasetFor(\"{plan.Id}\")");
            }
            catch (ProfileContractException e)
            {
                // A profile may refuse to choose for a plan it has no data for; say so when that plan is asked for.
                datasetFailures[plan.Id] = e.Message;
            }
        }

        foreach (var dataset in datasets)
        {
            if (dataset.PlanId is null || dataset.Name is null || dataset.Observations is null || dataset.Observations.Contains(null!))
            {
                throw new ProfileContractException($"profile '{id}': dataset '{dataset.Name}' has a null plan id, name or observations.");
            }
        }

        foreach (var set in resultSets)
        {
            if (set.PlanId is null || set.Name is null || set.Results is null || set.Results.Contains(null!))
            {
                throw new ProfileContractException($"profile '{id}': result set '{set.Name}' has a null plan id, name or results.");
            }
        }

        return new ProfileSnapshot(id, name, plans, units, datasets, changes, templates, byPlan, datasetFailures, resultSets, resultsByPlan);

        T Member<T>(Func<T> member, string memberName)
        {
            try
            {
                return member();
            }
            catch (ChildPlanInputException)
            {
                throw;
            }
            catch (Exception e) when (PluginCode.IsRecoverable(e))
            {
                throw new ProfileContractException($"{memberName} threw {e.GetType().Name}: {e.Message}", e);
            }
        }
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<T> List<T>(IReadOnlyList<T>? items, string id, string member)
        where T : class
    {
        if (items is null)
        {
            throw new ProfileContractException($"profile '{id}': its {member} is null.");
        }

        var copy = items.ToArray();
        return Array.IndexOf(copy, null) >= 0
            ? throw new ProfileContractException($"profile '{id}': its {member} hold a null entry.")
            : Array.AsReadOnly(copy);
    }
}
