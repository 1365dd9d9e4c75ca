using ChildPlan.Reporting;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Tests.Reporting;

/// <summary>
/// A host registers one <see cref="ReportService"/> (AddReporting) and calls it from every request at once, as the
/// back-office sample does: its XML docs say it may be, and this holds it to that.
/// </summary>
public sealed class ReportServiceConcurrencyTests
{
    private static readonly (string Plan, int Year)[] Jobs =
    [
        ("ctht-2013-2020", 2020), ("ctht-2021-2030", 2025), ("kh-208-2021", 2025), ("kh-ct18", 2019), ("kh-2023", 2023),
    ];

    [Fact]
    public async Task One_service_prepares_renders_and_writes_on_many_threads_at_once_as_it_does_one_at_a_time()
    {
        var expected = new List<(string Html, string Markdown, byte[] Docx)>();
        foreach (var (plan, year) in Jobs)
            expected.Add(await Report(plan, year));

        var results = new (string Html, string Markdown, byte[] Docx)[Jobs.Length * 4];
        await Parallel.ForAsync(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = TestContext.Current.CancellationToken },
            async (i, _) => results[i] = await Report(Jobs[i % Jobs.Length].Plan, Jobs[i % Jobs.Length].Year));

        for (var i = 0; i < results.Length; i++)
        {
            var want = expected[i % Jobs.Length];
            Assert.Equal(want.Html, results[i].Html);
            Assert.Equal(want.Markdown, results[i].Markdown);
            Assert.Equal(want.Docx, results[i].Docx);
        }
    }

    private static async Task<(string Html, string Markdown, byte[] Docx)> Report(string plan, int year)
    {
        var input = ReportFixture.Input(plan, year);
        return (ReportFixture.Render(ReportKind.Annual, OutputFormat.Html, input),
            ReportFixture.Render(ReportKind.Annual, OutputFormat.Markdown, input),
            await ReportFixture.WriteAsync(ReportKind.Annual, ReportFormat.Docx, input));
    }
}
