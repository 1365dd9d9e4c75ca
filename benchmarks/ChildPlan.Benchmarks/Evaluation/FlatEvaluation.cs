using ChildPlan.Indicators;

namespace ChildPlan.Benchmarks.Evaluation;

/// <summary>
/// The floor of the evaluation: one pass over the observations into flat arrays, doing the checks the validator does
/// (known indicator, measure, unit and year; number checks; duplicates), summing numerators, denominators and values into
/// the plan's area (every generated unit is below it), then judging each measure and year with the library's
/// <see cref="TargetJudge"/>. It relies on what the generated data guarantees (observations only on units below the
/// root, no administrative changes), which is what makes it a floor and not a replacement.
/// </summary>
public static class FlatEvaluation
{
    /// <summary>Evaluates <paramref name="plan"/> in its area from <paramref name="observations"/> on the units numbered by <paramref name="unitIndex"/>.</summary>
    /// <exception cref="InvalidOperationException">An observation does not pass the checks.</exception>
    public static List<FlatResult> Evaluate(Plan plan, IReadOnlyList<Observation> observations, Dictionary<string, int> unitIndex)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(unitIndex);
        var measures = new List<(Indicator Indicator, Measure Measure)>();
        var firstSlot = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstYear = plan.Years.From;
        foreach (var indicator in plan.Indicators)
        {
            firstSlot[indicator.Id] = measures.Count;
            foreach (var measure in indicator.Measures)
            {
                measures.Add((indicator, measure));
                if (measure.Baseline is { } b && b.Year < firstYear)
                {
                    firstYear = b.Year;
                }
            }
        }

        var years = plan.Years.To - firstYear + 1;
        var cells = measures.Count * years;
        var numerators = new decimal[cells];
        var denominators = new decimal[cells];
        var values = new decimal[cells];
        var reported = new bool[cells];
        var valueOnly = new bool[cells];
        var seen = new System.Collections.BitArray(checked(cells * unitIndex.Count));
        foreach (var o in observations)
        {
            if (!firstSlot.TryGetValue(o.IndicatorId, out var slot))
            {
                throw Problem(o, "unknown indicator");
            }

            var indicator = measures[slot].Indicator;
            var found = -1;
            for (var m = 0; m < indicator.Measures.Count; m++)
            {
                if (string.Equals(indicator.Measures[m].Id, o.MeasureId, StringComparison.Ordinal))
                {
                    found = m;
                    break;
                }
            }

            if (found < 0 && !(o.MeasureId is null && indicator.Measures.Count == 1))
            {
                throw Problem(o, "unknown measure");
            }

            slot += Math.Max(found, 0);
            var measure = measures[slot].Measure;
            if (o.UnitCode is not { } code || !unitIndex.TryGetValue(code, out var unit))
            {
                throw Problem(o, "unknown unit");
            }

            if (!plan.Years.Contains(o.Year) && measure.Baseline?.Year != o.Year)
            {
                throw Problem(o, "year outside the plan");
            }

            Check(measure.Unit, o);
            var cell = (slot * years) + (o.Year - firstYear);
            var bit = (cell * unitIndex.Count) + unit;
            if (seen[bit])
            {
                throw Problem(o, "duplicate");
            }

            seen[bit] = true;
            reported[cell] = true;
            if (o is { Numerator: { } n, Denominator: { } d })
            {
                numerators[cell] += n;
                denominators[cell] += d;
            }
            else
            {
                valueOnly[cell] = true;
                values[cell] += o.Value ?? 0;
            }
        }

        var results = new List<FlatResult>();
        var judged = new SortedSet<int>();
        for (var slot = 0; slot < measures.Count; slot++)
        {
            var (indicator, measure) = measures[slot];
            judged.Clear();
            foreach (var target in measure.Targets)
            {
                judged.Add(target.Year);
            }

            for (var y = 0; y < years; y++)
            {
                if (reported[(slot * years) + y])
                {
                    judged.Add(firstYear + y);
                }
            }

            var key = measure.Id is null ? indicator.Id : $"{indicator.Id}/{measure.Id}";
            foreach (var year in judged)
            {
                var cell = year >= firstYear && year <= plan.Years.To ? (slot * years) + (year - firstYear) : -1;
                decimal? value = null, numerator = null, denominator = null;
                if (cell >= 0 && reported[cell])
                {
                    if (measure.Unit.IsRate())
                    {
                        if (!valueOnly[cell] && denominators[cell] != 0)
                        {
                            (numerator, denominator) = (numerators[cell], denominators[cell]);
                            value = Rates.Compute(measure.Unit, numerators[cell], denominators[cell]);
                        }
                    }
                    else if (measure.Unit == IndicatorUnit.Count)
                    {
                        value = values[cell];
                    }
                }

                results.Add(new FlatResult(key, year, value, numerator, denominator, TargetJudge.Judge(measure, year, value).Status));
            }
        }

        return results;
    }

    /// <summary>The library's results in the same form.</summary>
    public static List<FlatResult> From(PlanEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return [.. evaluation.Results.Select(r => new FlatResult(r.Key, r.Year, r.Actual?.Value, r.Actual?.Numerator, r.Actual?.Denominator, r.Status))];
    }

    /// <summary>Throws when the two lists differ, naming the first difference.</summary>
    /// <exception cref="InvalidOperationException">They differ.</exception>
    public static void RequireEqual(IReadOnlyList<FlatResult> library, IReadOnlyList<FlatResult> baseline, string what)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(baseline);
        for (var i = 0; i < Math.Min(library.Count, baseline.Count); i++)
        {
            if (library[i] != baseline[i])
            {
                throw new InvalidOperationException($"{what}: result {i} differs: ChildPlan {library[i]}, baseline {baseline[i]}.");
            }
        }

        if (library.Count != baseline.Count)
        {
            throw new InvalidOperationException($"{what}: ChildPlan gives {library.Count} results, the baseline {baseline.Count}.");
        }
    }

    private static void Check(IndicatorUnit unit, Observation o)
    {
        const decimal max = ObservationValidator.MaxMagnitude;
        if ((o.Value is { } v0 && Math.Abs(v0) > max) || (o.Numerator is { } n0 && Math.Abs(n0) > max) || (o.Denominator is { } d0 && Math.Abs(d0) > max))
        {
            throw Problem(o, "number too large");
        }

        if (o.Value is { } v && ((unit == IndicatorUnit.Percent && v > 100) || (v < 0 && unit != IndicatorUnit.PercentChangePerYear) || (unit == IndicatorUnit.YesNo && v is not (0 or 1))))
        {
            throw Problem(o, "bad value");
        }

        if (o.Numerator is null && o.Denominator is null)
        {
            return;
        }

        if (!unit.IsRate() || o.Numerator is not { } n || o.Denominator is not { } d || n < 0 || d <= 0 || (unit == IndicatorUnit.Percent && n > d))
        {
            throw Problem(o, "bad numerator or denominator");
        }

        if (o.Value is { } given && Math.Abs(given - Rates.Compute(unit, n, d)) > ObservationValidator.Tolerance)
        {
            throw Problem(o, "value disagrees with numerator/denominator");
        }
    }

    private static InvalidOperationException Problem(Observation o, string what) =>
        new($"{what}: {o.IndicatorId}/{o.MeasureId} {o.UnitCode} {o.Year}");
}
