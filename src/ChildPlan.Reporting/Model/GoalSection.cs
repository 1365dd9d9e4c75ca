using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting.Model;

/// <summary>A goal with the result rows of its indicators.</summary>
public sealed record GoalSection
{
    /// <summary>Goal id.</summary>
    public required string Id { get; init; }

    /// <summary>The number, if any.</summary>
    public int? Number { get; init; }

    /// <summary>The goal.</summary>
    public required string Title { get; init; }

    /// <summary>The rows.</summary>
    public required IReadOnlyList<IndicatorRow> Indicators { get; init; }
}
