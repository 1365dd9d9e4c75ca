namespace ChildPlan.Indicators;

/// <summary>
/// Checks results against a plan: the reporter exists (<see cref="ResultReporters.Find"/>), the item is one it answers for,
/// the year is in the plan, a half-year result only where the regime asks six-monthly reports, no result given twice.
/// </summary>
public static class ResultValidator
{
    /// <summary>Adds every problem with <paramref name="results"/> to <paramref name="problems"/>, each with its location.</summary>
    public static void Validate(Plan plan, IEnumerable<AgencyResult> results, AdministrativeHierarchy hierarchy, InputProblemCollector problems) => throw new NotImplementedException("results helper");

    /// <summary>Throws a <see cref="ChildPlanInputException"/> listing every problem, if there are any.</summary>
    public static void ThrowIfInvalid(Plan plan, IEnumerable<AgencyResult> results, AdministrativeHierarchy hierarchy)
    {
        var problems = new InputProblemCollector();
        Validate(plan, results, hierarchy, problems);
        problems.ThrowIfAny();
    }
}
