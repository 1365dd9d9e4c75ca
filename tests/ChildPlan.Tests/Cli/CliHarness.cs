using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Cli;

namespace ChildPlan.Tests.Cli;

/// <summary>Runs the childplan command line in process over a mock file system, through the entry <c>Program</c> calls.</summary>
internal sealed class CliHarness
{
    public MockFileSystem Files { get; } = new();

    /// <summary>5 December 2025, 09:00 in Việt Nam.</summary>
    public NodaTime.Testing.FakeClock Clock { get; } = new(NodaTime.Instant.FromUtc(2025, 12, 5, 2, 0));

    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ChildPlanCommandLine.RunTool(args, Files, Clock, output, error, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }
}
