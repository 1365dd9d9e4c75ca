using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting.Model;

/// <summary>Counts of result rows by status.</summary>
public sealed record StatusSummary
{
    /// <summary>All rows.</summary>
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

    /// <summary>No data.</summary>
    public required int NoData { get; init; }

    /// <summary>No target.</summary>
    public required int NoTarget { get; init; }

    /// <summary>Rows with an actual value.</summary>
    public required int WithData { get; init; }
}
