using System.Text.Json.Nodes;
using ChildPlan.Cli;
using ChildPlan.Tests.Cli;

namespace ChildPlan.Tests.Hostile;

/// <summary>
/// A text longer than a workbook cell holds (32,767 characters) is an error naming the limit, not a cut: before,
/// a plan title of any length was silently cut to fit and the workbook was written with exit 0.
/// </summary>
public sealed class HostileWorkbookTextTests
{
    [Fact]
    public void A_plan_title_longer_than_a_cell_holds_is_refused_and_no_workbook_is_written()
    {
        var cli = new CliHarness();
        Assert.Equal(ExitCodes.Success, cli.Run("plan", "export", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--out", "/p.json").Exit);
        var json = JsonNode.Parse(cli.Files.File.ReadAllText("/p.json"))!;
        json["title"] = "Kế hoạch " + new string('x', 40_000);
        cli.Files.File.WriteAllText("/p.json", json.ToJsonString());

        var (exit, _, error) = cli.Run("collect", "--plan-file", "/p.json", "--year", "2025", "--out", "/out/c.xlsx");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("workbook: a text of 40,", error, StringComparison.Ordinal);
        Assert.Contains("is longer than the 32,767 characters a workbook cell holds.", error, StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/out"));
    }
}
