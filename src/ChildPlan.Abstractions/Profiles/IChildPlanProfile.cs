namespace ChildPlan.Profiles;

/// <summary>
/// A provincial profile: the plans of one province (and its districts), its administrative units,
/// and any datasets it ships. A province joins ChildPlan by writing a plugin that implements this
/// contract, usually by deriving from <c>EmbeddedProfile</c> (ChildPlan.Formats).
/// </summary>
public interface IChildPlanProfile
{
    /// <summary>Profile id (<c>dien-bien</c>).</summary>
    string Id { get; }

    /// <summary>Display name (<c>Tỉnh Điện Biên</c>).</summary>
    string Name { get; }

    /// <summary>The plans, validated.</summary>
    IReadOnlyList<Plan> Plans { get; }

    /// <summary>The administrative units the plans refer to.</summary>
    IReadOnlyList<AdministrativeUnit> Units { get; }

    /// <summary>Datasets the profile ships (real data from a document, or sample data).</summary>
    IReadOnlyList<ProfileDataset> Datasets { get; }

    /// <summary>The administrative changes since the plans were issued (units merged or renamed, agencies dissolved), with sources.</summary>
    AdministrativeChanges Changes => AdministrativeChanges.None;

    /// <summary>
    /// The dataset that belongs to plan <paramref name="planId"/>, which reports and evaluations use when no
    /// other data is given; by default the first of <see cref="Datasets"/> for the plan, or <see langword="null"/>.
    /// </summary>
    ProfileDataset? DatasetFor(string planId) => Datasets.FirstOrDefault(d => d.PlanId == planId);

    /// <summary>Results the profile ships for its plans (<c>&lt;plan-id&gt;.results.csv</c>, or <c>&lt;plan-id&gt;.sample.results.csv</c> for sample results); none by default.</summary>
    IReadOnlyList<ResultSet> ResultSets => [];

    /// <summary>The results the profile ships for <paramref name="planId"/>, if any.</summary>
    ResultSet? ResultsFor(string planId) => ResultSets.FirstOrDefault(r => r.PlanId == planId);

    /// <summary>
    /// The report templates the profile overrides (the official annual report of a province may differ from the
    /// library's), or <see langword="null"/> when it overrides none. Reports look a template up in the host's
    /// templates first, then here, then in the library's defaults.
    /// </summary>
    ITemplateSource? Templates => null;
}
