using System.IO.Abstractions.TestingHelpers;
using System.Text;
using ChildPlan.Cli;
using ChildPlan.Tests.Cli;

namespace ChildPlan.Tests.Hostile;

/// <summary>
/// Plan files with numbers, text and years the arithmetic and the readers cannot take: before issue 10 they exited 1
/// ("unexpected OverflowException", "unexpected InvalidOperationException") or passed the reader and failed later
/// unlocated. Each is now refused by the reader, exit 2, with the file and the JSON path, nothing written.
/// </summary>
public sealed class HostilePlanFileTests
{
    private readonly CliHarness cli = new();

    /// <summary>Exports Điện Biên's 2013-2020 review as a plan file and returns its text.</summary>
    private string ExportedPlan()
    {
        var (exit, _, err) = cli.Run("plan", "export", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--out", "/in/plan.json");
        Assert.True(exit == ExitCodes.Success, err);
        cli.Files.AddFile("/in/data.csv", new MockFileData("indicator,year,value,numerator,denominator,unit\nR1,2017,3,,,\n"));
        return cli.Files.File.ReadAllText("/in/plan.json");
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not in the plan");
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }

    private void AssertRefused(string file, string where)
    {
        foreach (var args in new[]
        {
            new[] { "plan", "show", "--plan-file", file },
            ["evaluate", "--plan-file", file, "--data", "/in/data.csv"],
            ["report", "--plan-file", file, "--data", "/in/data.csv", "--year", "2017", "--out", "/out"],
        })
        {
            var (exit, _, err) = cli.Run(args);

            Assert.True(exit == ExitCodes.BadInput, $"{string.Join(' ', args)}: exit {exit}: {err}");
            Assert.Contains($"{file}: {where}", err, StringComparison.Ordinal);
            Assert.DoesNotContain("unexpected", err, StringComparison.Ordinal);
        }

        Assert.False(cli.Files.Directory.Exists("/out"));
    }

    [Theory]
    [InlineData("79000000000000000000000000000")]
    [InlineData("-79000000000000000000000000000")]
    [InlineData("1000000000001")]
    public void A_target_beyond_what_the_arithmetic_takes_is_refused_at_its_json_path(string value)
    {
        cli.Files.AddFile("/in/big.json", new MockFileData(ReplaceFirst(ExportedPlan(), "\"value\": 6,", $"\"value\": {value},")));

        AssertRefused("/in/big.json", "$.indicators[0].targets[0].value:");
    }

    [Fact]
    public void Bytes_that_are_not_utf8_in_a_plan_file_are_refused_at_their_json_path()
    {
        var bytes = Encoding.UTF8.GetBytes(ReplaceFirst(ExportedPlan(), "\"text\": \"xu", "\"text\": \"#xu"));
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xFF;
        cli.Files.AddFile("/in/bytes.json", new MockFileData(bytes));

        AssertRefused("/in/bytes.json", "$.indicators[0].targets[0].text: is not valid text");
    }

    [Fact]
    public void A_lone_surrogate_in_a_plan_file_is_refused_at_its_json_path()
    {
        cli.Files.AddFile("/in/surrogate.json", new MockFileData(ReplaceFirst(ExportedPlan(), "\"text\": \"xu", "\"text\": \"\\ud800xu")));

        AssertRefused("/in/surrogate.json", "$.indicators[0].targets[0].text: is not valid text");
    }

    [Fact]
    public void A_lone_surrogate_in_a_property_name_is_refused_with_the_object_that_holds_it()
    {
        cli.Files.AddFile("/in/name.json", new MockFileData(ReplaceFirst(ExportedPlan(), "\"text\": \"xu", "\"\\udc00\": 1, \"text\": \"xu")));

        AssertRefused("/in/name.json", "$.indicators[0].targets[0]: the name of property");
    }

    [Theory]
    [InlineData("\"from\": 2013", "\"from\": 0", "$.years.from: 0 is not a year between 1900 and 2200.")]
    [InlineData("\"from\": 2013", "\"from\": 1899", "$.years.from: 1899 is not a year between 1900 and 2200.")]
    [InlineData("\"to\": 2020", "\"to\": 99999", "$.years.to: 99999 is not a year between 1900 and 2200.")]
    public void Plan_years_outside_1900_to_2200_are_refused_by_the_reader(string from, string to, string problem)
    {
        cli.Files.AddFile("/in/years.json", new MockFileData(ReplaceFirst(ExportedPlan(), from, to)));

        AssertRefused("/in/years.json", problem);
    }
}
