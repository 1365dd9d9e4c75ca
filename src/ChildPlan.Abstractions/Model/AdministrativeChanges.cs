using NodaTime;

namespace ChildPlan;

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
        LocalDate? since = null;
        var confirmed = true;
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
            since = change.Effective;
            confirmed &= change.Confirmed;
            if (change.SuccessorName is null)
            {
                return new AgencyOnDate(original, original, basis, Ended: true) { Since = since, Confirmed = confirmed };
            }

            name = change.SuccessorName;
            if (change.SuccessorId is null)
            {
                break;
            }

            current = change.SuccessorId;
        }

        return new AgencyOnDate(name!, changed ? original : null, basis, Ended: false) { Since = since, Confirmed = confirmed };
    }

    /// <summary>
    /// The first day nobody holds the duties <paramref name="plan"/> gives <paramref name="agencyId"/> (following successions to a
    /// change without successor), or <see langword="null"/> while someone does.
    /// </summary>
    public LocalDate? AgencyEnd(Plan plan, string agencyId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var current = agencyId;
        var after = LocalDate.MinIsoValue;
        for (var hops = 0; hops < 10; hops++)
        {
            var from = after;
            var change = Agencies.Where(c => c.AgencyId == current && c.PlanIds.Contains(plan.Id) && c.Effective >= from).MinBy(c => c.Effective);
            if (change is null)
            {
                return null;
            }

            if (change.SuccessorName is null)
            {
                return change.Effective;
            }

            // A successor not named in the plan keeps the agency's id: a later change of that id ends or moves it again.
            current = change.SuccessorId ?? current;
            after = change.Effective.PlusDays(1);
        }

        return null;
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
