using System.Globalization;

namespace ChildPlan.Indicators;

/// <summary>
/// Checks observations against a plan and the administrative units before anything is computed:
/// unknown indicator, measure, unit or year; negative values; a zero denominator; a numerator
/// greater than its denominator for a percent; a value that disagrees with its numerator and
/// denominator; duplicate observations; and a year's data given on two maps (for a unit that ended in the year and for a
/// unit formed over its area, which roll-ups would count twice). A unit code is read as the unit holding it in the row's year
/// (<see cref="AdministrativeHierarchy.InYear"/>). Every problem names the file and line.
/// </summary>
public static class ObservationValidator
{
    /// <summary>How far a given value may differ from the one its numerator and denominator give (rounding in the source).</summary>
    public const decimal Tolerance = 0.05m;

    /// <summary>
    /// Returns the problems found, at most <see cref="ChildPlanInputException.MaxReportedProblems"/> of them (use the
    /// overload with an <see cref="InputProblemCollector"/> to count the rest); an empty list means the observations can be evaluated.
    /// </summary>
    public static IReadOnlyList<InputProblem> Validate(Plan plan, IEnumerable<Observation> observations, AdministrativeHierarchy hierarchy)
    {
        var problems = new InputProblemCollector();
        Validate(plan, observations, hierarchy, problems);
        return problems.Problems;
    }

    /// <summary>
    /// Adds the problems found to <paramref name="problems"/>, which keeps the first ones in full and counts the
    /// rest, so a million bad observations take no more memory than its limit.
    /// </summary>
    public static void Validate(Plan plan, IEnumerable<Observation> observations, AdministrativeHierarchy hierarchy, InputProblemCollector problems)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(problems);
        hierarchy ??= AdministrativeHierarchy.Empty;
        var seen = new Dictionary<(string, string?, string, int), Observation>();
        var onMap = new Dictionary<(string, string?, AdministrativeUnit, int), Observation>();
        var ended = new List<(string Indicator, string? Measure, AdministrativeUnit Unit, int Year, Observation Row)>();
        foreach (var o in observations)
        {
            var where = o.Location?.ToString() ?? $"{o.IndicatorId} {o.Year}";
            void Problem(string message) => problems.Add(new InputProblem(where, message));

            var indicator = plan.FindIndicator(o.IndicatorId);
            if (indicator is null)
            {
                Problem($"unknown indicator '{o.IndicatorId}' in plan '{plan.Id}'.");
                continue;
            }

            var measure = indicator.FindMeasure(o.MeasureId);
            if (measure is null)
            {
                Problem(o.MeasureId is null
                    ? $"indicator '{indicator.Id}' has several measures ({string.Join(", ", indicator.Measures.Select(m => m.Id))}); say which in the measure column."
                    : $"unknown measure '{o.MeasureId}' of indicator '{indicator.Id}'"
                      + (indicator.IsSingleMeasure ? " (it has a single measure; leave measure empty)." : $" (its measures are {string.Join(", ", indicator.Measures.Select(m => m.Id))})."));
                continue;
            }

            var unit = ActualResolver.UnitOf(plan, o);
            if (o.UnitCode is { } code && code != plan.AreaCode && hierarchy.InYear(code, o.Year) is null)
            {
                Problem(hierarchy.Find(code) is { } other
                    ? string.Create(CultureInfo.InvariantCulture, $"administrative unit '{code}' ({other.Name}) does not exist in {o.Year}; a code is read as the unit holding it in the row's year.")
                    : $"unknown administrative unit '{code}'" + (hierarchy.IsEmpty ? " (no administrative units are given; give them, or use the plan's own area)." : "."));
            }

            if (!plan.Years.Contains(o.Year) && measure.Baseline?.Year != o.Year)
            {
                Problem($"year {o.Year} is outside the plan's years {plan.Years}.");
            }

            CheckNumbers(measure, o, Problem);

            var key = (indicator.Id, measure.Id, unit, o.Year);
            if (!seen.TryAdd(key, o))
            {
                Problem($"duplicate observation: {Describe(indicator, measure)} for unit '{unit}' in {o.Year} is already given at {seen[key].Location?.ToString() ?? "an earlier row"}.");
            }
            else if (hierarchy.InYear(unit, o.Year) is { } held)
            {
                onMap.TryAdd((indicator.Id, measure.Id, held, o.Year), o);
                if (held.ValidTo is { } end && end.Year == o.Year && end < new NodaTime.LocalDate(o.Year, 12, 31))
                {
                    ended.Add((indicator.Id, measure.Id, held, o.Year, o));
                }
            }
        }

