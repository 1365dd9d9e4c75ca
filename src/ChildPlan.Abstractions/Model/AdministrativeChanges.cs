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
    /// The units with their validity intervals: each old unit of a change that has no end yet gets
    /// <see cref="AdministrativeUnit.ValidTo"/> the day before the change, and each successor not yet among
    /// <paramref name="units"/> on the change's date (or there under another name: a rename) is added, valid from the change.
    /// A successor among <paramref name="units"/> under the same name, level and parent on that date continues when it was
    /// formed from its own code alone or is not among the old units (a province absorbing its districts); one formed from
    /// several units, one of them holding its code (new 03160 Xã Mường Nhé from 03157, 03160, 03161), is a new unit: the old
    /// one ends the day before and the successor is added with its own parent, valid from the change.
    /// </summary>
    public IReadOnlyList<AdministrativeUnit> Apply(IEnumerable<AdministrativeUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var result = units.ToList();
        var byCode = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++)
        {
            Versions(byCode, result[i].Code).Add(i);
        }

        int? Holding(string code, LocalDate date)
        {
            if (byCode.TryGetValue(code, out var indices))
            {
                foreach (var i in indices)
                {
                    if (result[i].IsValidOn(date))
                    {
                        return i;
                    }
                }
            }

            return null;
        }

        foreach (var change in Units.OrderBy(c => c.Effective))
        {
            var before = change.Effective.PlusDays(-1);
            // A successor that continues: the same unit on the day, or one that goes on into another the same day.
            var successor = Holding(change.Successor.Code, change.Effective) ?? Holding(change.Successor.Code, before);
            var continues = successor is { } s && Continues(result[s], change);
            foreach (var from in change.From)
            {
                if (Holding(from.Code, before) is { } old && !(continues && old == successor) && result[old].ValidTo is null)
                {
                    result[old] = result[old] with { ValidTo = before };
                }
            }

            if (!continues && Holding(change.Successor.Code, change.Effective) is null)
            {
                Versions(byCode, change.Successor.Code).Add(result.Count);
                result.Add(change.Successor with { ValidFrom = change.Effective });
            }
        }

        return result;
    }

    /// <summary>
    /// The problems of the unit changes against <paramref name="units"/> (a profile's own): an old unit that is not among
    /// the units the day before its change, or a successor whose parent is not among them on the day of the change; each
    /// located by where the change was read (<see cref="UnitChange.Location"/>). Empty when they agree.
    /// </summary>
    public IReadOnlyList<InputProblem> Check(IEnumerable<AdministrativeUnit> units)
    {
        var applied = Apply(units);
        var byCode = applied.ToLookup(u => u.Code, StringComparer.Ordinal);
        bool Holds(string code, LocalDate date) => byCode[code].Any(u => u.IsValidOn(date));
        static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
        var problems = new List<InputProblem>();
        foreach (var change in Units)
        {
            var where = change.Location ?? $"change of '{change.Successor.Code}' on {Iso(change.Effective)}";
            var before = change.Effective.PlusDays(-1);
            foreach (var from in change.From.Where(f => !Holds(f.Code, before)))
            {
                problems.Add(new InputProblem(where, $"the old unit '{from.Code}' is not among the units on {Iso(before)}, the day before the change."));
            }

            if (change.Successor.ParentCode is { } parent && !Holds(parent, change.Effective))
            {
                problems.Add(new InputProblem(where, $"the parent '{parent}' of '{change.Successor.Code}' is not among the units on {Iso(change.Effective)}."));
            }
        }

        return problems;
    }

    /// <summary>
    /// Whether <paramref name="existing"/>, the unit holding the successor's code, is the successor going on under the same
    /// name: it keeps its level and parent and either is the only unit it was formed from, or is not among them at all (a
    /// province absorbing its districts). A successor formed from several units, one of which held its code (every 2025
    /// commune), is a new unit, as is one with another level or parent.
    /// </summary>
    private static bool Continues(AdministrativeUnit existing, UnitChange change)
    {
        var successor = change.Successor;
        if (existing.Name != successor.Name || existing.Level != successor.Level || existing.ParentCode != successor.ParentCode)
        {
            return false;
        }

        var own = change.From.Count(f => f.Code == successor.Code);
        return own == 0 || change.From.Count == own;
    }

    private static List<int> Versions(Dictionary<string, List<int>> byCode, string code)
    {
        if (!byCode.TryGetValue(code, out var list))
        {
            list = [];
            byCode[code] = list;
        }

        return list;
    }

    /// <summary>The last day <paramref name="plan"/>'s agency <paramref name="agencyId"/> held its duties, or <see langword="null"/> while it still does.</summary>
    public LocalDate? AgencyValidTo(Plan plan, string agencyId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Agencies.Where(c => c.AgencyId == agencyId && c.PlanIds.Contains(plan.Id)).MinBy(c => c.Effective)?.Effective.PlusDays(-1);
    }

    /// <summary>
    /// The change whose successor stands for <paramref name="code"/> on <paramref name="date"/>, following the changes
    /// a unit went into in full (renames, mergers, a district ending into its province), or <see langword="null"/> when
    /// the unit has not changed by then or was split (a unit split between several successors has no one successor).
    /// </summary>
    public UnitChange? UnitOn(string code, LocalDate date)
    {
        UnitChange? last = null;
        var current = code;
        var followed = new HashSet<UnitChange>(ReferenceEqualityComparer.Instance);
        for (var hops = 0; hops < AdministrativeUnit.MaxDepth; hops++)
        {
            var after = last?.Effective;
            var change = Units
                .Where(c => c.Effective <= date && (after is null || c.Effective >= after) && !followed.Contains(c) && c.From.Any(f => f.Code == current && f.Share == UnitShare.Full))
                .MinBy(c => c.Effective);
            if (change is null)
            {
                break;
            }

            followed.Add(change);
            last = change;
            current = change.Successor.Code;
        }

        return last;
    }
}
