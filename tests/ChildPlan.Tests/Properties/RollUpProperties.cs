using ChildPlan.Indicators;
using CsCheck;

namespace ChildPlan.Tests.Properties;

/// <summary>
/// A roll-up equals the roll-up of roll-ups: over generated provinces, districts and communes, the province's count
/// is the sum over its districts of the sums over their communes, and a province's rate is the summed numerators over
/// the summed denominators of its districts (never a mean of rates).
/// </summary>
public sealed class RollUpProperties
{
    private const int Year = 2025;

    private static readonly Gen<IndicatorUnit> Units = Gen.OneOf(
        IndicatorUnit.Count, IndicatorUnit.Percent, IndicatorUnit.PerThousandLiveBirths, IndicatorUnit.PerHundredThousandChildren, IndicatorUnit.PercentChangePerYear);

    /// <summary>
    /// One leaf's data: none, or a numerator no greater than its (non-zero: the evaluator refuses a zero denominator
    /// as bad data) denominator; a count uses the numerator as its value.
    /// </summary>
    private static readonly Gen<(int Numerator, int Denominator)?> Leaf =
        Gen.Frequency(
            (1, Gen.Const(default((int, int)?))),
            (4, Gen.Int[1, 5000].SelectMany(d => Gen.Int[0, d].Select(n => ((int, int)?)(n, d)))));

    /// <summary>The number of communes of each district (none: the district reports itself), and data for up to 20 leaves.</summary>
    private static readonly Gen<(IndicatorUnit Unit, int[] Communes, (int Numerator, int Denominator)?[] Leaves)> Cases =
        Gen.Select(Units, Gen.Int[0, 4].Array[1, 4], Leaf.Array[20]);

    private static Plan PlanFor(IndicatorUnit unit)
    {
        var small = TestPlans.Small();
        var indicator = small.Indicators[0];
        return small with { Indicators = [indicator with { Measures = [indicator.Measures[0] with { Unit = unit }] }] };
    }

    private static Actual? Evaluate(Plan plan, IReadOnlyCollection<Observation> data, AdministrativeHierarchy hierarchy, string unit) =>
        PlanEvaluator.Evaluate(plan, data, hierarchy, new EvaluationOptions { Year = Year, UnitCode = unit }).Results.Single().Actual;

    [Fact]
    public void A_province_is_the_roll_up_of_its_districts_roll_ups()
    {
        Cases.Sample((unit, communes, leaves) =>
        {
            var plan = PlanFor(unit);
            var id = plan.Indicators[0].Id;
            var units = new List<AdministrativeUnit> { new("P", "P", AdministrativeLevel.Province, null) };
            var data = new List<Observation>();
            var leafData = new Dictionary<string, List<(int Numerator, int Denominator)>>(StringComparer.Ordinal);
            var next = 0;
            void Report(string code, string district)
            {
                if (leaves[next++] is { } leaf)
                {
                    data.Add(unit == IndicatorUnit.Count
                        ? TestPlans.Obs(id, Year, value: leaf.Numerator, unit: code)
                        : TestPlans.Obs(id, Year, numerator: leaf.Numerator, denominator: leaf.Denominator, unit: code));
                    leafData[district].Add(leaf);
                }
            }

            for (var d = 0; d < communes.Length; d++)
            {
                var district = $"D{d}";
                units.Add(new AdministrativeUnit(district, district, AdministrativeLevel.District, "P"));
                leafData[district] = [];
                if (communes[d] == 0)
                {
                    Report(district, district);
                }

                for (var c = 0; c < communes[d]; c++)
                {
                    units.Add(new AdministrativeUnit($"C{d}-{c}", $"C{d}-{c}", AdministrativeLevel.Commune, district));
                    Report($"C{d}-{c}", district);
                }
            }

            var hierarchy = new AdministrativeHierarchy(units);
            var province = Evaluate(plan, data, hierarchy, "P");
            var districts = leafData.Keys.Select(d => (Code: d, Actual: Evaluate(plan, data, hierarchy, d))).ToList();
            var reporting = districts.Where(d => d.Actual is not null).Select(d => d.Actual!).ToList();

            if (unit == IndicatorUnit.Count)
            {
                // Each district is the sum over its communes, and the province the sum over the districts.
                foreach (var (code, actual) in districts)
                {
                    Assert.Equal(leafData[code].Count == 0 ? null : leafData[code].Sum(l => (decimal)l.Numerator), actual?.Value);
                }

                Assert.Equal(reporting.Count == 0 ? null : reporting.Sum(a => a.Value), province?.Value);
                Assert.Equal(data.Count == 0 ? null : data.Sum(o => o.Value!.Value), province?.Value);
                return;
            }

            foreach (var (code, actual) in districts)
            {
                var n = leafData[code].Sum(l => (decimal)l.Numerator);
                var d = leafData[code].Sum(l => (decimal)l.Denominator);
                if (leafData[code].Count == 0)
                {
                    Assert.Null(actual);
                    continue;
                }

                Assert.NotNull(actual);
                Assert.Equal((n, d), (actual.Numerator, actual.Denominator));
            }

            var numerator = reporting.Sum(a => a.Numerator!.Value);
            var denominator = reporting.Sum(a => a.Denominator!.Value);
            Assert.Equal(data.Sum(o => o.Numerator!.Value), numerator);
            Assert.Equal(data.Sum(o => o.Denominator!.Value), denominator);
            if (denominator == 0)
            {
                Assert.Null(province);
                return;
            }

            Assert.NotNull(province);
            Assert.Equal((numerator, denominator), (province.Numerator, province.Denominator));
            Assert.Equal(Rates.Compute(unit, numerator, denominator), province.Value);
        }, iter: 300);
    }
}
