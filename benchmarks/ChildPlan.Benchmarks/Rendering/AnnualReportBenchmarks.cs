using BenchmarkDotNet.Attributes;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Benchmarks.Rendering;

/// <summary>
/// The annual report in HTML of the README's example (Điện Biên, 2021–2030 programme, 2025, generated data), rendered
/// from its model through <see cref="ReportRenderer"/> (templates cached), against a hand-written StringBuilder page with
/// the same output (the floor) and a naive Scriban parse-and-render per call.
/// </summary>
[MemoryDiagnoser]
public class AnnualReportBenchmarks
{
    private ReportFixture fixture = null!;
    private HandWrittenAnnualPage page = null!;

    /// <summary>Prepares the model and checks that the three renders give the same page.</summary>
    [GlobalSetup]
    public void Setup()
    {
        fixture = new ReportFixture();
        page = new HandWrittenAnnualPage();
        var library = ChildPlan();
        ReportFixture.RequireSame(library, HandWritten(), "hand-written");
        ReportFixture.RequireSame(library, NaiveScriban(), "naive");
    }

    /// <summary>The floor: a hand-written page.</summary>
    [Benchmark(Baseline = true)]
    public string HandWritten() => page.Render(fixture.Model);

    /// <summary>The library.</summary>
    [Benchmark]
    public string ChildPlan() => fixture.Renderer.Render(ReportKind.Annual, OutputFormat.Html, fixture.Model, fixture.Profile);

    /// <summary>Scriban, parsed and rendered on every call.</summary>
    [Benchmark]
    public string NaiveScriban() => NaiveRenderer.RenderAnnualHtml(fixture.Model);
}
