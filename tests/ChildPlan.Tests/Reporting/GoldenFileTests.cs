using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Tests.Reporting;

/// <summary>
/// The rendered reports compared with reviewed golden files in Reporting/Golden. A report that differs from
/// its golden file (or has none) is written next to it as <c>&lt;name&gt;.received.&lt;ext&gt;</c> and the test
/// fails; review the difference, then accept it by moving the received file over the golden one (or run once
/// with <c>CHILDPLAN_UPDATE_GOLDEN=1</c>, which does the move for every differing report and still fails, so a
/// run with the switch never passes). CI refuses to run with the switch set.
/// </summary>
public sealed class GoldenFileTests
{
    /// <summary>The environment variable that accepts the received files.</summary>
    public const string UpdateSwitch = "CHILDPLAN_UPDATE_GOLDEN";

    public static TheoryData<string, int, ReportKind, OutputFormat> Cases()
    {
        var data = new TheoryData<string, int, ReportKind, OutputFormat>();
        foreach (var kind in ReportKinds.For(ReportFixture.Find("ctht-2013-2020").Plan))
        {
            foreach (var format in Enum.GetValues<OutputFormat>())
            {
                data.Add("ctht-2013-2020", 2020, kind, format);
            }
        }

        data.Add("kh-ct18", 2018, ReportKind.Annual, OutputFormat.Html);
        data.Add("kh-ct18", 2018, ReportKind.Annual, OutputFormat.Markdown);
        data.Add("tuan-giao-2021-2025", 2025, ReportKind.Calendar, OutputFormat.Markdown);
        data.Add("tuan-giao-2021-2025", 2025, ReportKind.Annual, OutputFormat.Markdown);
        data.Add("kh-2023", 2023, ReportKind.Annual, OutputFormat.Markdown);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rendered_report_matches_its_golden_file(string planId, int year, ReportKind kind, OutputFormat format) =>
        Compare(ReportFixture.Render(kind, format, ReportFixture.Input(planId, year)), $"{planId}-{year}-{kind.ToString().ToLowerInvariant()}", format);

    [Theory]
    [InlineData(ReportKind.Annual, OutputFormat.Html)]
    [InlineData(ReportKind.Annual, OutputFormat.Markdown)]
    [InlineData(ReportKind.Annual, OutputFormat.Docx)]
    [InlineData(ReportKind.SixMonthly, OutputFormat.Markdown)]
    public void The_report_with_agencies_results_matches_its_golden_file(ReportKind kind, OutputFormat format) =>
        Compare(ReportFixture.Render(kind, format, ReportFixture.Input("kh-ct18", 2019, results: TestResults.HaiDuong())), $"kh-ct18-2019-{ReportKinds.Token(kind)}-results", format);

    private static void Compare(string rendered, string name, OutputFormat format)
    {
        var actual = Normalise(rendered);
        // A DOCX template renders the package's main part (word/document.xml), which is what the golden file holds.
        var extension = format == OutputFormat.Docx ? "document.xml" : format.Extension();
        var golden = Path.Combine(SourceDirectory(), "Golden", $"{name}.{extension}");
        var received = Path.Combine(SourceDirectory(), "Golden", $"{name}.received.{extension}");

        if (File.Exists(golden) && Normalise(File.ReadAllText(golden)) == actual)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable(UpdateSwitch) == "1")
        {
            File.WriteAllText(golden, actual);
            File.Delete(received);
            Assert.Fail($"{golden} was updated from the rendered report ({UpdateSwitch}=1). Review the change with `git diff`, then run the tests again without the switch.");
        }

        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(golden)
            ? $"The rendered report differs from {golden}. It was written to {received}: review `diff {golden} {received}`, and if the change is intended, move the received file over the golden one."
            : $"Golden file {golden} is missing. The rendered report was written to {received}: review it and rename it to the golden file name.");
    }

    private static string Normalise(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).Trim() + "\n";

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
