using System.Diagnostics;
using System.IO.Abstractions.TestingHelpers;
using System.Text;
using ChildPlan.Cli;
using ChildPlan.Indicators;
using ChildPlan.Tests.Cli;

namespace ChildPlan.Tests.Hostile;

/// <summary>
/// Units files whose parents loop or nest absurdly deep: before issue 10 they overflowed the stack in the roll-up
/// (exit 134, the host killed). Each is now refused at its line with exit 2, nothing written.
/// </summary>
public sealed class HostileUnitsTests
{
    private readonly CliHarness cli = new();

    private static string DeepChain(int depth)
    {
        var csv = new StringBuilder("code,name,level,parent\n11,Province,province,\n");
        var parent = "11";
        for (var i = 1; i < depth; i++)
        {
            csv.Append('u').Append(i).Append(",Unit,commune,").Append(parent).Append('\n');
            parent = "u" + i;
        }

        return csv.ToString();
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("report")]
    public void A_units_file_whose_parents_loop_is_refused_at_the_line_of_the_loop(string command)
    {
        cli.Files.AddFile("/in/loop.csv", new MockFileData("code,name,level,parent\n11,Province,province,12\n12,District,district,11\n"));

        var (exit, _, err) = command == "evaluate"
            ? cli.Run("evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--units", "/in/loop.csv")
            : cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--year", "2020", "--units", "/in/loop.csv", "--out", "/out");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("/in/loop.csv:2: unit '11' is its own ancestor", err, StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/out"));
    }

    [Fact]
    public void A_unit_that_is_its_own_parent_is_refused_at_its_line()
    {
        cli.Files.AddFile("/in/self.csv", new MockFileData("code,name,level,parent\n11,Province,province,\n099,District,district,099\n"));

        var (exit, _, err) = cli.Run("evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--units", "/in/self.csv");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("/in/self.csv:3: unit '099' is its own ancestor", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("report")]
    public void A_units_file_nested_ten_thousand_deep_is_refused_quickly_at_the_first_unit_too_deep(string command)
    {
        cli.Files.AddFile("/in/deep.csv", new MockFileData(DeepChain(10_000)));
        var (exit, _, err) = command == "evaluate"
            ? cli.Run("evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--units", "/in/deep.csv")
            : cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--year", "2020", "--units", "/in/deep.csv", "--out", "/out");

        Assert.Equal(ExitCodes.BadInput, exit);
        // Line 2 holds the province (level 1), so line 34 holds u32, level 33.
        Assert.Contains("/in/deep.csv:34: unit 'u32' is nested 33 levels deep; at most 32 levels are allowed.", err, StringComparison.Ordinal);
        Assert.True(err.Length < 2_000, $"{err.Length} characters of errors");
        Assert.False(cli.Files.Directory.Exists("/out"));
    }

    [Fact]
    public void A_units_file_exactly_at_the_depth_limit_still_rolls_up()
    {
        cli.Files.AddFile("/in/deep.csv", new MockFileData(DeepChain(32)));

        var (exit, _, err) = cli.Run("evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--units", "/in/deep.csv");

        Assert.True(exit == ExitCodes.Success, err);
    }

    [Fact]
    public void Units_built_in_code_that_loop_are_refused_by_the_hierarchy_naming_a_unit()
    {
        AdministrativeUnit[] units =
        [
            new("P", "Province", AdministrativeLevel.Province, "D"),
            new("D", "District", AdministrativeLevel.District, "P"),
        ];

        var e = Assert.Throws<ChildPlanInputException>(() => new AdministrativeHierarchy(units));

        Assert.Matches("unit '[PD]': the administrative units loop", e.Message);
    }

    [Fact]
    public void Units_built_in_code_nested_ten_thousand_deep_are_refused_by_the_hierarchy_without_recursion()
    {
        var units = new List<AdministrativeUnit> { new("P", "Province", AdministrativeLevel.Province, null) };
        for (var i = 1; i < 10_000; i++)
        {
            units.Add(new($"u{i}", "Unit", AdministrativeLevel.Commune, i == 1 ? "P" : $"u{i - 1}"));
        }

        var e = Assert.Throws<ChildPlanInputException>(() => new AdministrativeHierarchy(units));

        Assert.Contains("levels deep; at most 32 levels are allowed.", e.Message, StringComparison.Ordinal);
    }
}
