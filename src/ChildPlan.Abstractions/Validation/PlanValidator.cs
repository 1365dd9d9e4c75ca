namespace ChildPlan;

/// <summary>
/// The rules a plan keeps whatever it was built from (a plan file, a profile, code): valid and unique ids; goals and
/// agencies that an item names exist; every indicator has a measure and every measure a target (and, when there are several, an id and a name); targets fall inside
/// the plan's years, with at most one per year and non-empty ranges; every item carries a source; and, where
/// <see cref="PlanValidationOptions.RequireIndicatorLeads"/> asks for it, every indicator has a lead agency; an item's leads are distinct and none of them also supports. Years (of the
/// plan and of baselines) lie in <see cref="MinYear"/>..<see cref="MaxYear"/>, and target and baseline values within
/// <see cref="MaxMagnitude"/>.
/// Each problem is located by the JSON path the item has in a plan file (<c>$.indicators[3].lead</c>, see docs/formats.md),
/// so the plan-file reader reports it against the file and anyone else against the plan.
/// </summary>
public static class PlanValidator
{
    /// <summary>The earliest year a plan, baseline or observation may name.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year a plan, baseline or observation may name.</summary>
    public const int MaxYear = 2200;

    /// <summary>The largest target or baseline value accepted (larger ones are typing errors and overflow the arithmetic).</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000m;

    /// <summary>Whether <paramref name="year"/> lies between <see cref="MinYear"/> and <see cref="MaxYear"/>.</summary>
    public static bool IsSupportedYear(int year) => year is >= MinYear and <= MaxYear;

