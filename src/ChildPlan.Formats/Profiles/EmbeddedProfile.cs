using System.Reflection;
using System.Text;
using ChildPlan.Formats;

namespace ChildPlan.Profiles;

/// <summary>
/// A profile whose content is embedded in its assembly as files in the documented formats:
/// <c>*.plan.json</c> plan files, an optional <c>units.csv</c>, an optional <c>changes.json</c>
/// (administrative changes, <c>childplan.changes/2</c>), and <c>&lt;plan-id&gt;.data.csv</c>
/// or <c>&lt;plan-id&gt;.sample.data.csv</c> datasets, and <c>&lt;plan-id&gt;.results.csv</c> or
/// <c>&lt;plan-id&gt;.sample.results.csv</c> agency results (the results CSV). Resource names are the file names, optionally
/// under a prefix when one assembly holds several profiles.
/// A profile may also override report templates with resources named <c>templates/&lt;name&gt;.sbn</c>
/// (<c>templates/annual.html.sbn</c>). Everything is loaded and validated the first time the profile is used, which the registration
/// (<c>AddProfile</c>) does, so a broken plugin fails at start-up with the resource and the problem.
/// </summary>
public abstract class EmbeddedProfile : IChildPlanProfile
{
    private readonly Lazy<Content> content;
    private readonly string resourcePrefix;

    /// <summary>Creates the profile.</summary>
    /// <param name="id">Profile id (<c>dien-bien</c>).</param>
    /// <param name="name">Display name.</param>
    /// <param name="resourcePrefix">The prefix of the profile's resource names (empty when the assembly holds one profile).</param>
    protected EmbeddedProfile(string id, string name, string resourcePrefix = "")
    {
        Id = id;
        this.resourcePrefix = resourcePrefix;
        Name = name;
        content = new Lazy<Content>(Load);
        Templates = new EmbeddedTemplateSource($"profile {id}", GetType().Assembly, $"{resourcePrefix}templates/");
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IReadOnlyList<Plan> Plans => content.Value.Plans;

    /// <inheritdoc />
    public IReadOnlyList<AdministrativeUnit> Units => content.Value.Units;

    /// <inheritdoc />
    public IReadOnlyList<ProfileDataset> Datasets => content.Value.Datasets;

    /// <inheritdoc />
    public AdministrativeChanges Changes => content.Value.Changes;

    /// <inheritdoc />
    public IReadOnlyList<ResultSet> ResultSets => content.Value.ResultSets;

    /// <summary>The templates embedded under <c>templates/</c> (none, when the profile overrides no template).</summary>
    public ITemplateSource Templates { get; }

    private Content Load()
    {
        var assembly = GetType().Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal))
            .Select(n => n[resourcePrefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();
        var plans = new List<Plan>();
        foreach (var name in names.Where(n => n.EndsWith(".plan.json", StringComparison.Ordinal)))
        {
            using var stream = Open(assembly, name);
            var plan = PlanFile.Read(stream, $"{Id}:{name}");
            if (plans.Any(p => p.Id == plan.Id))
            {
                throw new ChildPlanInputException($"{Id}:{name}", $"plan id '{plan.Id}' is used by two plan files.");
            }

            plans.Add(plan with { ProfileId = Id });
        }

        IReadOnlyList<AdministrativeUnit> units = [];
        if (names.Contains("units.csv"))
        {
            using var reader = new StreamReader(Open(assembly, "units.csv"), Encoding.UTF8);
            units = AdministrativeUnitFile.Read(reader, $"{Id}:units.csv");
        }

        var datasets = new List<ProfileDataset>();
        foreach (var name in names.Where(n => n.EndsWith(".data.csv", StringComparison.Ordinal)))
        {
            var isSample = name.EndsWith(".sample.data.csv", StringComparison.Ordinal);
            var planId = name[..^(isSample ? ".sample.data.csv".Length : ".data.csv".Length)];
            if (plans.All(p => p.Id != planId))
            {
                throw new ChildPlanInputException($"{Id}:{name}", $"the dataset names plan '{planId}', which the profile does not have.");
            }

            using var reader = new StreamReader(Open(assembly, name), Encoding.UTF8);
            datasets.Add(new ProfileDataset(planId, name, isSample, ObservationFile.Read(reader, $"{Id}:{name}", CsvCulture.Invariant)));
        }

        var resultSets = new List<ResultSet>();
        foreach (var name in names.Where(n => n.EndsWith(".results.csv", StringComparison.Ordinal)))
        {
            var isSample = name.EndsWith(".sample.results.csv", StringComparison.Ordinal);
            var planId = name[..^(isSample ? ".sample.results.csv".Length : ".results.csv".Length)];
            if (plans.All(p => p.Id != planId))
            {
                throw new ChildPlanInputException($"{Id}:{name}", $"the results name plan '{planId}', which the profile does not have.");
            }

            using var reader = new StreamReader(Open(assembly, name), Encoding.UTF8);
            resultSets.Add(new ResultSet(planId, name, isSample, ResultsFile.Read(reader, $"{Id}:{name}", CsvCulture.Invariant)));
        }

        var changes = AdministrativeChanges.None;
        if (names.Contains("changes.json"))
        {
            using var stream = Open(assembly, "changes.json");
            changes = ChangesFile.Read(stream, $"{Id}:changes.json");
            if (changes.Check(units) is { Count: > 0 } problems)
            {
                throw new ChildPlanInputException(problems);
            }
        }

        return new Content(plans, units, datasets, changes, resultSets);
    }

    private Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(resourcePrefix + name) ?? throw new InvalidOperationException($"Resource '{name}' vanished from {assembly.GetName().Name}.");

    private sealed record Content(IReadOnlyList<Plan> Plans, IReadOnlyList<AdministrativeUnit> Units, IReadOnlyList<ProfileDataset> Datasets, AdministrativeChanges Changes, IReadOnlyList<ResultSet> ResultSets);
}
