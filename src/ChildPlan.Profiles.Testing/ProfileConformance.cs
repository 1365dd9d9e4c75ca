using ChildPlan.Formats;
using ChildPlan.Indicators;

namespace ChildPlan.Profiles.Testing;

/// <summary>Exemptions a profile may claim, each of which its tests should justify from the source document.</summary>
public sealed record ConformanceOptions
{
    /// <summary>Plans whose source document assigns no lead agency to indicators (plan id → the reason).</summary>
    public IReadOnlyDictionary<string, string> PlansWithoutIndicatorLeads { get; init; } = new Dictionary<string, string>();
}

/// <summary>One way a profile does not conform: where, and what is wrong.</summary>
/// <param name="Where">Profile, plan and item (<c>dien-bien/ctht-2021-2030/indicators/CT9</c>).</param>
/// <param name="Message">What is wrong.</param>
public sealed record ConformanceProblem(string Where, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Where}: {Message}";
}

/// <summary>The checks every profile plugin passes, whichever test framework runs them.</summary>
public static class ProfileConformance
{
    /// <summary>Checks <paramref name="profile"/>; an empty list means it conforms.</summary>
    public static IReadOnlyList<ConformanceProblem> Check(IChildPlanProfile profile, ConformanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        options ??= new ConformanceOptions();
        var problems = new List<ConformanceProblem>();
        void Problem(string where, string message) => problems.Add(new ConformanceProblem($"{profile.Id}/{where}".TrimEnd('/'), message));

        if (profile.Id.Length == 0 || !profile.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            Problem(string.Empty, $"profile id '{profile.Id}' must be lower-case letters, digits and '-'.");
        }

        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            Problem(string.Empty, "the profile has no name.");
        }

        if (profile.Plans.Count == 0)
        {
            Problem(string.Empty, "the profile has no plans.");
        }

        Duplicates(profile.Plans.Select(p => p.Id), id => Problem(id, "two plans share this id."));
        CheckUnits(profile, Problem);
        foreach (var plan in profile.Plans)
        {
            CheckPlan(profile, plan, options, (where, message) => Problem($"{plan.Id}/{where}", message));
        }

        foreach (var dataset in profile.Datasets)
        {
            var plan = profile.Plans.FirstOrDefault(p => p.Id == dataset.PlanId);
            if (plan is null)
            {
                Problem($"datasets/{dataset.Name}", $"names plan '{dataset.PlanId}', which the profile does not have.");
                continue;
            }

            foreach (var p in ObservationValidator.Validate(plan, dataset.Observations, new AdministrativeHierarchy(profile.Units, profile.Changes)))
            {
                Problem($"datasets/{dataset.Name}", p.ToString());
            }
        }

