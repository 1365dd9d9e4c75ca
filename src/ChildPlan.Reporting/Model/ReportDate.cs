using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace ChildPlan.Reporting.Model;

/// <summary>The date a report speaks as of, when none is given.</summary>
public static class ReportDate
{
    /// <summary>
    /// The default date of the reports of <paramref name="plan"/> for <paramref name="year"/>: the due date (the last day on time: the day before a "trước ngày" date), in that year, of
    /// the plan's annual report at the level of the agency that issues the reports (<see cref="ReportModelBuilder.IssuingAgency"/>):
    /// its own annual report, else the annual reports of agencies of its level sent to or through it, the latest of them;
    /// 31/12 of the year when the plan gives no such date. When the duties of that agency end without a successor within the
    /// year, on or before that date (<see cref="AdministrativeChanges.AgencyEnd"/>), the report is dated its last day in office.
    /// A report is never dated before the plan's document was issued, which it cites (the 2013–2020 review in Part 1 of
    /// Quyết định 333/QĐ-UBND of 15/3/2021 is reported on as of that day).
    /// </summary>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Overloads that predate public API tracking; changing them would break callers.")]
    public static LocalDate Default(Plan plan, int year, AdministrativeChanges? changes = null) => Default(plan, year, ReportKind.Annual, changes);

    /// <summary>
    /// The default date of the report of <paramref name="kind"/>: for the six-monthly report, as <see cref="Default(Plan, int, AdministrativeChanges?)"/>
    /// does for the annual one with the plan's six-monthly steps (30/6 of the year when the plan gives no date); for every
    /// other kind, the annual report's date.
    /// </summary>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Overloads that predate public API tracking; changing them would break callers.")]
    public static LocalDate Default(Plan plan, int year, ReportKind kind, AdministrativeChanges? changes = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var issuing = ReportModelBuilder.IssuingAgency(plan);
        var stepKind = kind == ReportKind.SixMonthly ? ReportingStepKind.SixMonthly : ReportingStepKind.Annual;
        var fallback = kind == ReportKind.SixMonthly ? new LocalDate(year, 6, 30) : new LocalDate(year, 12, 31);
        var annual = plan.Reporting.Where(r => r.Kind == stepKind && r.Due is not null).ToList();
        var own = annual.Where(r => issuing is not null && r.From == issuing.Id).ToList();
        var level = issuing is null
            ? []
            : annual.Where(r => (r.To == issuing.Id || r.Via == issuing.Id) && plan.FindAgency(r.From)?.Level == issuing.Level).ToList();
        var due = (own.Count > 0 ? own : level).Select(r => r.Due!.LastDayInYear(year)).OfType<LocalDate>().DefaultIfEmpty(fallback).Max();
        if (issuing is not null && changes?.AgencyEnd(plan, issuing.Id) is { } end && end.Year == year && end <= due && end > new LocalDate(year, 1, 1))
        {
            return end.PlusDays(-1);
        }

        // A report cannot cite a document not yet issued: a plan taken from a later document (a review of an earlier
        // programme inside the decision issuing the next) is reported on no earlier than that document's date.
        var issued = plan.Document.Issued?.EarliestDay;
        return issued is { } i && i > due ? i : due;
    }
}
