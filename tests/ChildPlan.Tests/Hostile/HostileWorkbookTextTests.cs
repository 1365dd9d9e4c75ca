using System.Text.Json.Nodes;
using ChildPlan.Cli;
using ChildPlan.Formats;
using ChildPlan.Tests.Cli;

namespace ChildPlan.Tests.Hostile;

/// <summary>
/// Huge texts: before, a 200 MB plan title gave 0-byte Markdown reports at 6.9 GB and exit 0, and a long title was
/// silently cut to fit a workbook cell. Now a plan text is at most <see cref="PlanFile.MaxTextLength"/> characters (refused
/// at its JSON path), a plan file at most <see cref="PlanFile.MaxFileBytes"/> (refused unread), and a composed text longer
/// than a workbook cell holds is an error, not a cut.
/// </summary>
public sealed class HostileWorkbookTextTests
{
    [Fact]
    public void A_plan_title_longer_than_a_text_may_be_is_refused_at_its_path_and_nothing_is_written()
    {
        var cli = PlanFileWithTitle(new string('x', PlanFile.MaxTextLength + 1));

        var (exit, _, error) = cli.Run("report", "--plan-file", "/p.json", "--year", "2025", "--out", "/out");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("/p.json: $.title: is longer than the 32,767 characters a text may have (32,768).", error, StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/out"));
    }

    [Fact]
    public void A_composed_caption_longer_than_a_cell_holds_is_refused_and_no_workbook_is_written()
    {
        var cli = PlanFileWithTitle(new string('x', PlanFile.MaxTextLength - 10));

        var (exit, _, error) = cli.Run("collect", "--plan-file", "/p.json", "--year", "2025", "--out", "/out/c.xlsx");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("is longer than the 32,767 characters a workbook cell holds.", error, StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/out"));
    }

    [Fact]
    public void A_plan_file_of_two_hundred_megabytes_is_refused_unread_in_bounded_memory()
    {
        using var temp = new TempFolder();
        var big = Path.Combine(temp.Path, "big.json");
        using (var file = File.Create(big))
        {
            file.SetLength(200L * 1024 * 1024);
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var before = GC.GetAllocatedBytesForCurrentThread();

        var exit = ChildPlanCommandLine.RunTool(
            ["report", "--plan-file", big, "--year", "2025", "--out", Path.Combine(temp.Path, "out")],
            new System.IO.Abstractions.FileSystem(),
            new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2025, 12, 5, 2, 0)),
            output,
            error,
            TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains($"{big}: the plan file is larger than 16,777,216 bytes (PlanFile.MaxFileBytes); it is not read.", error.ToString(), StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 100_000_000, "the file was read");
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    private static CliHarness PlanFileWithTitle(string title)
    {
        var cli = new CliHarness();
        Assert.Equal(ExitCodes.Success, cli.Run("plan", "export", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--out", "/p.json").Exit);
        var json = JsonNode.Parse(cli.Files.File.ReadAllText("/p.json"))!;
        json["title"] = title;
        cli.Files.File.WriteAllText("/p.json", json.ToJsonString());
        return cli;
    }
}
