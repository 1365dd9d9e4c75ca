using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting.Model;

/// <summary>A column of the matrix.</summary>
/// <param name="Id">Agency id.</param>
/// <param name="Name">Agency name.</param>
/// <param name="Heading">A short heading (the section number or the name).</param>
public sealed record MatrixColumn(string Id, string Name, string Heading);
