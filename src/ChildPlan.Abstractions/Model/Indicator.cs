namespace ChildPlan;

/// <summary>
/// An indicator (chỉ tiêu): one or more measures with targets, a lead agency and coordinating agencies.
/// Most indicators have a single measure; some bundle several (three mortality rates in one number,
/// or a rural and an urban rate).
/// </summary>
public sealed record Indicator
{
    /// <summary>Id unique within the plan (<c>CT9</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The number the document gives (chỉ tiêu 9), or <see langword="null"/> for an un-numbered line.</summary>
    public int? Number { get; init; }

    /// <summary>Id of the goal the indicator belongs to.</summary>
    public required string GoalId { get; init; }

    /// <summary>The indicator in the document's words.</summary>
    public required string Name { get; init; }

    /// <summary>The measures; never empty. A single-measure indicator has one measure whose id is <see langword="null"/>.</summary>
    public required IReadOnlyList<Measure> Measures { get; init; }

    /// <summary>Who leads (chủ trì) and who coordinates (phối hợp).</summary>
    public Responsibility Responsibility { get; init; } = Responsibility.None;

    /// <summary>Verdicts the source document itself records for this indicator.</summary>
    public IReadOnlyList<RecordedAssessment> Assessments { get; init; } = [];

    /// <summary>An encoder's note on how the document was read.</summary>
    public string? Note { get; init; }

    /// <summary>Where the indicator is stated.</summary>
    public required SourceReference Source { get; init; }

    /// <summary>Whether the indicator is a single measure written at indicator level.</summary>
    public bool IsSingleMeasure => Measures is [{ Id: null }];

    /// <summary>Finds a measure by id; <see langword="null"/> id finds the measure of a single-measure indicator.</summary>
    public Measure? FindMeasure(string? measureId) =>
        Measures.FirstOrDefault(m => string.Equals(m.Id, measureId, StringComparison.Ordinal))
        ?? (measureId is null && Measures.Count == 1 ? Measures[0] : null);
}
