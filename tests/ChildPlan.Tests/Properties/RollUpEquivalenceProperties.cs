using ChildPlan.Indicators;
using CsCheck;
using NodaTime;

namespace ChildPlan.Tests.Properties;

/// <summary>
/// The indexed roll-up gives what the recursive one gave (<see cref="ReferenceResolver"/>), value for value and reason for
/// reason, over generated hierarchies with units ending mid-year, codes reused by new units, communes merged in full or
/// split, districts ending into their province, and rows given as counts, as a rate's value only, for units of every map.
/// </summary>
public sealed class RollUpEquivalenceProperties
{
    private static readonly LocalDate Change = new(2024, 7, 1);

    private static readonly IndicatorUnit[] Kinds = [IndicatorUnit.Count, IndicatorUnit.Percent, IndicatorUnit.PerThousandLiveBirths, IndicatorUnit.YesNo];

    [Fact]
    public void The_indexed_roll_up_agrees_with_the_recursive_one_for_every_unit_and_year()
    {
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var (units, changes) = Map(random);
            AdministrativeHierarchy hierarchy;
            try
            {
                hierarchy = new AdministrativeHierarchy(units, changes);
            }
            catch (ChildPlanInputException)
            {
                return; // a generated change the hierarchy refuses: nothing to compare
            }

            var plan = PlanFor(Kinds[random.Next(Kinds.Length)]);
            var indicator = plan.Indicators[0];
            var measure = indicator.Measures[0];
            var data = Rows(random, plan, hierarchy, duplicates: true);
            var resolver = new ActualResolver(plan, data, hierarchy);
            var reference = new ReferenceResolver(plan, data, hierarchy);
            Assert.Equal(reference.YearsWithData(indicator, measure), resolver.YearsWithData(indicator, measure));
            foreach (var unit in hierarchy.Units.Append(new AdministrativeUnit("P", "P", AdministrativeLevel.Province, null)).Append(new AdministrativeUnit("X", "X", AdministrativeLevel.Province, null)))
            {
                for (var year = 2022; year <= 2026; year++)
                {
                    AssertSame(reference.Resolve(indicator, measure, unit, year), resolver.Resolve(indicator, measure, unit, year), $"seed {seed}, {unit.Code} from {unit.ValidFrom} in {year}");
                }
            }

            // Evaluation takes the rows checked once (the first of each cell) and shows each code on the year's own map.
            var valid = Rows(random, plan, hierarchy, duplicates: false);
            if (ObservationValidator.Validate(plan, valid, hierarchy).Count > 0)
            {
                return;
            }

            var expected = new ReferenceResolver(plan, valid, hierarchy);
            foreach (var code in hierarchy.Units.Select(u => u.Code).Distinct())
            {
                for (var year = 2022; year <= 2025; year++)
                {
                    if (hierarchy.Find(code, new LocalDate(year, 12, 31)) is not { } shown)
                    {
                        continue;
                    }

                    var result = PlanEvaluator.Evaluate(plan, valid, hierarchy, new EvaluationOptions { UnitCode = code, Year = year }).Results.Single();
                    AssertSame(expected.Resolve(indicator, measure, shown, year), new ActualResolution(result.Actual, result.Reason), $"seed {seed}, evaluating {code} in {year}");
                }
            }
        }, iter: 150);
    }

    private static void AssertSame(ActualResolution expected, ActualResolution actual, string what)
    {
        Assert.True(Describe(expected) == Describe(actual), $"{what}:\n  expected {Describe(expected)}\n  actual   {Describe(actual)}");
        if (expected.Actual is { } e)
        {
            Assert.Equal(e.Observations, actual.Actual!.Observations, ReferenceEqualityComparer.Instance);
            Assert.Equal(e.UnitsReporting, actual.Actual.UnitsReporting);
        }

        if (expected.Reason is { } reason)
        {
            Assert.Equal(reason.Unit, actual.Reason!.Unit);
            Assert.Equal(reason.Blocking, actual.Reason.Blocking);
        }
    }

    private static string Describe(ActualResolution r) =>
        r.Actual is { } a
            ? $"{a.Value} ({a.Numerator}/{a.Denominator}) rolled up {a.RolledUp}, carried {a.CarriedOver}, {a.Coverage}, {a.Observations.Count} rows"
            : $"none: {r.Reason?.Kind} {r.Reason?.Unit.Code} [{string.Join(", ", r.Reason?.Blocking.Select(b => b.Code) ?? [])}]";

    private static Plan PlanFor(IndicatorUnit unit)
    {
        var small = TestPlans.Small();
        var indicator = small.Indicators[0];
        return small with { Indicators = [indicator with { Measures = [indicator.Measures[0] with { Unit = unit }] }] };
    }

    /// <summary>A province P (and sometimes a second, Q) with districts and communes, and changes on 2024-07-01.</summary>
    private static (List<AdministrativeUnit> Units, AdministrativeChanges Changes) Map(Random random)
    {
        var units = new List<AdministrativeUnit>();
        var communes = new List<AdministrativeUnit>();
        var districts = new List<AdministrativeUnit>();
        foreach (var province in random.Next(3) == 0 ? new[] { "P", "Q" } : ["P"])
        {
            units.Add(new AdministrativeUnit(province, province, AdministrativeLevel.Province, null));
            for (var d = random.Next(1, 4); d > 0; d--)
            {
                var district = new AdministrativeUnit($"{province}D{d}", $"{province}D{d}", AdministrativeLevel.District, province);
                units.Add(district);
                districts.Add(district);
                for (var c = random.Next(0, 4); c > 0; c--)
                {
                    var commune = new AdministrativeUnit($"{district.Code}C{c}", $"{district.Code}C{c}", AdministrativeLevel.Commune, district.Code);
                    units.Add(commune);
                    communes.Add(commune);
                }
            }
        }

        var changes = new List<UnitChange>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var n = random.Next(0, 4); n > 0; n--)
        {
            switch (random.Next(4))
            {
                case 0 when communes.Count >= 2:
                {
                    // Communes merged in full into a new commune, perhaps keeping one old code, under a district or the province.
                    var from = communes.Where(c => !used.Contains(c.Code)).OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
                    if (from.Count == 0)
                    {
                        break;
                    }

                    from.ForEach(c => used.Add(c.Code));
                    var code = random.Next(2) == 0 ? from[0].Code : $"N{changes.Count}";
                    var parent = random.Next(2) == 0 ? from[0].ParentCode! : units.First(u => u.Level == AdministrativeLevel.Province).Code;
                    changes.Add(Merge(from.Select(c => new UnitContribution(c.Code, UnitShare.Full)), new AdministrativeUnit(code, $"new {code}", AdministrativeLevel.Commune, parent)));
                    break;
                }

                case 1 when communes.Count >= 1:
                {
                    // A commune split between two new communes.
                    var old = communes.FirstOrDefault(c => !used.Contains(c.Code));
                    if (old is null)
                    {
                        break;
                    }

                    used.Add(old.Code);
                    for (var part = 0; part < 2; part++)
                    {
                        var code = $"S{changes.Count}";
                        changes.Add(Merge([new UnitContribution(old.Code, UnitShare.Partial)], new AdministrativeUnit(code, $"new {code}", AdministrativeLevel.Commune, old.ParentCode)));
                    }

                    break;
                }

                case 2:
                {
                    // A district ending into its province (which goes on).
                    var district = districts.FirstOrDefault(d => !used.Contains(d.Code));
                    if (district is null)
                    {
                        break;
                    }

                    used.Add(district.Code);
                    var province = units.First(u => u.Code == district.ParentCode);
                    changes.Add(Merge([new UnitContribution(district.Code, UnitShare.Full)], province));
                    break;
                }

                default:
                {
                    // A rename: the same area under a new unit with a new code.
                    var old = communes.FirstOrDefault(c => !used.Contains(c.Code));
                    if (old is null)
                    {
                        break;
                    }

                    used.Add(old.Code);
                    changes.Add(Merge([new UnitContribution(old.Code, UnitShare.Full)], new AdministrativeUnit($"R{changes.Count}", "renamed", AdministrativeLevel.Commune, old.ParentCode)));
                    break;
                }
            }
        }

        return (units, new AdministrativeChanges { Units = changes });
    }

    private static UnitChange Merge(IEnumerable<UnitContribution> from, AdministrativeUnit successor) =>
        new() { From = [.. from], Effective = Change, Successor = successor, Basis = "test" };

    /// <summary>Rows for random codes and years: counts, a value only, or (for a count) a value; the plan's own area; with duplicates when asked.</summary>
    private static List<Observation> Rows(Random random, Plan plan, AdministrativeHierarchy hierarchy, bool duplicates)
    {
        var id = plan.Indicators[0].Id;
        var rate = plan.Indicators[0].Measures[0].Unit.IsRate();
        var codes = hierarchy.Units.Select(u => u.Code).Distinct().Append("P").ToList();
        var rows = new List<Observation>();
        var taken = new HashSet<(string, int)>();
        for (var n = random.Next(0, 30); n > 0; n--)
        {
            var year = random.Next(2022, duplicates ? 2027 : 2026);
            var code = codes[random.Next(codes.Count)];
            if (!duplicates && code != "P" && hierarchy.InYear(code, year) is null)
            {
                continue; // checked data names units of the row's year
            }

            if (!duplicates && !taken.Add((code, year)))
            {
                continue;
            }

            var unit = code == "P" && random.Next(2) == 0 ? null : code;
            var line = rows.Count + 2;
            var denominator = random.Next(1, 500);
            rows.Add(rate && random.Next(5) > 0
                ? TestPlans.Obs(id, year, numerator: random.Next(0, denominator + 1), denominator: denominator, unit: unit, line: line)
                : TestPlans.Obs(id, year, value: random.Next(0, rate ? 101 : 2), unit: unit, line: line));
        }

        return rows;
    }
}
