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
        Index(plan, observations, hierarchy, problems);
    }

    /// <summary>
    /// Checks the observations as <see cref="Validate(Plan, IEnumerable{Observation}, AdministrativeHierarchy, InputProblemCollector)"/>
    /// does and indexes them in the same pass (each row's first cell: a later duplicate is a problem, not an entry).
    /// A valid row costs no allocation: its location is written only when a problem is reported.
    /// </summary>
    internal static ObservationIndex Index(Plan plan, IEnumerable<Observation> observations, AdministrativeHierarchy hierarchy, InputProblemCollector problems)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(observations);
        hierarchy ??= AdministrativeHierarchy.Empty;
        var units = hierarchy.Index;
        var index = new ObservationIndex(plan, units);
        var area = plan.AreaCode;
        List<(int Slot, Measure Measure, int Old, int Year, Observation Row)>? ended = null;
        foreach (var o in observations)
        {
            var position = index.IndicatorPosition(o.IndicatorId);
            if (position < 0)
            {
                Problem(problems, o, $"unknown indicator '{o.IndicatorId}' in plan '{plan.Id}'.");
                continue;
            }

            var indicator = plan.Indicators[position];
            var measureAt = ObservationIndex.MeasurePosition(indicator, o.MeasureId);
            if (measureAt < 0)
            {
                Problem(problems, o, o.MeasureId is null
                    ? $"indicator '{indicator.Id}' has several measures ({string.Join(", ", indicator.Measures.Select(m => m.Id))}); say which in the measure column."
                    : $"unknown measure '{o.MeasureId}' of indicator '{indicator.Id}'"
                      + (indicator.IsSingleMeasure ? " (it has a single measure; leave measure empty)." : $" (its measures are {string.Join(", ", indicator.Measures.Select(m => m.Id))})."));
                continue;
            }

            var measure = indicator.Measures[measureAt];
            var slot = index.FirstSlot(position) + measureAt;
            var unit = o.UnitCode ?? area ?? string.Empty;
            var codeId = index.CodeId(unit);
            var held = units.InYear(codeId, o.Year);
            if (o.UnitCode is { } code && held < 0 && code != area)
            {
                Problem(problems, o, hierarchy.Find(code) is { } other
                    ? string.Create(CultureInfo.InvariantCulture, $"administrative unit '{code}' ({other.Name}) does not exist in {o.Year}; a code is read as the unit holding it in the row's year.")
                    : $"unknown administrative unit '{code}'" + (hierarchy.IsEmpty ? " (no administrative units are given; give them, or use the plan's own area)." : "."));
            }

            if (!plan.Years.Contains(o.Year) && measure.Baseline?.Year != o.Year)
            {
                Problem(problems, o, $"year {o.Year} is outside the plan's years {plan.Years}.");
            }

            CheckNumbers(measure, o, problems);

            if (index.Put(slot, o.Year, codeId, o, replace: false) is { } first)
            {
                Problem(problems, o, $"duplicate observation: {Describe(indicator, measure)} for unit '{unit}' in {o.Year} is already given at {first.Location?.ToString() ?? "an earlier row"}.");
            }
            else if (held >= 0 && units.ToYear[held] == o.Year && units.ToDay[held] < HierarchyIndex.LastDay(o.Year))
            {
                (ended ??= []).Add((slot, measure, held, o.Year, o));
            }
        }

        // A year's data on two maps: a unit that ended during the year and a unit of the year's map over its area would both
        // be counted in every roll-up above them.
        foreach (var (slot, measure, oldId, year, row) in ended ?? [])
        {
            var old = units.Units[oldId];
            foreach (var successor in hierarchy.SuccessorsOver(old))
            {
                var successorId = units.IdOf(successor);
                var successorCode = units.CodeOf[successorId];
                if (index.Find(slot, year, successorCode) is { } other && units.InYear(successorCode, year) == successorId)
                {
                    var indicatorId = row.IndicatorId;
                    var measureId = measure.Id;
                    var measureName = measureId is null ? indicatorId : $"{indicatorId}/{measureId}";
                    problems.Add(new InputProblem(
                        row.Location?.ToString() ?? $"{indicatorId} {year}",
                        string.Create(CultureInfo.InvariantCulture, $"{measureName} in {year} is given both for '{old.Code}' ({old.Name}), which ended on {Iso(old.ValidTo!.Value)}, and at {other.Location?.ToString() ?? "another row"} for '{successor.Code}' ({successor.Name}), formed on {Iso(successor.ValidFrom!.Value)} over its area: roll-ups would count it twice; give the year's data on one map (the old units or the new ones).")));
                }
            }
        }

        return index;
    }

    /// <summary>
    /// Checks and indexes <paramref name="observations"/> for evaluation.
    /// </summary>
    /// <exception cref="ChildPlanInputException">The observations have problems; the message lists the first ones and counts the rest.</exception>
    internal static ObservationIndex IndexValid(Plan plan, IEnumerable<Observation> observations, AdministrativeHierarchy hierarchy)
    {
        var problems = new InputProblemCollector();
        var index = Index(plan, observations, hierarchy, problems);
        problems.ThrowIfAny();
        return index;
    }

    /// <summary>Reports a problem at the row's file and line, written only now that there is one.</summary>
    private static void Problem(InputProblemCollector problems, Observation o, string message) =>
        problems.Add(new InputProblem(o.Location?.ToString() ?? $"{o.IndicatorId} {o.Year}", message));

    /// <summary>Throws when <see cref="Validate(Plan, IEnumerable{Observation}, AdministrativeHierarchy)"/> finds problems.</summary>
    /// <exception cref="ChildPlanInputException">The observations have problems; the message lists the first ones and counts the rest.</exception>
    public static void ThrowIfInvalid(Plan plan, IEnumerable<Observation> observations, AdministrativeHierarchy hierarchy) =>
        IndexValid(plan, observations, hierarchy);

    /// <summary>The largest number accepted in a data file (larger ones are typing errors and overflow the arithmetic).</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000m;

    private static void CheckNumbers(Measure measure, Observation o, InputProblemCollector problems)
    {
        var unit = measure.Unit;
        if (TooLarge(o.Value) || TooLarge(o.Numerator) || TooLarge(o.Denominator))
        {
            Problem(problems, o, string.Create(CultureInfo.InvariantCulture, $"a number is larger than {MaxMagnitude:N0}; check the file."));
            return;
        }

        if (unit == IndicatorUnit.Percent && o.Value is { } percent && percent > 100)
        {
            Problem(problems, o, string.Create(CultureInfo.InvariantCulture, $"value {percent} is above 100 for a percent."));
        }
        if (o.Value is { } v && v < 0 && unit != IndicatorUnit.PercentChangePerYear)
        {
            Problem(problems, o, string.Create(CultureInfo.InvariantCulture, $"value {v} is negative."));
        }

        if (unit == IndicatorUnit.YesNo && o.Value is { } yn && yn is not (0 or 1))
        {
            Problem(problems, o, string.Create(CultureInfo.InvariantCulture, $"value {yn} is not 1 (done) or 0 (not done)."));
        }

        if (o.Numerator is null && o.Denominator is null)
        {
            return;
        }

        if (!unit.IsRate())
        {
            Problem(problems, o, $"a {unit.FileName()} measure has no numerator or denominator; give the value.");
            return;
        }

        var n = o.Numerator!.Value;
        var d = o.Denominator!.Value;
        if (n < 0 || d < 0)
        {
            Problem(problems, o, string.Create(CultureInfo.InvariantCulture, $"numerator {n} or denominator {d} is negative."));
            return;
        }

        if (d == 0)
        {
            Problem(problems, o, "the denominator is zero.");
            return;
        }

        if (unit == IndicatorUnit.Percent && n > d)
        {
            Problem(problems, o, string.Create(CultureInfo.InvariantCulture, $"numerator {n} is greater than denominator {d} for a percent."));
        }

        if (o.Value is { } given)
        {
            var computed = Rates.Compute(unit, n, d);
            if (Math.Abs(given - computed) > Tolerance)
            {
                Problem(problems, o, string.Create(CultureInfo.InvariantCulture, $"value {given} disagrees with numerator/denominator {n}/{d} = {Math.Round(computed, 3)}."));
            }
        }
    }

    private static bool TooLarge(decimal? number) => number is { } x && Math.Abs(x) > MaxMagnitude;

    private static string Iso(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static string Describe(Indicator indicator, Measure measure) =>
        measure.Id is null ? indicator.Id : $"{indicator.Id}/{measure.Id}";
}
