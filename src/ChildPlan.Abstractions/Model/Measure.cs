namespace ChildPlan;

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
