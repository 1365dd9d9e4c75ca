using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;

namespace ChildPlan.Reporting.Workbooks;

/// <summary>What a filled collection workbook holds.</summary>
/// <param name="PlanId">The plan the workbook was made for.</param>
/// <param name="Year">The year of the numbers.</param>
/// <param name="UnitCode">
/// The code of the reporting unit; for an agency's results form, the unit its indicators are collected for (the plan's area, or
/// the reporting unit), empty when the plan has neither.
/// </param>
/// <param name="Observations">One observation per row with a value or a numerator and denominator, in sheet order.</param>
public sealed record CollectedData(string PlanId, int Year, string UnitCode, IReadOnlyList<Observation> Observations)
{
    /// <summary>The results an agency form carries (its tasks-and-duties sheet), one per filled row; empty for a unit's data workbook.</summary>
    public IReadOnlyList<AgencyResult> Results { get; init; } = [];
}
