using ChildPlan.Formats;
using ChildPlan.Indicators;

namespace ChildPlan.Profiles.Testing;

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
            CheckPlan(profile, plan, options, (where, message) => Problem(where.Length == 0 ? plan.Id : $"{plan.Id}: {where}", message));
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

        foreach (var set in profile.ResultSets)
        {
            var plan = profile.Plans.FirstOrDefault(p => p.Id == set.PlanId);
            if (plan is null)
            {
                Problem($"results/{set.Name}", $"names plan '{set.PlanId}', which the profile does not have.");
                continue;
            }

            var found = new InputProblemCollector();
            ResultValidator.Validate(plan, set.Results, new AdministrativeHierarchy(profile.Units, profile.Changes), found);
            foreach (var p in found.Problems)
            {
                Problem($"results/{set.Name}", p.ToString());
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

        var exemptFromLeads = options.PlansWithoutIndicatorLeads.ContainsKey(plan.Id);
        var planProblems = PlanValidator.Validate(plan, new PlanValidationOptions { RequireIndicatorLeads = !exemptFromLeads });
        foreach (var p in planProblems)
        {
            problem(p.Where, p.Message);
        }

        if (exemptFromLeads && plan.Indicators.Any(i => i.Responsibility.Leads.Count > 0))
        {
            problem(string.Empty, "is exempted from indicator leads but some indicators have one; remove the exemption.");
        }

        if (plan.AreaCode is { } area && profile.Units.Count > 0 && profile.Units.All(u => u.Code != area))
        {
            problem(string.Empty, $"its area '{area}' is not one of the profile's administrative units.");
        }

        if (planProblems.Count > 0)
        {
            return; // a plan that breaks the rules does not read back either; the problems above say why
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
        var codes = profile.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var unit in profile.Units)
        {
            if (unit.ParentCode is { } parent && !codes.Contains(parent))
            {
                problem($"units/{unit.Code}", $"parent '{parent}' is not one of the profile's units.");
            }
        }

        foreach (var p in profile.Changes.Check(profile.Units))
        {
            problem(p.Where, p.Message);
        }

        try
        {
            _ = new AdministrativeHierarchy(profile.Units, profile.Changes);
        }
        catch (ChildPlanInputException e)
        {
            foreach (var p in e.Problems)
            {
                problem(p.Where, p.Message);
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