        return problems;
    }

    /// <summary>Throws when <see cref="Check"/> finds problems, listing them all.</summary>
    /// <exception cref="InvalidOperationException">The profile does not conform.</exception>
    public static void ThrowIfNotConformant(IChildPlanProfile profile, ConformanceOptions? options = null)
    {
        var problems = Check(profile, options);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Profile '{profile.Id}' does not conform:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        }
    }

    private static void CheckPlan(IChildPlanProfile profile, Plan plan, ConformanceOptions options, Action<string, string> problem)
    {
        if (plan.ProfileId != profile.Id)
        {
            problem(string.Empty, $"the plan says it belongs to profile '{plan.ProfileId}'.");
        }

        Duplicates(plan.Goals.Select(g => g.Id), id => problem($"goals/{id}", "two goals share this id."));
        Duplicates(plan.Agencies.Select(a => a.Id), id => problem($"agencies/{id}", "two agencies share this id."));
        Duplicates(plan.Indicators.Select(i => i.Id), id => problem($"indicators/{id}", "two indicators share this id."));
        Duplicates(plan.Tasks.Select(t => t.Id), id => problem($"tasks/{id}", "two tasks share this id."));
        Duplicates(plan.Reporting.Select(r => r.Id), id => problem($"reporting/{id}", "two reporting steps share this id."));

        void Agency(string? id, string where)
        {
            if (id is not null && plan.FindAgency(id) is null)
            {
                problem(where, $"agency '{id}' is not one of the plan's agencies.");
            }
        }

        void Source(SourceReference? source, string where)
        {
            if (source is null || string.IsNullOrWhiteSpace(source.Document) || string.IsNullOrWhiteSpace(source.Section))
            {
                problem(where, "has no source reference (document and section).");
            }
        }

        foreach (var goal in plan.Goals)
        {
            Source(goal.Source, $"goals/{goal.Id}");
        }

        foreach (var agency in plan.Agencies)
        {
            Source(agency.Source, $"agencies/{agency.Id}");
        }

        var exemptFromLeads = options.PlansWithoutIndicatorLeads.ContainsKey(plan.Id);
        foreach (var indicator in plan.Indicators)
        {
            var where = $"indicators/{indicator.Id}";
            Source(indicator.Source, where);
            if (plan.FindGoal(indicator.GoalId) is null)
            {
                problem(where, $"goal '{indicator.GoalId}' is not one of the plan's goals.");
            }

            if (indicator.Responsibility.Lead is null && !exemptFromLeads)
            {
                problem(where, "has no lead agency (chủ trì).");
            }

            Agency(indicator.Responsibility.Lead, where + "/lead");
            foreach (var s in indicator.Responsibility.Support)
            {
                Agency(s, where + "/support");
            }

            if (indicator.Measures.Count == 0)
            {
                problem(where, "has no measure.");
            }

            foreach (var measure in indicator.Measures)
            {
                var measureWhere = measure.Id is null ? where : $"{where}/{measure.Id}";
                if (measure.Targets.Count == 0)
                {
                    problem(measureWhere, "has no target.");
                }

                foreach (var target in measure.Targets)
                {
                    if (!plan.Years.Contains(target.Year) || (target.FromYear is { } from && !plan.Years.Contains(from)))
                    {
                        problem(measureWhere, $"the target for {target.Year} falls outside the plan's years {plan.Years}.");
                    }

                    if (target.Comparison == Comparison.Between && (target.Max is null || target.Max < target.Value))
                    {
                        problem(measureWhere, $"the range of the target for {target.Year} is empty.");
                    }
                }
            }
        }

        if (exemptFromLeads && plan.Indicators.Any(i => i.Responsibility.Lead is not null))
        {
            problem(string.Empty, "is exempted from indicator leads but some indicators have one; remove the exemption.");
        }

        foreach (var task in plan.Tasks)
        {
            Source(task.Source, $"tasks/{task.Id}");
            Agency(task.Responsibility.Lead, $"tasks/{task.Id}/lead");
            foreach (var s in task.Responsibility.Support)
            {
                Agency(s, $"tasks/{task.Id}/support");
            }
        }

        foreach (var step in plan.Reporting)
        {
            var where = $"reporting/{step.Id}";
            Source(step.Source, where);
            Agency(step.From, where + "/from");
            Agency(step.To, where + "/to");
            Agency(step.Via, where + "/via");
        }

        foreach (var funding in plan.Funding)
        {
            Source(funding.Source, "funding");
        }

        if (plan.AreaCode is { } area && profile.Units.Count > 0 && profile.Units.All(u => u.Code != area))
        {
            problem(string.Empty, $"its area '{area}' is not one of the profile's administrative units.");
        }

        string exported;
        try
        {
            exported = PlanFile.ToJson(plan);
            if (PlanFile.ToJson(PlanFile.Parse(exported, $"{plan.Id}.plan.json")) != exported)
            {
                problem(string.Empty, "changes when exported to a plan file and read back.");
            }
        }
        catch (ChildPlanInputException e)
        {
            problem(string.Empty, $"cannot be read back after export: {e.Message}");
        }
    }

    private static void CheckUnits(IChildPlanProfile profile, Action<string, string> problem)
    {
        Duplicates(profile.Units.Select(u => u.Code), code => problem($"units/{code}", "two units share this code."));
        foreach (var unit in profile.Units)
        {
            if (unit.ParentCode is { } parent && profile.Units.All(u => u.Code != parent))
            {
                problem($"units/{unit.Code}", $"parent '{parent}' is not one of the profile's units.");
            }
        }
    }

    private static void Duplicates(IEnumerable<string> ids, Action<string> report)
    {
        foreach (var group in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            report(group.Key);
        }
    }
}
