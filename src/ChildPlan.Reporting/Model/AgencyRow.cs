using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting.Model;

/// <summary>An agency with its duties and what it leads or coordinates.</summary>
public sealed record AgencyRow
{
    /// <summary>Id.</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Whether the plan requests rather than instructs it ("Đề nghị").</summary>
    public required bool Requested { get; init; }

    /// <summary>Duties as the plan lists them.</summary>
    public required IReadOnlyList<string> Duties { get; init; }

    /// <summary>Labels of the indicators it leads.</summary>
    public required IReadOnlyList<string> Leads { get; init; }

    /// <summary>Labels of the indicators it coordinates on.</summary>
    public required IReadOnlyList<string> Supports { get; init; }
}
