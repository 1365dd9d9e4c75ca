using System.Diagnostics;
using System.IO.Abstractions.TestingHelpers;
using System.Text;
using ChildPlan.Cli;
using ChildPlan.Tests.Cli;

namespace ChildPlan.Tests.Hostile;

/// <summary>
/// Data files with a million bad rows: before issue 10 every problem was kept and printed (102 MB on stderr, 1.8 GB
/// held). Now the first 100 problems are reported in full and the rest counted, and the count costs no memory.
/// </summary>
public sealed class HostileDataTests
{
    private const int ReportedProblems = 100;

    private readonly CliHarness cli = new();

    private static MockFileData Rows(int count, string row)
    {
        var csv = new StringBuilder("indicator,year,value,numerator,denominator,unit\n", (count + 1) * (row.Length + 1));
        for (var i = 0; i < count; i++)
        {
            csv.Append(row).Append('\n');
        }

        return new MockFileData(Encoding.UTF8.GetBytes(csv.ToString()));
    }

    private (int Exit, string Err, long Allocated) Evaluate(string file)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var (exit, _, err) = cli.Run("evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--data", file, "--format", "json");
        return (exit, err, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_million_rows_the_reader_refuses_give_the_first_hundred_problems_and_a_count_in_bounded_memory()
    {
        cli.Files.AddFile("/in/bad.csv", Rows(1_000_000, "R1,not-a-year,3,,,11"));

        var (exit, err, allocated) = Evaluate("/in/bad.csv");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.StartsWith("error: 1000000 problems:", err, StringComparison.Ordinal);
        Assert.Contains("/in/bad.csv:2: year 'not-a-year' is not a year.", err, StringComparison.Ordinal);
        Assert.Contains($"/in/bad.csv:{ReportedProblems + 1}: year", err, StringComparison.Ordinal);
        Assert.DoesNotContain($"/in/bad.csv:{ReportedProblems + 2}:", err, StringComparison.Ordinal);
        Assert.Contains($"and {1_000_000 - ReportedProblems} more problems.", err, StringComparison.Ordinal);
        Assert.True(err.Length < 20_000, $"{err.Length} characters of errors");
        Assert.True(allocated < 1_000_000_000, $"{allocated:N0} bytes allocated");
        Assert.False(cli.Files.Directory.Exists("/out"));
    }

    [Fact]
    public void Half_a_million_rows_the_validator_refuses_give_the_first_hundred_problems_and_a_count_in_bounded_memory()
    {
        cli.Files.AddFile("/in/unknown.csv", Rows(500_000, "NOPE,2020,3,,,11"));

        var (exit, err, allocated) = Evaluate("/in/unknown.csv");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.StartsWith("error: 500000 problems:", err, StringComparison.Ordinal);
        Assert.Contains("/in/unknown.csv:2: unknown indicator 'NOPE' in plan 'ctht-2013-2020'.", err, StringComparison.Ordinal);
        Assert.Contains($"and {500_000 - ReportedProblems} more problems.", err, StringComparison.Ordinal);
        Assert.True(err.Length < 20_000, $"{err.Length} characters of errors");
        Assert.True(allocated < 1_000_000_000, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void Rows_of_many_unknown_units_spread_over_many_years_are_refused_in_memory_bounded_by_the_rows()
    {
        // Each row names a unit the units file does not have, in one of the 301 years a data file may give: every row is a
        // problem, and what the check holds while it looks for them grows with the rows, not with rows × years.
        const int Count = 30_000;
        var csv = new StringBuilder("indicator,year,value,numerator,denominator,unit\n");
        for (var i = 0; i < Count; i++)
        {
            csv.Append("R1,").Append(1900 + (i % 301)).Append(",3,,,X").Append(i).Append('\n');
        }

        cli.Files.AddFile("/in/units.csv", new MockFileData(Encoding.UTF8.GetBytes(csv.ToString())));

        var (exit, err, allocated) = Evaluate("/in/units.csv");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("/in/units.csv:2: unknown administrative unit 'X0'", err, StringComparison.Ordinal);
        Assert.True(allocated < 200_000_000, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void A_data_year_outside_1900_to_2200_is_refused_at_its_line()
    {
        cli.Files.AddFile("/in/years.csv", new MockFileData("indicator,year,value,numerator,denominator,unit\nR1,99999,3,,,11\nR1,0,3,,,11\n"));

        var (exit, err, _) = Evaluate("/in/years.csv");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("/in/years.csv:2: year 99999 is not between 1900 and 2200.", err, StringComparison.Ordinal);
        Assert.Contains("/in/years.csv:3: year 0 is not between 1900 and 2200.", err, StringComparison.Ordinal);
    }
}
