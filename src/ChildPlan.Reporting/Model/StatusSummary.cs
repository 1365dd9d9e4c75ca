using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting.Model;

/// <summary>Counts of result rows by status.</summary>
public sealed record StatusSummary
{
    /// <summary>The rows with a target (or a trajectory value) in the year: the year's indicators, measures counted one by one.</summary>
    public required int Total { get; init; }

    /// <summary>Exceeded.</summary>
    public required int Exceeded { get; init; }

    /// <summary>Achieved.</summary>
    public required int Achieved { get; init; }

    /// <summary>Not achieved.</summary>
    public required int NotAchieved { get; init; }

    /// <summary>On track.</summary>
    public required int OnTrack { get; init; }

    /// <summary>Off track.</summary>
    public required int OffTrack { get; init; }

    /// <summary>Of <see cref="Total"/>, the rows without data.</summary>
    public required int NoData { get; init; }

    /// <summary>Rows without a target or trajectory value in the year, with or without data (not counted in <see cref="Total"/>).</summary>
    public required int NoTarget { get; init; }

    /// <summary>Of <see cref="Total"/>, the rows with an actual value.</summary>
    public required int WithData { get; init; }
}
