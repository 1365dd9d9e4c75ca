using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting.Model;

/// <summary>A row of the matrix.</summary>
/// <param name="Label">Indicator or task label.</param>
/// <param name="Name">Its name.</param>
/// <param name="Cells">One cell per column: <c>C</c>, <c>P</c> or empty.</param>
public sealed record MatrixRow(string Label, string Name, IReadOnlyList<string> Cells);
