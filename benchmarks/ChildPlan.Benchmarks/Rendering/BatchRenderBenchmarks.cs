using BenchmarkDotNet.Attributes;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Benchmarks.Rendering;

/// <summary>
/// A batch of annual reports (model built and rendered through <see cref="ReportService.Render"/>, cycling over the
/// plan's ten years), one after another (the baseline) and in parallel on all cores. The goal: at least 1.7× on
/// 2 cores, that is a ratio of at most 0.59.
/// </summary>
[MemoryDiagnoser]
public class BatchRenderBenchmarks
{
    private ReportFixture fixture = null!;
    private ReportInput[] inputs = null!;

    /// <summary>Reports in the batch.</summary>
    [Params(64)]
    public int Reports { get; set; }

    /// <summary>Prepares the inputs and checks that both ways give the same pages.</summary>
    [GlobalSetup]
    public void Setup()
    {
        fixture = new ReportFixture();
        inputs = [.. Enumerable.Range(0, Reports).Select(i => fixture.Inputs[i % fixture.Inputs.Count])];
        var sequential = Sequential();
        var parallel = Parallel();
        for (var i = 0; i < Reports; i++)
        {
            ReportFixture.RequireSame(sequential[i], parallel[i], $"parallel-{i}");
        }
    }

    /// <summary>One report after another on one thread.</summary>
    [Benchmark(Baseline = true)]
    public string[] Sequential()
    {
        var pages = new string[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            pages[i] = Render(inputs[i]);
        }

        return pages;
    }

    /// <summary>The same reports with <see cref="System.Threading.Tasks.Parallel.For(int, int, Action{int})"/> on all cores.</summary>
    [Benchmark]
    public string[] Parallel()
    {
        var pages = new string[inputs.Length];
        System.Threading.Tasks.Parallel.For(0, inputs.Length, i => pages[i] = Render(inputs[i]));
        return pages;
    }

    private string Render(ReportInput input) => fixture.Service.Render(ReportKind.Annual, OutputFormat.Html, input);
}
