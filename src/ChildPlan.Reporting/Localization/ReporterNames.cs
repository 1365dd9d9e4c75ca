using ChildPlan.Indicators;
using NodaTime;

namespace ChildPlan.Reporting.Localization;

/// <summary>How forms and reports name a reporter of results.</summary>
internal static class ReporterNames
{
    /// <summary>
    /// The reporter's name on <paramref name="date"/>: an agency by its name in office then (after the plan's and the
    /// profile's successions), a unit by its People's Committee (<c>Ủy ban nhân dân huyện Cẩm Giàng</c>).
    /// </summary>
    public static string Name(ResultReporter reporter, Plan plan, AdministrativeChanges changes, LocalDate date) =>
        reporter.Unit is { } unit
            ? $"Ủy ban nhân dân {LowerFirst(unit.Name)}"
            : changes.AgencyOn(plan, reporter.Agency.Id, date).Name;

    private static string LowerFirst(string name) =>
        name.Length == 0 ? name : string.Concat(char.ToLower(name[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")).ToString(), name.AsSpan(1));
}
