using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting.Model;

/// <summary>A free-text body section.</summary>
/// <param name="Heading">Heading (<c>Tình hình triển khai thực hiện</c>).</param>
/// <param name="Paragraphs">Paragraphs; empty when the reporting agency supplied none.</param>
public sealed record TextSection(string Heading, IReadOnlyList<string> Paragraphs);
