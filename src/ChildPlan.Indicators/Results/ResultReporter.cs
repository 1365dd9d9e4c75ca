using NodaTime;

namespace ChildPlan.Indicators;

/// <summary>
/// Someone expected to report results for a period: an agency of the plan, or an administrative unit answering for the
/// duties of the plan's People's Committee at its level (each district for "UBND các huyện").
/// </summary>
public sealed record ResultReporter
{
    /// <summary>What the reporter writes in a results file's <c>agency</c> column: the agency id, or the unit code.</summary>
    public required string Id { get; init; }

    /// <summary>The plan agency whose duties the reporter answers for (for a unit, the People's Committee at its level).</summary>
    public required Agency Agency { get; init; }

    /// <summary>The administrative unit, when the reporter is one; otherwise null.</summary>
    public AdministrativeUnit? Unit { get; init; }

    /// <summary>The step of the plan's reporting regime that asks this reporter's report for the period, if the plan has one.</summary>
    public ReportingRequirement? Step { get; init; }

    /// <summary>The last day the period's report is due (a "before" deadline already moved to the day before), if the plan sets one.</summary>
    public LocalDate? Due { get; init; }

    /// <summary>
    /// What the reporter answers for, in plan order: the agency's own duties (<c>so-gddt#1</c>…), then the tasks it leads
    /// or supports, then the tasks the plan assigns to no agency (to which every agency may contribute).
    /// </summary>
    public required IReadOnlyList<ResultItem> Items { get; init; }
}
