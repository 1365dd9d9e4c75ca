namespace ChildPlan;

/// <summary>Results reported against one plan: a results file, the results imported from filled forms, or a profile's sample.</summary>
/// <param name="PlanId">The plan the results answer.</param>
/// <param name="Name">Where they come from (a file name); reports name it.</param>
/// <param name="IsSample">Whether these are sample results rather than what agencies reported; every report that uses them says so.</param>
/// <param name="Results">The results, in file order.</param>
public sealed record ResultSet(string PlanId, string Name, bool IsSample, IReadOnlyList<AgencyResult> Results)
{
    /// <summary>The results of <paramref name="period"/>, in file order.</summary>
    public IEnumerable<AgencyResult> In(ReportingPeriod period) => Results.Where(r => r.Period == period);

    /// <summary>Whether any result is of <paramref name="year"/>: a profile's own results stand in for a report of that year only then.</summary>
    public bool Covers(int year) => Results.Any(r => r.Period.Year == year);
}
