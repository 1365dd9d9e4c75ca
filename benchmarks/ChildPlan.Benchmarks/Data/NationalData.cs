using ChildPlan.Indicators;

namespace ChildPlan.Benchmarks.Data;

/// <summary>
/// A seeded, deterministic national data set: a hierarchy of provinces, districts and communes under one root that is the
/// plan's own area (so the default evaluation rolls up the whole country), and an observation for every measure of the plan,
/// every commune and every year of the plan: numerator and denominator for rates, a value otherwise. The same seed and sizes
/// always give the same units and numbers, and the library's validation accepts them.
/// </summary>
public sealed class NationalData
{
    /// <summary>The seed of every generated data set.</summary>
    public const int Seed = 20_251_127;

    /// <summary>Provinces in the country.</summary>
    public const int Provinces = 63;

    /// <summary>Districts in the country.</summary>
    public const int Districts = 705;

    /// <summary>Communes in the country as the issue counts them.</summary>
    public const int Communes = 3_321;

    private NationalData(Plan plan, AdministrativeUnit root, IReadOnlyList<AdministrativeUnit> units, IReadOnlyList<AdministrativeUnit> communes, IReadOnlyList<Observation> observations)
    {
        Plan = plan;
        Root = root;
        Units = units;
        CommuneUnits = communes;
        Observations = observations;
    }

    /// <summary>The plan the observations are for.</summary>
    public Plan Plan { get; }

    /// <summary>The root: the plan's own area, above every province.</summary>
    public AdministrativeUnit Root { get; }

    /// <summary>Every unit: the root, the provinces, the districts and the communes.</summary>
    public IReadOnlyList<AdministrativeUnit> Units { get; }

    /// <summary>The communes, in code order.</summary>
    public IReadOnlyList<AdministrativeUnit> CommuneUnits { get; }

    /// <summary>The observations, commune by commune, year by year, measure by measure.</summary>
    public IReadOnlyList<Observation> Observations { get; }

    /// <summary>
    /// Generates <paramref name="communes"/> communes (63 provinces and 705 districts, fewer when there are fewer communes)
    /// with observations for every measure of <paramref name="plan"/> in each of its first <paramref name="years"/> years.
    /// </summary>
    public static NationalData Create(Plan plan, int communes, int years = 10, int seed = Seed)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfLessThan(communes, 1);
        var random = new Random(seed);
        var rootCode = plan.AreaCode ?? "VN";
        var root = new AdministrativeUnit(rootCode, "Toàn quốc (dữ liệu sinh)", AdministrativeLevel.Province, null);
        var units = new List<AdministrativeUnit> { root };
        var provinceCount = Math.Min(Provinces, communes);
        var districtCount = Math.Min(Districts, communes);
        var provinces = new AdministrativeUnit[provinceCount];
        for (var p = 0; p < provinceCount; p++)
        {
            // A province is a province-level unit under the root: the roll-up is by parent code, whatever the levels.
            provinces[p] = new AdministrativeUnit($"T{p + 1:D2}", $"Tỉnh {p + 1:D2}", AdministrativeLevel.Province, rootCode);
            units.Add(provinces[p]);
        }

        var districts = new AdministrativeUnit[districtCount];
        for (var d = 0; d < districtCount; d++)
        {
            // Every province gets a district before any gets a second; the rest go at random.
            var province = d < provinceCount ? provinces[d] : provinces[random.Next(provinceCount)];
            districts[d] = new AdministrativeUnit($"H{d + 1:D3}", $"Huyện {d + 1:D3}", AdministrativeLevel.District, province.Code);
            units.Add(districts[d]);
        }

        var communeUnits = new AdministrativeUnit[communes];
        for (var c = 0; c < communes; c++)
        {
            var district = c < districtCount ? districts[c] : districts[random.Next(districtCount)];
            communeUnits[c] = new AdministrativeUnit($"X{c + 1:D5}", $"Xã {c + 1:D5}", AdministrativeLevel.Commune, district.Code);
            units.Add(communeUnits[c]);
        }

        var measures = plan.Indicators.SelectMany(i => i.Measures.Select(m => (Indicator: i, Measure: m))).ToArray();
        var yearCount = Math.Min(years, plan.Years.To - plan.Years.From + 1);
        var observations = new List<Observation>(communes * yearCount * measures.Length);
        foreach (var commune in communeUnits)
        {
            for (var y = 0; y < yearCount; y++)
            {
                foreach (var (indicator, measure) in measures)
                {
                    observations.Add(Observe(random, indicator, measure, plan.Years.From + y, commune.Code));
                }
            }
        }

        return new NationalData(plan, root, units, communeUnits, observations);
    }

    /// <summary>
    /// Observations of the plan's own area (no unit code) for every measure in each of the plan's years: the data of a
    /// province's own report.
    /// </summary>
    public static IReadOnlyList<Observation> ForArea(Plan plan, int seed = Seed)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var random = new Random(seed);
        var observations = new List<Observation>();
        for (var year = plan.Years.From; year <= plan.Years.To; year++)
        {
            foreach (var indicator in plan.Indicators)
            {
                foreach (var measure in indicator.Measures)
                {
                    observations.Add(Observe(random, indicator, measure, year, null));
                }
            }
        }

        return observations;
    }

    /// <summary>Builds the hierarchy of <see cref="Units"/>.</summary>
    public AdministrativeHierarchy Hierarchy() => new(Units);

    /// <summary>One plausible observation: counts behind a rate (numerator at most the denominator for a percent), a value otherwise.</summary>
    private static Observation Observe(Random random, Indicator indicator, Measure measure, int year, string? unitCode)
    {
        decimal? value = null, numerator = null, denominator = null;
        switch (measure.Unit)
        {
            case IndicatorUnit.Percent:
                denominator = random.Next(200, 2_000);
                numerator = Math.Floor(denominator.Value * (decimal)(0.5 + (random.NextDouble() * 0.5)));
                break;
            case IndicatorUnit.PerThousandLiveBirths:
                denominator = random.Next(50, 500);
                numerator = random.Next(0, (int)(denominator.Value / 30) + 1);
                break;
            case IndicatorUnit.PerHundredThousandChildren:
                denominator = random.Next(1_000, 10_000);
                numerator = random.Next(0, 20);
                break;
            case IndicatorUnit.PercentChangePerYear:
                denominator = random.Next(100, 1_000);
                numerator = Math.Floor(denominator.Value * (decimal)(0.9 + (random.NextDouble() * 0.2)));
                break;
            case IndicatorUnit.YesNo:
                value = random.Next(2);
                break;
            default:
                value = random.Next(0, 100);
                break;
        }

        return new Observation
        {
            IndicatorId = indicator.Id,
            MeasureId = measure.Id,
            Year = year,
            UnitCode = unitCode,
            Value = value,
            Numerator = numerator,
            Denominator = denominator,
        };
    }
}
