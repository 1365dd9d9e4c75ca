using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Hosting;
using ChildPlan.Cli;
using ChildPlan.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace ChildPlan.Tests.Cli;

/// <summary>Runs the childplan command line in process over a mock file system.</summary>
internal sealed class CliHarness
{
    public MockFileSystem Files { get; } = new();

    /// <summary>5 December 2025, 09:00 in Việt Nam.</summary>
    public NodaTime.Testing.FakeClock Clock { get; } = new(NodaTime.Instant.FromUtc(2025, 12, 5, 2, 0));

    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var services = new ServiceCollection().AddChildPlan(b => b.AddDienBien().AddThuaThienHue().AddHaiDuong().AddTayNinh()).BuildServiceProvider();
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = new ChildPlanCommandLine(Files, Clock, output, error).Run(args, services.GetRequiredService<IProfileCatalog>());
        return (exit, output.ToString(), error.ToString());
    }
}
