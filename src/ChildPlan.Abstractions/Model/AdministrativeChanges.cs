using NodaTime;

namespace ChildPlan;

/// <summary>
/// An administrative unit that ended, was renamed or merged: from <see cref="Effective"/> its data and
/// responsibilities belong to <see cref="Successor"/> (which may keep the same code, as a renamed unit does).
/// </summary>
public sealed record UnitChange
{
    /// <summary>Code of the unit that changed.</summary>
    public required string Code { get; init; }

    /// <summary>The first day under the new arrangement (the unit's validity ends the day before).</summary>
    public required LocalDate Effective { get; init; }

    /// <summary>The unit that takes over.</summary>
    public required AdministrativeUnit Successor { get; init; }

    /// <summary>The legal basis (<c>Nghị quyết 202/2025/QH15</c>).</summary>
    public required string Basis { get; init; }

    /// <summary>What changed, in words.</summary>
    public string? Note { get; init; }
}

/// <summary>
/// An agency that was dissolved, merged or renamed: from <see cref="Effective"/> the duties a plan gave it
/// belong to <see cref="SuccessorName"/>, or to nobody named when <see cref="SuccessorName"/> is <see langword="null"/>.
/// Plans themselves are never rewritten; reports name the successor and quote the plan's assignment.
/// </summary>
public sealed record AgencyChange
{
    /// <summary>The plans whose agency this is (an agency id is only meaningful inside a plan).</summary>
    public required IReadOnlyList<string> PlanIds { get; init; }

    /// <summary>The agency's id in those plans.</summary>
    public required string AgencyId { get; init; }

    /// <summary>The first day under the new arrangement.</summary>
    public required LocalDate Effective { get; init; }

    /// <summary>The successor's name, or <see langword="null"/> when the agency ended without one.</summary>
    public string? SuccessorName { get; init; }

    /// <summary>The successor's id in the plan, where the plan already names it (<c>so-y-te</c>).</summary>
    public string? SuccessorId { get; init; }

    /// <summary>The legal basis (<c>Nghị định 45/2025/NĐ-CP</c>).</summary>
    public required string Basis { get; init; }

    /// <summary>What moved where, in words.</summary>
    public string? Note { get; init; }
}

/// <summary>How an agency of a plan stands on a date: its current name, and the plan's original assignment when they differ.</summary>
/// <param name="Name">Who is responsible on the date.</param>
/// <param name="Original">The agency the plan names, when it is no longer the one responsible.</param>
/// <param name="Basis">The legal basis of the change, if any.</param>
/// <param name="Ended">Whether the agency ended without a successor.</param>
public sealed record AgencyOnDate(string Name, string? Original, string? Basis, bool Ended);

/// <summary>The administrative changes a profile records, with what they mean on a given date.</summary>
public sealed record AdministrativeChanges
{
    /// <summary>No changes.</summary>
    public static AdministrativeChanges None { get; } = new();

    /// <summary>Unit changes.</summary>
    public IReadOnlyList<UnitChange> Units { get; init; } = [];

    /// <summary>Agency changes.</summary>
    public IReadOnlyList<AgencyChange> Agencies { get; init; } = [];

    /// <summary>The agency responsible on <paramref name="date"/> for what <paramref name="plan"/> gives <paramref name="agencyId"/>, following successions.</summary>
    public AgencyOnDate AgencyOn(Plan plan, string agencyId, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var original = plan.FindAgency(agencyId)?.Name ?? agencyId;
        var current = agencyId;
        string? name = original;
        string? basis = null;
        var changed = false;
        for (var hops = 0; hops < 10; hops++)
        {
            var change = Agencies.Where(c => c.AgencyId == current && c.PlanIds.Contains(plan.Id) && c.Effective <= date).MaxBy(c => c.Effective);
            if (change is null)
            {
                break;
            }

            changed = true;
            basis = change.Basis;
            if (change.SuccessorName is null)
            {
                return new AgencyOnDate(original, original, basis, Ended: true);
            }

            name = change.SuccessorName;
            if (change.SuccessorId is null)
            {
                break;
            }

            current = change.SuccessorId;
        }

        return new AgencyOnDate(name!, changed ? original : null, basis, Ended: false);
    }

    /// <summary>
    /// The units with their validity intervals: a unit that ended gets <see cref="AdministrativeUnit.ValidTo"/> the day
    /// before its change, and successor units not yet among <paramref name="units"/> are added, valid from the change.
    /// </summary>
    public IReadOnlyList<AdministrativeUnit> Apply(IEnumerable<AdministrativeUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var result = units.Select(u => Units.Where(c => c.Code == u.Code && c.Successor.Code != u.Code).MinBy(c => c.Effective) is { } ended
            ? u with { ValidTo = ended.Effective.PlusDays(-1) }
            : u).ToList();
        foreach (var change in Units.Where(c => c.Successor.Code != c.Code).OrderBy(c => c.Effective))
        {
            if (result.All(u => u.Code != change.Successor.Code))
            {
                result.Add(change.Successor with { ValidFrom = change.Effective });
            }
        }

        return result;
    }

    /// <summary>The last day <paramref name="plan"/>'s agency <paramref name="agencyId"/> held its duties, or <see langword="null"/> while it still does.</summary>
    public LocalDate? AgencyValidTo(Plan plan, string agencyId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Agencies.Where(c => c.AgencyId == agencyId && c.PlanIds.Contains(plan.Id)).MinBy(c => c.Effective)?.Effective.PlusDays(-1);
    }

    /// <summary>The unit that stands for <paramref name="code"/> on <paramref name="date"/>, following successions, or <see langword="null"/> when it has not changed.</summary>
    public UnitChange? UnitOn(string code, LocalDate date)
    {
        UnitChange? last = null;
        var current = code;
        for (var hops = 0; hops < 10; hops++)
        {
            var change = Units.Where(c => c.Code == current && c.Effective <= date).MaxBy(c => c.Effective);
            if (change is null || ReferenceEquals(change, last))
            {
                break;
            }

            last = change;
            if (change.Successor.Code == current)
            {
                break;
            }

            current = change.Successor.Code;
        }

        return last;
    }
}
