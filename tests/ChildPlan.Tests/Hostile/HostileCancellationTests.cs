using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Cli;

namespace ChildPlan.Tests.Hostile;

/// <summary>
/// Ctrl+C (the cancellation token the tool's entry receives) stops every command before it writes: exit 130,
/// nothing on standard output, no file written. Before, only renders were cancelled and Ctrl+C was swallowed for
/// the other commands, which ran on and wrote their files.
/// </summary>
public sealed class HostileCancellationTests
{
    public static TheoryData<string> Commands() => new()
    {
        "evaluate --profile dien-bien --plan ctht-2013-2020",
        "report --profile dien-bien --plan ctht-2013-2020 --year 2020 --out /out",
        "collect --profile dien-bien --plan ctht-2021-2030 --year 2025 --out /out/c.xlsx",
        "collect --profile dien-bien --plan ctht-2021-2030 --year 2025 --children-of 11 --out /out",
        "import /in/a.xlsx --profile dien-bien --plan ctht-2021-2030 --out /out/data.csv",
        "plan export --profile dien-bien --plan ctht-2021-2030 --out /out/p.json",
        "templates export --out /out",
        "profiles",
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_cancelled_command_writes_nothing_and_exits_130(string commandLine)
    {
        var files = new MockFileSystem();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = ChildPlanCommandLine.RunTool(commandLine.Split(' '), files, new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2025, 12, 5, 2, 0)), output, error, cancellation.Token);

        Assert.Equal(ExitCodes.Cancelled, exit);
        Assert.Equal("error: cancelled; nothing was written.", error.ToString().Trim());
        Assert.Empty(output.ToString());
        Assert.False(files.Directory.Exists("/out"));
    }
}
