using BenchmarkDotNet.Attributes;
using ChildPlan.Benchmarks.Data;
using ChildPlan.Indicators;

namespace ChildPlan.Benchmarks.Evaluation;

/// <summary>
/// Province roll-up and evaluation of the real plan over a national hierarchy, every year: validation, roll-up of every
/// commune through districts and provinces into the plan's area, and judgement, against a flat-array loop doing the same
/// checks, sums and judgements. The hierarchy and the observations are inputs (built in the setup).
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(3)]
public class EvaluationBenchmarks
{
    private Plan plan = null!;
    private IReadOnlyList<Observation> observations = null!;
    private AdministrativeHierarchy hierarchy = null!;
    private Dictionary<string, int> unitIndex = null!;

    /// <summary>
    /// Communes in the country: 1, 100, the country (3,321) and ten times it (33,210, the growth case). With
    /// <c>CHILDPLAN_BENCH_SKIP_GROWTH=1</c> the growth case is left out; in the smoke mode (<see cref="Smoke"/>) only 1 and 100 run.
    /// </summary>
    [ParamsSource(nameof(CommuneCounts))]
    public int Communes { get; set; }

    /// <summary>The values of <see cref="Communes"/>.</summary>
    public static IEnumerable<int> CommuneCounts =>
        Smoke.Enabled ? [1, 100]
        : Environment.GetEnvironmentVariable("CHILDPLAN_BENCH_SKIP_GROWTH") == "1"
            ? [1, 100, NationalData.Communes]
            : [1, 100, NationalData.Communes, NationalData.Communes * 10];

    /// <summary>Generates the country and checks that the library and the flat loop give the same numbers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = NationalData.Create(RealPlan.Plan, Communes);
        plan = data.Plan;
        observations = data.Observations;
        hierarchy = data.Hierarchy();
        unitIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var unit in data.Units)
        {
            unitIndex[unit.Code] = unitIndex.Count;
        }

        var library = FlatEvaluation.From(ChildPlan());
        FlatEvaluation.RequireEqual(library, FlatEvaluation.Evaluate(plan, observations, unitIndex), $"evaluation of {Communes} communes");
        if (library.All(r => r.Value is null))
        {
            throw new InvalidOperationException("The evaluation has no values: the generated data did not reach the plan's area.");
        }
    }

    /// <summary>The floor: one pass into flat arrays.</summary>
    [Benchmark(Baseline = true)]
    public List<FlatResult> FlatLoop() => FlatEvaluation.Evaluate(plan, observations, unitIndex);

    /// <summary>The library: <see cref="PlanEvaluator.Evaluate"/> of every year in the plan's area.</summary>
    [Benchmark]
    public PlanEvaluation ChildPlan() => PlanEvaluator.Evaluate(plan, observations.AsCollection(), hierarchy);
}
