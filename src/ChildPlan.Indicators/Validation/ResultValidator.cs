using System.Globalization;

namespace ChildPlan.Indicators;

/// <summary>
/// Checks results against a plan: the reporter exists (<see cref="ResultReporters.Find"/>), the item is one it answers for,
/// the year is in the plan, a half-year result only where the regime asks six-monthly reports, no result given twice.
/// </summary>
/// <remarks>
/// Who may report what is <see cref="ResultReporters"/>' rule, the one the agency forms and the report's list of those who
/// have not reported use. Every problem names the result's location (file and line, or sheet and cell). Results read from
/// several files or forms are checked together, so a result given in two of them is found.
/// </remarks>
public static class ResultValidator
{
    /// <summary>How many reporter ids or task ids a message lists before "and N more".</summary>
    private const int Listed = 6;

    /// <summary>Adds every problem with <paramref name="results"/> to <paramref name="problems"/>, each with its location.</summary>
    public static void Validate(Plan plan, IEnumerable<AgencyResult> results, AdministrativeHierarchy hierarchy, InputProblemCollector problems)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(problems);
        hierarchy ??= AdministrativeHierarchy.Empty;
        var sixMonthly = plan.Reporting.Any(r => r.Kind == ReportingStepKind.SixMonthly);
        var reporters = new Dictionary<(string Id, ReportingPeriod Period), ResultReporter?>();
        var seen = new Dictionary<(string Reporter, ResultItem Item, ReportingPeriod Period), AgencyResult>();
        var expected = new Dictionary<ReportingPeriod, string>();
        foreach (var result in results)
        {
            ArgumentNullException.ThrowIfNull(result);
            var where = result.Location?.ToString() ?? $"{result.Reporter} {result.Item} {result.Period}";
            if (!seen.TryAdd((result.Reporter, result.Item, result.Period), result))
            {
                var first = seen[(result.Reporter, result.Item, result.Period)];
                problems.Add(where, $"duplicate result: {result.Reporter} on {result.Item} for {result.Period} is already given at {first.Location?.ToString() ?? "another result"}; give each reporter's result on an item once a period.");
                continue;
            }

            CheckContent(result, where, problems);
            var period = result.Period;
            if (!plan.Years.Contains(period.Year))
            {
                problems.Add(where, string.Create(CultureInfo.InvariantCulture, $"year {period.Year} is outside the plan's years {plan.Years}."));
                continue;
            }

            if (period.Kind == ReportingPeriodKind.FirstHalf && !sixMonthly)
            {
                problems.Add(where, $"period H1: plan '{plan.Id}' asks yearly reports only (its reporting regime has no six-monthly report); give the result for the year.");
                continue;
            }

            if (!reporters.TryGetValue((result.Reporter, period), out var reporter))
            {
                reporter = ResultReporters.Find(plan, period, hierarchy, result.Reporter);
                reporters[(result.Reporter, period)] = reporter;
            }

            if (reporter is null)
            {
                if (!expected.TryGetValue(period, out var valid))
                {
                    valid = Expected(plan, period, hierarchy);
                    expected[period] = valid;
                }

                problems.Add(where, UnknownReporter(plan, period, hierarchy, result.Reporter, valid));
                continue;
            }

            if (!reporter.Items.Contains(result.Item))
            {
                problems.Add(where, NotItsItem(plan, reporter, result.Item));
            }
        }
    }

    /// <summary>Throws a <see cref="ChildPlanInputException"/> listing every problem, if there are any.</summary>
    public static void ThrowIfInvalid(Plan plan, IEnumerable<AgencyResult> results, AdministrativeHierarchy hierarchy)
    {
        var problems = new InputProblemCollector();
        Validate(plan, results, hierarchy, problems);
        problems.ThrowIfAny();
    }

    // What a results file's reader checks too, for results built otherwise (imported from forms, written in code).
    private static void CheckContent(AgencyResult result, string where, InputProblemCollector problems)
    {
        if (ResultStatusTokens.NeedsText(result.Status) && string.IsNullOrWhiteSpace(result.Text))
        {
            problems.Add(where, $"the {ResultStatusTokens.TokenOf(result.Status)} result of {result.Reporter} on {result.Item} says nothing; a {ResultStatusTokens.TokenOf(result.Status)} result says what was done.");
        }

        foreach (var quantity in result.Quantities)
        {
            if (quantity.Value < 0 || quantity.Value > ObservationValidator.MaxMagnitude)
            {
                problems.Add(where, string.Create(CultureInfo.InvariantCulture, $"quantity {quantity.Value} {quantity.Unit} is not between 0 and {ObservationValidator.MaxMagnitude:N0}; check the number."));
            }
            else if (string.IsNullOrWhiteSpace(quantity.Unit))
            {
                problems.Add(where, string.Create(CultureInfo.InvariantCulture, $"quantity {quantity.Value} has no unit; give its unit as the agency writes it."));
            }
        }
    }

    // The reporters the plan expects in the period, for messages: a few ids and how many more.
    private static string Expected(Plan plan, ReportingPeriod period, AdministrativeHierarchy hierarchy)
    {
        var expected = ResultReporters.Expected(plan, period, hierarchy).Select(r => r.Id).ToList();
        return expected.Count == 0
            ? "the plan expects no reporter."
            : $"the reporters of {period} are {List(expected)} (an agency id, or the code of a unit whose People's Committee reports).";
    }

    private static string UnknownReporter(Plan plan, ReportingPeriod period, AdministrativeHierarchy hierarchy, string id, string valid)
    {
        if (hierarchy.Find(id) is not { } unit)
        {
            return $"unknown agency or unit '{id}' in plan '{plan.Id}'; {valid}";
        }

        var inYear = hierarchy.InYear(id, period.Year);
        if (inYear is null || !inYear.IsValidBetween(period.Start, period.End))
        {
            return $"administrative unit '{id}' ({unit.Name}) does not exist in {period}; {valid}";
        }

        if (plan.AreaCode is { } area && hierarchy.Find(area) is { } areaUnit && id != area)
        {
            // Found when the area is not asked: the unit would report, but lies outside the plan's area.
            var outsideArea = ResultReporters.Find(plan with { AreaCode = null }, period, hierarchy, id) is not null;
            if (outsideArea)
            {
                return $"administrative unit '{id}' ({inYear.Name}) is not in the plan's area '{area}' ({areaUnit.Name}); {valid}";
            }
        }

        return $"administrative unit '{id}' ({inYear.Name}) is a {inYear.Level.ToString().ToLowerInvariant()}, and plan '{plan.Id}' has no People's Committee agency at that level to answer for; {valid}";
    }

    private static string NotItsItem(Plan plan, ResultReporter reporter, ResultItem item)
    {
        var who = Describe(reporter);
        if (item.AgencyId is { } agencyId)
        {
            var owner = plan.FindAgency(agencyId);
            if (owner is null)
            {
                return $"item '{item}': unknown agency '{agencyId}' in plan '{plan.Id}'.";
            }

            if (owner.Id != reporter.Agency.Id)
            {
                return $"{item} is a duty of {owner.Name}, not of {who}; a reporter answers for its own duties ({reporter.Agency.Id}#1…) and the plan's tasks.";
            }

            return owner.Duties.Count == 0
                ? $"item '{item}': {owner.Id} has no duties in the plan."
                : string.Create(CultureInfo.InvariantCulture, $"item '{item}': {owner.Id} has {owner.Duties.Count} {(owner.Duties.Count == 1 ? "duty" : "duties")} in the plan.");
        }

        var task = plan.Tasks.FirstOrDefault(t => t.Id == item.TaskId);
        if (task is null)
        {
            return plan.Tasks.Count == 0
                ? $"unknown task '{item.TaskId}': plan '{plan.Id}' has no tasks."
                : $"unknown task '{item.TaskId}' in plan '{plan.Id}'; its tasks are {List(plan.Tasks.Select(t => t.Id).ToList())}.";
        }

        var responsible = task.Responsibility.Leads.Concat(task.Responsibility.Support);
        return $"task {task.Id} is for {string.Join(", ", responsible)} (lead and support), not for {who}.";
    }

    private static string Describe(ResultReporter reporter) =>
        reporter.Unit is { } unit ? $"{unit.Code} ({unit.Name}, answering for {reporter.Agency.Id})" : $"{reporter.Id} ({reporter.Agency.Name})";

    private static string List(List<string> ids) =>
        ids.Count <= Listed ? string.Join(", ", ids) : string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", ids.Take(Listed))} and {ids.Count - Listed} more");
}
