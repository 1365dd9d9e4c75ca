using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Cli;

namespace ChildPlan.Tests.Cli;

/// <summary>Options are parsed into typed values once, before any command runs; a bad value is bad input naming the option and the value.</summary>
public sealed class OptionParsingTests
{
    private readonly CliHarness cli = new();

    [Theory]
    [InlineData("--culture", "fr-FR", "Cannot parse argument 'fr-FR' for option '--culture': use invariant or vi-VN.")]
    [InlineData("--date", "15/03/2026", "Cannot parse argument '15/03/2026' for option '--date': give the date as YYYY-MM-DD.")]
    [InlineData("--date", "2026-02-30", "Cannot parse argument '2026-02-30' for option '--date'")]
    [InlineData("--format", "html,rtf", "--format takes html, md, docx, pdf, xlsx separated by commas; 'rtf' is not one of them.")]
    [InlineData("--format", ",", "--format takes html, md, docx, pdf, xlsx separated by commas.")]
    [InlineData("--kind", "weekly", "Cannot parse argument 'weekly' for option '--kind': use annual, monitoring, responsibility, calendar, six-monthly or all.")]
    [InlineData("--kind", "1", "Cannot parse argument '1' for option '--kind'")]
    public void A_bad_report_option_is_a_parse_error_naming_the_option_and_value_and_nothing_runs(string option, string value, string expected)
    {
        var (exit, output, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--year", "2020", "--out", "/out", option, value);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("Run `childplan --help` for usage.", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        Assert.False(cli.Files.Directory.Exists("/out"));
    }

    [Fact]
    public void A_bad_culture_for_evaluate_is_a_parse_error_too()
    {
        var (exit, _, error) = cli.Run("evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--culture", "en");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.StartsWith("error: Cannot parse argument 'en' for option '--culture'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_date_is_parsed_into_a_date_and_used()
    {
        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--year", "2020", "--kind", "annual", "--format", "md", "--date", "2026-03-15", "--out", "/out");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Equal(["ctht-2013-2020-2020-annual.md"], cli.Files.Directory.GetFiles("/out").Select(Path.GetFileName));
        Assert.Contains("ngày 15 tháng 3 năm 2026", cli.Files.File.ReadAllText("/out/ctht-2013-2020-2020-annual.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_and_formats_in_any_case_and_spacing_are_parsed()
    {
        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--year", "2020", "--kind", "monitoring", "--format", " MD , xlsx ", "--out", "/out");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Equal(
            ["ctht-2013-2020-2020-monitoring.md", "ctht-2013-2020-2020-monitoring.xlsx"],
            cli.Files.Directory.GetFiles("/out").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("evaluate", "xml", "Cannot parse argument 'xml' for option '--format': use text or json.")]
    [InlineData("evaluate", "", "Cannot parse argument '' for option '--format': use text or json.")]
    public void A_bad_evaluation_format_is_a_parse_error_naming_the_option_value_and_formats(string command, string value, string expected)
    {
        var (exit, output, error) = cli.Run(command, "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--format", value);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"error: {expected}\nRun `childplan --help` for usage.", error.TrimEnd().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_evaluation_format_is_read_in_any_case()
    {
        var (exit, output, error) = cli.Run("evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--format", "JSON");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.StartsWith("{", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--plugins")]
    [InlineData("report", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--year", "2020", "--out", "/out", "--plugins")]
    public void Plugins_without_a_folder_is_bad_input_and_nothing_runs(params string[] args)
    {
        var (exit, output, error) = cli.Run(args);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("error: Required argument missing for option: '--plugins'.", error, StringComparison.Ordinal);
        Assert.Contains("Run `childplan --help` for usage.", error, StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/out"));
    }

    [Theory]
    [InlineData("--plugins", "/no-such-plugins", "profiles")]
    [InlineData("--plugins", "/no-such-plugins", "report", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--year", "2020", "--out", "/out")]
    [InlineData("report", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--year", "2020", "--out", "/out", "--plugins", "/no-such-plugins")]
    public void A_plugin_folder_that_does_not_exist_is_bad_input_naming_it_and_nothing_runs(params string[] args)
    {
        var (exit, output, error) = cli.Run(args);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("error: --plugins: the plugin folder '/no-such-plugins' does not exist", error, StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/out"));
    }

    [Fact]
    public void A_plugin_folder_that_is_a_file_is_bad_input_naming_it()
    {
        cli.Files.AddFile("/plugins.dll", new MockFileData("not a folder"));

        var (exit, output, error) = cli.Run("--plugins", "/plugins.dll", "profiles");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("error: --plugins: the plugin folder '/plugins.dll' is a file, not a folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_empty_plugin_folder_loads_nothing_and_the_command_runs()
    {
        cli.Files.AddDirectory("/plugins");

        var (exit, output, error) = cli.Run("--plugins", "/plugins", "profiles");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("dien-bien", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "--out", "The folder the reports are written to.")]
    [InlineData("templates export", "--out", "The folder the templates are written to.")]
    [InlineData("collect", "--out", "The workbook file to write or, with --children-of, the folder the workbooks are written to.")]
    [InlineData("plan export", "--out", "The plan file to write (childplan.plan/1 JSON).")]
    [InlineData("import", "--out", "The data file to write (CSV): the indicator numbers the workbooks carry.")]
    [InlineData("import", "--results", "The results file to write (CSV): what the agency forms report against the plan's tasks and duties.")]
    [InlineData("report", "--year", "The year reported on.")]
    [InlineData("collect", "--year", "The year the data is collected for.")]
    [InlineData("evaluate", "--year", "Only this year (default: every year with a target or data).")]
    [InlineData("report", "--unit", "The administrative unit code reported on (default: the plan's area).")]
    [InlineData("evaluate", "--unit", "The administrative unit code evaluated (default: the plan's area).")]
    [InlineData("collect", "--unit", "The administrative unit code the workbook is for (default: the plan's area).")]
    [InlineData("evaluate", "--format", "text (default) or json.")]
    [InlineData("report", "--kind", "annual, monitoring, responsibility, calendar, six-monthly (where the plan's regime asks six-monthly reports) or all (default: every kind the plan has).")]
    public void Each_command_describes_an_option_for_what_it_means_to_that_command(string command, string option, string description)
    {
        Assert.Equal(description, HelpDescriptions(command.Split(' '))[option]);
    }

    [Theory]
    [InlineData("report", "--kind", "<all|annual|calendar|monitoring|responsibility|six-monthly>")]
    [InlineData("evaluate", "--format", "<json|text>")]
    public void The_help_shows_the_values_an_option_takes(string command, string option, string values)
    {
        var (_, output, _) = cli.Run(command, "--help");

        Assert.Contains($"{option} {values}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_with_the_same_meaning_everywhere_is_described_the_same_way_by_every_command()
    {
        string[][] commands = [["report"], ["evaluate"], ["collect"], ["import"], ["plan", "show"], ["plan", "export"], ["templates", "export"]];
        string[] perCommand = ["--out", "--results", "--year", "--unit", "--format"];
        var descriptions = commands
            .SelectMany(c => HelpDescriptions(c))
            .Where(d => !perCommand.Contains(d.Key))
            .GroupBy(d => d.Key);

        Assert.All(descriptions, g => Assert.Single(g.Select(d => d.Value).Distinct()));
    }

    /// <summary>The options of a command's help and their descriptions.</summary>
    private Dictionary<string, string> HelpDescriptions(string[] command) =>
        cli.Run([.. command, "--help"]).Out
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("--", StringComparison.Ordinal))
            .ToDictionary(
                line => line.Split(' ')[0],
                line => System.Text.RegularExpressions.Regex.Replace(line, @"^\S+( <[^>]*>)?( \(REQUIRED\))?\s+", string.Empty),
                StringComparer.Ordinal);

    [Fact]
    public void The_profiles_dataset_for_the_plan_is_the_reports_data_without_data_option()
    {
        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--year", "2020", "--kind", "monitoring", "--format", "md", "--out", "/out");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("Số liệu: ctht-2013-2020.data.csv.", cli.Files.File.ReadAllText("/out/ctht-2013-2020-2020-monitoring.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_file_replaces_the_profiles_dataset_and_is_named_as_the_source()
    {
        cli.Files.AddFile("/w/my-data.csv", new MockFileData("indicator,year,value,numerator,denominator,unit\nR5,2020,26.4,,,11\n"));

        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--year", "2020", "--data", "/w/my-data.csv", "--kind", "monitoring", "--format", "md", "--out", "/out");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("Số liệu: my-data.csv.", cli.Files.File.ReadAllText("/out/ctht-2013-2020-2020-monitoring.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate", "1999", "error: --year: 1999 is outside the years of plan 'ctht-2021-2030' (2021–2030).")]
    [InlineData("report", "2031", "error: --year: 2031 is outside the years of plan 'ctht-2021-2030' (2021–2030).")]
    public void The_library_year_check_is_reported_as_the_year_option(string command, string year, string expected)
    {
        string[] args = command == "report"
            ? ["report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", year, "--out", "/out"]
            : ["evaluate", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", year];

        var (exit, _, error) = cli.Run(args);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal(expected, error.TrimEnd());
    }

    [Fact]
    public void A_collection_year_outside_the_plan_is_reported_as_the_year_option_and_nothing_is_written()
    {
        var (exit, _, error) = cli.Run("collect", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2035", "--out", "/out/collect.xlsx");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("error: --year: 2035 is outside the years of plan 'ctht-2021-2030' (2021–2030).", error.TrimEnd());
        Assert.False(cli.Files.Directory.Exists("/out"));
    }

    [Fact]
    public void Evaluate_accepts_a_baseline_year()
    {
        var (exit, _, error) = cli.Run("evaluate", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2020", "--format", "json");

        Assert.True(exit == ExitCodes.Success, error);
    }

    [Fact]
    public void The_library_unit_check_is_reported_as_the_unit_option()
    {
        var (exit, _, error) = cli.Run("evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--unit", "999");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("error: --unit: unknown administrative unit '999'.", error.TrimEnd());
    }

    [Fact]
    public void A_plan_file_that_exists_is_refused_with_the_force_option_named()
    {
        cli.Files.AddFile("/w/plan.json", new MockFileData("keep me"));

        var (exit, _, error) = cli.Run("plan", "export", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--out", "/w/plan.json");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("error: /w/plan.json: the file already exists; use --force to overwrite it.", error.TrimEnd());
    }
}