    /// <summary>
    /// The problem of asking <paramref name="plan"/> about a year it does not cover, at <c>year</c> (the engine, reports
    /// and workbooks each decide which years they accept; they say it in these words).
    /// </summary>
    public static ChildPlanInputException YearOutside(Plan plan, int year)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new ChildPlanInputException("year", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year} is outside the years of plan '{plan.Id}' ({plan.Years})."));
    }

    /// <summary>Returns every problem found in <paramref name="plan"/>; an empty list means it keeps the rules.</summary>
    public static IReadOnlyList<InputProblem> Validate(Plan plan, PlanValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        options ??= PlanValidationOptions.Default;
        var problems = new List<InputProblem>();
        void Fail(string path, string message) => problems.Add(new InputProblem(path, message));

        if (!IsId(plan.Id))
        {
            Fail("$.id", $"'{plan.Id}' is not a valid plan id (lower-case letters, digits and '-').");
        }

        if (!IsSupportedYear(plan.Years.From))
        {
            Fail("$.years.from", YearOutOfRange(plan.Years.From));
        }

        if (!IsSupportedYear(plan.Years.To))
        {
            Fail("$.years.to", YearOutOfRange(plan.Years.To));
        }

        var goalIds = Ids(plan.Goals, g => g.Id, "goals", Fail);
        var agencyIds = Ids(plan.Agencies, a => a.Id, "agencies", Fail);
        Ids(plan.Indicators, i => i.Id, "indicators", Fail);
        Ids(plan.Tasks, t => t.Id, "tasks", Fail);
        Ids(plan.Reporting, r => r.Id, "reporting", Fail);

        void Agency(string id, string path)
        {
            if (!agencyIds.Contains(id))
            {
                Fail(path, $"agency '{id}' is not one of the plan's agencies.");
            }
        }

        void Responsibility(Responsibility responsibility, string path)
        {
            // A plan file writes one lead as a string ("lead": "x") and co-leads as a list ("lead": ["x", "y"]).
            var leads = responsibility.Leads;
            for (var i = 0; i < leads.Count; i++)
            {
                var leadPath = leads.Count == 1 ? $"{path}.lead" : $"{path}.lead[{i}]";
                Agency(leads[i], leadPath);
                if (leads.Take(i).Contains(leads[i], StringComparer.Ordinal))
                {
                    Fail(leadPath, $"agency '{leads[i]}' is named twice as a lead.");
                }
            }

            for (var i = 0; i < responsibility.Support.Count; i++)
            {
                var support = responsibility.Support[i];
                Agency(support, $"{path}.support[{i}]");
                if (responsibility.IsLead(support))
                {
                    Fail($"{path}.support[{i}]", $"agency '{support}' leads and cannot also support.");
                }
                else if (responsibility.Support.Take(i).Contains(support, StringComparer.Ordinal))
                {
                    Fail($"{path}.support[{i}]", $"agency '{support}' is named twice as a support.");
                }
            }
        }

        for (var i = 0; i < plan.Goals.Count; i++)
        {
            Source(plan.Goals[i].Source, $"$.goals[{i}]", Fail);
        }

        for (var i = 0; i < plan.Agencies.Count; i++)
        {
            Source(plan.Agencies[i].Source, $"$.agencies[{i}]", Fail);
        }

        for (var i = 0; i < plan.Indicators.Count; i++)
        {
            var indicator = plan.Indicators[i];
            var path = $"$.indicators[{i}]";
            if (!goalIds.Contains(indicator.GoalId))
            {
                Fail($"{path}.goal", $"goal '{indicator.GoalId}' is not one of the plan's goals.");
            }

            CheckMeasures(indicator, path, plan.Years, Fail);
            if (indicator.Responsibility.Leads.Count == 0 && options.RequireIndicatorLeads)
            {
                Fail($"{path}.lead", "has no lead agency (chủ trì).");
            }

            Responsibility(indicator.Responsibility, path);
            Source(indicator.Source, path, Fail);
        }

        for (var i = 0; i < plan.Tasks.Count; i++)
        {
            Responsibility(plan.Tasks[i].Responsibility, $"$.tasks[{i}]");
            Source(plan.Tasks[i].Source, $"$.tasks[{i}]", Fail);
        }

        for (var i = 0; i < plan.Funding.Count; i++)
        {
            Source(plan.Funding[i].Source, $"$.funding[{i}]", Fail);
        }

        for (var i = 0; i < plan.Reporting.Count; i++)
        {
            var step = plan.Reporting[i];
            var path = $"$.reporting[{i}]";
            Agency(step.From, $"{path}.from");
            Agency(step.To, $"{path}.to");
            if (step.Via is { } via)
            {
                Agency(via, $"{path}.via");
            }

            Source(step.Source, path, Fail);
        }

        return problems;
    }

    private static void CheckMeasures(Indicator indicator, string path, YearSpan years, Action<string, string> fail)
    {
        if (indicator.Measures.Count == 0)
        {
            fail(path, "has no measure.");
            return;
        }

        var single = indicator.IsSingleMeasure;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var m = 0; m < indicator.Measures.Count; m++)
        {
            var measure = indicator.Measures[m];
            var measurePath = single ? path : $"{path}.measures[{m}]";
            if (!single)
            {
                if (measure.Id is null)
                {
                    fail($"{measurePath}.id", "is required.");
                }
                else
                {
                    if (!IsId(measure.Id))
                    {
                        fail($"{measurePath}.id", $"'{measure.Id}' is not a valid id (letters, digits, '-', '_' and '.').");
                    }

                    if (!ids.Add(measure.Id))
                    {
                        fail($"{path}.measures", $"measure id '{measure.Id}' appears twice.");
                    }
                }

                // A plan file names each of several measures; without a name the written file could not be read back.
                if (measure.Name is null)
                {
                    fail($"{measurePath}.name", "is required.");
                }
                else if (string.IsNullOrWhiteSpace(measure.Name))
                {
                    fail($"{measurePath}.name", "must not be empty.");
                }
            }

            CheckTargets(measure, measurePath, years, fail);
            if (measure.Baseline is { } baseline)
            {
                if (!IsSupportedYear(baseline.Year))
                {
                    fail($"{measurePath}.baseline.year", YearOutOfRange(baseline.Year));
                }

                CheckMagnitude(baseline.Value, $"{measurePath}.baseline.value", fail);
            }
        }
    }

    private static string YearOutOfRange(int year) => $"{year} is not a year between {MinYear} and {MaxYear}.";

    private static void CheckMagnitude(decimal value, string path, Action<string, string> fail)
    {
        if (Math.Abs(value) > MaxMagnitude)
        {
            fail(path, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{value} is larger than {MaxMagnitude:N0}; check the number."));
        }
    }

    private static void CheckTargets(Measure measure, string path, YearSpan years, Action<string, string> fail)
    {
        if (measure.Targets.Count == 0)
        {
            fail($"{path}.targets", "every measure needs at least one target.");
        }

        for (var t = 0; t < measure.Targets.Count; t++)
        {
            var target = measure.Targets[t];
            var targetPath = $"{path}.targets[{t}]";
            if (!years.Contains(target.Year))
            {
                fail($"{targetPath}.year", $"{target.Year} is outside the plan's years {years}.");
            }

            if (target.FromYear is { } from)
            {
                if (from > target.Year)
                {
                    fail($"{targetPath}.from", $"the window starts ({from}) after its milestone year ({target.Year}).");
                }
                else if (!years.Contains(from))
                {
                    fail($"{targetPath}.from", $"{from} is outside the plan's years {years}.");
                }
            }

            CheckMagnitude(target.Value, $"{targetPath}.{(target.Comparison == Comparison.Between ? "min" : "value")}", fail);
            if (target.Max is { } big)
            {
                CheckMagnitude(big, $"{targetPath}.max", fail);
            }

            if (target.Comparison == Comparison.Between)
            {
                if (target.Max is not { } max)
                {
                    fail($"{targetPath}.max", "is required.");
                }
                else if (target.Value > max)
                {
                    fail($"{targetPath}.min", $"min ({target.Value}) is greater than max ({max}).");
                }
            }
        }

        var twice = measure.Targets.GroupBy(t => t.Year).FirstOrDefault(g => g.Count(t => t.FromYear is null) > 1);
        if (twice is not null)
        {
            fail($"{path}.targets", $"two targets for the year {twice.Key}.");
        }
    }

    private static HashSet<string> Ids<T>(IReadOnlyList<T> items, Func<T, string> id, string what, Action<string, string> fail)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var value = id(items[i]);
            if (!IsId(value))
            {
                fail($"$.{what}[{i}].id", $"'{value}' is not a valid id (letters, digits, '-', '_' and '.').");
            }

            if (!seen.Add(value))
            {
                fail($"$.{what}[{i}].id", $"id '{value}' appears twice in {what}.");
            }
        }

        return seen;
    }

    private static void Source(SourceReference? source, string path, Action<string, string> fail)
    {
        if (source is null || string.IsNullOrWhiteSpace(source.Document) || string.IsNullOrWhiteSpace(source.Section))
        {
            fail($"{path}.source", "every item needs a source: the section of the document it comes from.");
        }
    }

    private static bool IsId(string? id) => !string.IsNullOrEmpty(id) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
