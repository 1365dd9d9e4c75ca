using NodaTime;

namespace ChildPlan.Indicators;

/// <summary>
/// Who reports results against a plan, and what and when each reports: one rule for the agency forms, the validation of
/// results and the report's list of those who have not reported.
/// </summary>
public static class ResultReporters
{
    /// <summary>
    /// Everyone expected to report for <paramref name="period"/>, in plan order: every agency that has duties in the plan
    /// or leads or supports a task or indicator, except groups ("các sở, ngành"), ministries and national bodies; a People's
    /// Committee below the plan's area (UBND các huyện in a province plan) is replaced by the units at its level under the
    /// area on the period's last day, when <paramref name="hierarchy"/> knows any units under the area (none on that day: no
    /// reporter for it).
    /// </summary>
    public static IReadOnlyList<ResultReporter> Expected(Plan plan, ReportingPeriod period, AdministrativeHierarchy hierarchy)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(hierarchy);
        var reporters = new List<ResultReporter>();
        foreach (var agency in plan.Agencies)
        {
            if (agency.Kind is AgencyKind.Group or AgencyKind.Ministry || agency.Level == AgencyLevel.National || !Answers(plan, agency))
            {
                continue;
            }

            if (UnitsFor(plan, agency, period, hierarchy) is { } units)
            {
                reporters.AddRange(units.Select(u => Reporter(plan, agency, period, u)));
            }
            else
            {
                reporters.Add(Reporter(plan, agency, period, null));
            }
        }

        return reporters;
    }

    /// <summary>
    /// The reporter <paramref name="id"/> stands for in <paramref name="period"/>: any agency of the plan (a group too, for a
    /// synthesis written on its behalf), or a unit of <paramref name="hierarchy"/> that exists in the period, is the plan's area
    /// or lies under it, and has a People's Committee agency at its level in the plan; null when it is neither.
    /// </summary>
    public static ResultReporter? Find(Plan plan, ReportingPeriod period, AdministrativeHierarchy hierarchy, string id)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(hierarchy);
        ArgumentNullException.ThrowIfNull(id);
        if (plan.FindAgency(id) is { } agency)
        {
            return Reporter(plan, agency, period, null);
        }

        var unit = hierarchy.InYear(id, period.Year);
        if (unit is null || !unit.IsValidBetween(period.Start, period.End) || !InArea(plan, period, hierarchy, unit))
        {
            return null;
        }

        var committee = CommitteeAt(plan, unit.Level);
        return committee is null ? null : Reporter(plan, committee, period, unit);
    }

    /// <summary>
    /// The step of the plan's regime that asks <paramref name="agency"/>'s report of <paramref name="kind"/>: the step from the
    /// agency itself, else from the group at its level ("Các Sở, ngành, đoàn thể" for a department; for an organisation such as
    /// the Fatherland Front, the first group), else null.
    /// </summary>
    public static ReportingRequirement? StepFor(Plan plan, Agency agency, ReportingPeriodKind kind)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(agency);
        var stepKind = ReportingPeriod.Of(2000, kind).StepKind;
        var steps = plan.Reporting.Where(r => r.Kind == stepKind).ToList();
        return steps.FirstOrDefault(r => r.From == agency.Id)
            ?? steps.FirstOrDefault(r => plan.FindAgency(r.From) is { Kind: AgencyKind.Group } g && (g.Level == agency.Level || agency.Level == AgencyLevel.Organisation));
    }

    /// <summary>
    /// What <paramref name="agency"/> answers for, in plan order: its duties, the tasks it leads or supports, and the tasks
    /// the plan assigns to no agency.
    /// </summary>
    public static IReadOnlyList<ResultItem> ItemsOf(Plan plan, Agency agency)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(agency);
        var items = new List<ResultItem>();
        for (var i = 1; i <= agency.Duties.Count; i++)
        {
            items.Add(ResultItem.DutyOf(agency.Id, i));
        }

        items.AddRange(plan.Tasks
            .Where(t => t.Responsibility.IsLead(agency.Id) || t.Responsibility.IsSupport(agency.Id) || !t.Responsibility.IsAssigned)
            .Select(t => ResultItem.Task(t.Id)));
        return items;
    }

    private static bool Answers(Plan plan, Agency agency) =>
        agency.Duties.Count > 0
        || plan.Tasks.Any(t => t.Responsibility.IsLead(agency.Id) || t.Responsibility.IsSupport(agency.Id))
        || plan.Indicators.Any(i => i.Responsibility.IsLead(agency.Id) || i.Responsibility.IsSupport(agency.Id));

    private static ResultReporter Reporter(Plan plan, Agency agency, ReportingPeriod period, AdministrativeUnit? unit)
    {
        var step = StepFor(plan, agency, period.Kind);
        return new ResultReporter
        {
            Id = unit?.Code ?? agency.Id,
            Agency = agency,
            Unit = unit,
            Step = step,
            Due = step?.Due?.LastDayInYear(period.Year),
            Items = ItemsOf(plan, agency),
        };
    }

    private static Agency? CommitteeAt(Plan plan, AdministrativeLevel level)
    {
        var agencyLevel = level switch
        {
            AdministrativeLevel.Province => AgencyLevel.Province,
            AdministrativeLevel.District => AgencyLevel.District,
            _ => AgencyLevel.Commune,
        };
        return plan.Agencies.FirstOrDefault(a => a.Kind == AgencyKind.PeopleCommittee && a.Level == agencyLevel);
    }

    // The units standing for a People's Committee agency below the plan's area, or null when the agency is not one or the
    // hierarchy knows nothing under the area (then the agency reports as one).
    private static List<AdministrativeUnit>? UnitsFor(Plan plan, Agency agency, ReportingPeriod period, AdministrativeHierarchy hierarchy)
    {
        if (agency.Kind != AgencyKind.PeopleCommittee || plan.AreaCode is not { } areaCode || hierarchy.Find(areaCode) is not { } area)
        {
            return null;
        }

        var level = agency.Level switch
        {
            AgencyLevel.Province => AdministrativeLevel.Province,
            AgencyLevel.District => AdministrativeLevel.District,
            AgencyLevel.Commune => AdministrativeLevel.Commune,
            _ => (AdministrativeLevel?)null,
        };
        if (level is not { } l || l <= area.Level)
        {
            return null;
        }

        var under = Descendants(hierarchy, areaCode, period.End).ToList();
        return under.Count == 0 && !Descendants(hierarchy, areaCode, period.Start).Any()
            ? null
            : under.Where(u => u.Level == l).ToList();
    }

    // Whether the unit is the plan's area or lies under it on the period's first or last day (always, when the plan has no
    // area or the hierarchy does not know it): a commune of another district answers for nothing in a city's plan.
    private static bool InArea(Plan plan, ReportingPeriod period, AdministrativeHierarchy hierarchy, AdministrativeUnit unit)
    {
        if (plan.AreaCode is not { } areaCode || hierarchy.Find(areaCode) is null || unit.Code == areaCode)
        {
            return true;
        }

        return Descendants(hierarchy, areaCode, period.End).Concat(Descendants(hierarchy, areaCode, period.Start)).Any(u => u.Code == unit.Code);
    }

    private static IEnumerable<AdministrativeUnit> Descendants(AdministrativeHierarchy hierarchy, string code, LocalDate date)
    {
        foreach (var child in hierarchy.ChildrenOn(code, date))
        {
            yield return child;
            foreach (var below in Descendants(hierarchy, child.Code, date))
            {
                yield return below;
            }
        }
    }
}