        // A year's data on two maps: a unit that ended during the year and a unit of the year's map over its area would both
        // be counted in every roll-up above them.
        foreach (var (indicatorId, measureId, old, year, row) in ended)
        {
            foreach (var successor in hierarchy.SuccessorsOver(old))
            {
                if (onMap.TryGetValue((indicatorId, measureId, successor, year), out var other))
                {
                    var measureName = measureId is null ? indicatorId : $"{indicatorId}/{measureId}";
                    problems.Add(new InputProblem(
                        row.Location?.ToString() ?? $"{indicatorId} {year}",
                        string.Create(CultureInfo.InvariantCulture, $"{measureName} in {year} is given both for '{old.Code}' ({old.Name}), which ended on {Iso(old.ValidTo!.Value)}, and at {other.Location?.ToString() ?? "another row"} for '{successor.Code}' ({successor.Name}), formed on {Iso(successor.ValidFrom!.Value)} over its area: roll-ups would count it twice; give the year's data on one map (the old units or the new ones).")));
                }
            }
        }
    }

    /// <summary>Throws when <see cref="Validate(Plan, IEnumerable{Observation}, AdministrativeHierarchy)"/> finds problems.</summary>
    /// <exception cref="ChildPlanInputException">The observations have problems; the message lists the first ones and counts the rest.</exception>
    public static void ThrowIfInvalid(Plan plan, IEnumerable<Observation> observations, AdministrativeHierarchy hierarchy)
    {
        var problems = new InputProblemCollector();
        Validate(plan, observations, hierarchy, problems);
        problems.ThrowIfAny();
    }

    /// <summary>The largest number accepted in a data file (larger ones are typing errors and overflow the arithmetic).</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000m;

    private static void CheckNumbers(Measure measure, Observation o, Action<string> problem)
    {
        var unit = measure.Unit;
        if (new[] { o.Value, o.Numerator, o.Denominator }.Any(n => n is { } x && Math.Abs(x) > MaxMagnitude))
        {
            problem(string.Create(CultureInfo.InvariantCulture, $"a number is larger than {MaxMagnitude:N0}; check the file."));
            return;
        }

        if (unit == IndicatorUnit.Percent && o.Value is { } percent && percent > 100)
        {
            problem(string.Create(CultureInfo.InvariantCulture, $"value {percent} is above 100 for a percent."));
        }
        if (o.Value is { } v && v < 0 && unit != IndicatorUnit.PercentChangePerYear)
        {
            problem(string.Create(CultureInfo.InvariantCulture, $"value {v} is negative."));
        }

        if (unit == IndicatorUnit.YesNo && o.Value is { } yn && yn is not (0 or 1))
        {
            problem(string.Create(CultureInfo.InvariantCulture, $"value {yn} is not 1 (done) or 0 (not done)."));
        }

        if (o.Numerator is null && o.Denominator is null)
        {
            return;
        }

        if (!unit.IsRate())
        {
            problem($"a {unit.FileName()} measure has no numerator or denominator; give the value.");
            return;
        }

        var n = o.Numerator!.Value;
        var d = o.Denominator!.Value;
        if (n < 0 || d < 0)
        {
            problem(string.Create(CultureInfo.InvariantCulture, $"numerator {n} or denominator {d} is negative."));
            return;
        }

        if (d == 0)
        {
            problem("the denominator is zero.");
            return;
        }

        if (unit == IndicatorUnit.Percent && n > d)
        {
            problem(string.Create(CultureInfo.InvariantCulture, $"numerator {n} is greater than denominator {d} for a percent."));
        }

        if (o.Value is { } given)
        {
            var computed = Rates.Compute(unit, n, d);
            if (Math.Abs(given - computed) > Tolerance)
            {
                problem(string.Create(CultureInfo.InvariantCulture, $"value {given} disagrees with numerator/denominator {n}/{d} = {Math.Round(computed, 3)}."));
            }
        }
    }

    private static string Iso(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static string Describe(Indicator indicator, Measure measure) =>
        measure.Id is null ? indicator.Id : $"{indicator.Id}/{measure.Id}";
}
