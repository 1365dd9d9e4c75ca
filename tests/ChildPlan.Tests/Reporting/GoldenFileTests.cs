using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Tests.Reporting;

/// <summary>
/// The rendered reports compared with reviewed golden files in Reporting/Golden. After an intended change,
/// regenerate them with <c>CHILDPLAN_UPDATE_GOLDEN=1 dotnet test</c> and review the diff.
/// </summary>
public sealed class GoldenFileTests
{
    public static TheoryData<string, int, ReportKind, OutputFormat> Cases()
    {
        var data = new TheoryData<string, int, ReportKind, OutputFormat>();
        foreach (var kind in Enum.GetValues<ReportKind>())
        {
            foreach (var format in Enum.GetValues<OutputFormat>())
            {
                data.Add("ctht-2013-2020", 2020, kind, format);
            }
        }

        data.Add("kh-ct18", 2018, ReportKind.Annual, OutputFormat.Html);
        data.Add("kh-ct18", 2018, ReportKind.Annual, OutputFormat.Markdown);
        data.Add("tuan-giao-2021-2025", 2025, ReportKind.Calendar, OutputFormat.Markdown);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rendered_report_matches_its_golden_file(string planId, int year, ReportKind kind, OutputFormat format)
    {
        var actual = Normalise(ReportFixture.Render(kind, format, ReportFixture.Input(planId, year)));
        var path = Path.Combine(SourceDirectory(), "Golden", $"{planId}-{year}-{kind.ToString().ToLowerInvariant()}.{format.Extension()}");

        if (Environment.GetEnvironmentVariable("CHILDPLAN_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run with CHILDPLAN_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(Normalise(File.ReadAllText(path)), actual);
    }

    private static string Normalise(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).Trim() + "\n";

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
