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

/// <summary>One measured quantity of an indicator, with its unit, direction, baseline and targets.</summary>
public sealed record Measure
{
    /// <summary>Id unique within the indicator; <see langword="null"/> for the only measure of an indicator.</summary>
    public string? Id { get; init; }

    /// <summary>Name of the measure; <see langword="null"/> when it is the indicator itself.</summary>
    public string? Name { get; init; }

    /// <summary>The unit.</summary>
    public required IndicatorUnit Unit { get; init; }

    /// <summary>Which way is better.</summary>
    public required Direction Direction { get; init; }

    /// <summary>A dimension the measure is a slice of (<c>area = rural</c>), if any.</summary>
    public IReadOnlyDictionary<string, string> Dimension { get; init; } = new Dictionary<string, string>();

    /// <summary>The baseline, if the document gives one.</summary>
    public Baseline? Baseline { get; init; }

    /// <summary>Targets by milestone year.</summary>
    public required IReadOnlyList<Target> Targets { get; init; }

    /// <summary>The target that applies to <paramref name="year"/>; a target of the milestone year itself wins over a window.</summary>
    public Target? TargetFor(int year) =>
        Targets.FirstOrDefault(t => t.Year == year) ?? Targets.FirstOrDefault(t => t.AppliesTo(year));

    /// <summary>Milestone years in order.</summary>
    public IEnumerable<int> MilestoneYears => Targets.Select(t => t.Year).Distinct().Order();
}

/// <summary>A verdict recorded by the source document (đạt, vượt chỉ tiêu, không đạt).</summary>
/// <param name="Year">The year judged.</param>
/// <param name="Status">The verdict.</param>
/// <param name="Text">The document's words.</param>
public sealed record RecordedAssessment(int Year, AchievementStatus Status, string? Text)
{
    /// <summary>
    /// Whether a computed status agrees with this verdict. Officials write "đạt" for results that also
    /// exceed the target, so a recorded <see cref="AchievementStatus.Achieved"/> agrees with exceeded too.
    /// </summary>
    public bool AgreesWith(AchievementStatus computed) => Status switch
    {
        AchievementStatus.Achieved => computed is AchievementStatus.Achieved or AchievementStatus.Exceeded,
        _ => computed == Status,
    };
}

/// <summary>The judgement of an actual value against a target.</summary>
public enum AchievementStatus
{
    /// <summary>The target is met and the actual is strictly better than the target value (vượt chỉ tiêu).</summary>
    Exceeded,

    /// <summary>The target is met without being strictly better (đạt).</summary>
    Achieved,

    /// <summary>The target is not met (không đạt).</summary>
    NotAchieved,

    /// <summary>In a year without a target, the actual is at or better than the straight line from the baseline to the next target.</summary>
    OnTrack,

    /// <summary>In a year without a target, the actual is worse than that straight line.</summary>
    OffTrack,

    /// <summary>There is a target but no actual value (chưa có số liệu).</summary>
    NoData,

    /// <summary>There is an actual value but no target or trajectory to judge it against.</summary>
    NoTarget,
}
