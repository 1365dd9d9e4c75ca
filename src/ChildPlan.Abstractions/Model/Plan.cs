namespace ChildPlan;

/// <summary>
/// An action plan for children as its source document states it: goals, indicators with targets,
/// tasks, agencies with their duties, and the reporting regime.
/// </summary>
public sealed record Plan
{
    private IdLookup<Indicator> indicatorsById;
    private IdLookup<Agency> agenciesById;
    private IdLookup<Goal> goalsById;

    /// <summary>Id unique within a profile (<c>ctht-2021-2030</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Id of the profile the plan belongs to, if any (informational).</summary>
    public string? ProfileId { get; init; }

    /// <summary>The plan's title.</summary>
    public required string Title { get; init; }

    /// <summary>The issuing document.</summary>
    public required PlanDocument Document { get; init; }

    /// <summary>The years the plan covers.</summary>
    public required YearSpan Years { get; init; }

    /// <summary>Code of the administrative unit the plan covers, if known.</summary>
    public string? AreaCode { get; init; }

    /// <summary>Encoders' notes on how the document was read.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Goals in document order.</summary>
    public IReadOnlyList<Goal> Goals { get; init; } = [];

    /// <summary>Indicators in document order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    /// <summary>Tasks in document order.</summary>
    public IReadOnlyList<PlanTask> Tasks { get; init; } = [];

    /// <summary>Agencies in document order.</summary>
    public IReadOnlyList<Agency> Agencies { get; init; } = [];

    /// <summary>Where the money comes from (kinh phí), as the document states it.</summary>
    public IReadOnlyList<FundingSource> Funding { get; init; } = [];

    /// <summary>The reporting regime.</summary>
    public IReadOnlyList<ReportingRequirement> Reporting { get; init; } = [];

    /// <summary>Finds an indicator by id (the first with it), in constant time.</summary>
    public Indicator? FindIndicator(string id) => IdLookup<Indicator>.Find(ref indicatorsById, Indicators, id, static i => i.Id);

    /// <summary>Finds an agency by id (the first with it), in constant time.</summary>
    public Agency? FindAgency(string id) => IdLookup<Agency>.Find(ref agenciesById, Agencies, id, static a => a.Id);

    /// <summary>Finds a goal by id (the first with it), in constant time.</summary>
    public Goal? FindGoal(string id) => IdLookup<Goal>.Find(ref goalsById, Goals, id, static g => g.Id);
}
