using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting.Model;

/// <summary>Agencies × indicators and tasks: <c>C</c> for lead (chủ trì), <c>P</c> for coordinating (phối hợp).</summary>
public sealed record ResponsibilityMatrix
{
    /// <summary>The agencies that have any assignment, as columns.</summary>
    public required IReadOnlyList<MatrixColumn> Columns { get; init; }

    /// <summary>One row per indicator or task with an assignment.</summary>
    public required IReadOnlyList<MatrixRow> Rows { get; init; }
}
