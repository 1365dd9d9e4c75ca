using System.IO.Abstractions;
using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Cli;
using ChildPlan.Tests.Cli;

namespace ChildPlan.Tests.Hostile;

/// <summary>
/// Output paths under attack: names built from data that leave --out, special files and links in the way of an output,
/// an empty --out, a write that fails midway and temp files left by a killed write. A refused command writes nothing.
/// </summary>
public sealed class HostileOutputPathTests
{
    private readonly CliHarness cli = new();

    [Theory]
    [InlineData("/../../../x")]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("..")]
    public void Collect_children_of_refuses_a_unit_code_that_is_not_a_safe_file_name(string code)
    {
        cli.Files.AddFile("/in/units.csv", new MockFileData($"code,name,level,parent\n11,Province,province,\n{code},District,district,11\n"));

        var (exit, _, error) = cli.Run("collect", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2024", "--units", "/in/units.csv",
            "--children-of", "11", "--out", "/a/b/c/out");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(code, error, StringComparison.Ordinal);
        Assert.Equal(["/in/units.csv"], cli.Files.AllFiles);
    }

    [Fact]
    public void Templates_export_refuses_a_folder_standing_where_a_template_would_be_written_even_with_force()
    {
        cli.Files.Directory.CreateDirectory("/tpl/monitoring.md.sbn");

        var (exit, _, error) = cli.Run("templates", "export", "--out", "/tpl", "--force");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("/tpl/monitoring.md.sbn", error, StringComparison.Ordinal);
        Assert.Empty(cli.Files.AllFiles);
    }

    [Theory]
    [InlineData("report", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--year", "2020")]
    [InlineData("collect", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2024")]
    [InlineData("collect", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2024", "--children-of", "11")]
    [InlineData("plan", "export", "--profile", "dien-bien", "--plan", "ctht-2013-2020")]
    [InlineData("templates", "export")]
    public void An_empty_out_is_refused_naming_the_option_and_nothing_is_written(params string[] command)
    {
        foreach (var empty in new[] { string.Empty, "  " })
        {
            var (exit, _, error) = cli.Run([.. command, "--out", empty]);

            Assert.Equal(ExitCodes.BadInput, exit);
            Assert.Contains("--out", error, StringComparison.Ordinal);
            Assert.Empty(cli.Files.AllFiles);
        }
    }

    [Fact]
    public void A_write_that_fails_midway_removes_the_files_already_written_and_says_so()
    {
        var files = new FailingFileSystem(new MockFileSystem(), failFromCreate: 4);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = ChildPlanCommandLine.RunTool(["templates", "export", "--out", "/tpl"], files, cli.Clock, output, error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Contains("No space left on device", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("nothing was written", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(files.Inner.AllFiles);
    }

    [Fact]
    public void A_stale_temp_file_of_a_killed_write_is_removed_by_the_next_write_of_the_same_file()
    {
        var stale = $"/out/.plan.json.childplan-{Guid.NewGuid():N}.tmp";
        var fresh = $"/out/.plan.json.childplan-{Guid.NewGuid():N}.tmp";
        string[] others = ["/out/.other.json.childplan-0123456789abcdef0123456789abcdef.tmp", "/out/.plan.json.tmp", "/out/notes.txt"];
        cli.Files.AddFile(stale, new MockFileData("half") { LastWriteTime = DateTimeOffset.Now.AddHours(-1) });
        cli.Files.AddFile(fresh, new MockFileData("a write under way"));
        foreach (var other in others)
        {
            cli.Files.AddFile(other, new MockFileData("keep") { LastWriteTime = DateTimeOffset.Now.AddHours(-1) });
        }

        var (exit, _, error) = cli.Run("plan", "export", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--out", "/out/plan.json");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.False(cli.Files.File.Exists(stale));
        Assert.True(cli.Files.File.Exists(fresh));
        Assert.All(others, other => Assert.True(cli.Files.File.Exists(other), other));
    }

    [Fact]
    public void Force_does_not_replace_a_fifo_with_a_file()
    {
        using var temp = new TempFolder();
        var fifo = Path.Combine(temp.Path, "plan.json");
        TempFolder.MakeFifo(fifo);

        var (exit, error) = RunReal("plan", "export", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--out", fifo, "--force");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(fifo, error, StringComparison.Ordinal);
        Assert.Contains("not a regular file", error, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(fifo).Length);
        Assert.Equal([fifo], Directory.GetFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Force_does_not_replace_a_fifo_among_many_outputs_and_writes_none_of_them()
    {
        using var temp = new TempFolder();
        var fifo = Path.Combine(temp.Path, "annual.md.sbn");
        TempFolder.MakeFifo(fifo);

        var (exit, error) = RunReal("templates", "export", "--out", temp.Path, "--force");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(fifo, error, StringComparison.Ordinal);
        Assert.Equal([fifo], Directory.GetFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Force_does_not_replace_a_symbolic_link()
    {
        using var temp = new TempFolder();
        var victim = Path.Combine(temp.Path, "victim.txt");
        File.WriteAllText(victim, "keep");
        var link = Path.Combine(temp.Path, "plan.json");
        File.CreateSymbolicLink(link, victim);

        var (exit, error) = RunReal("plan", "export", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--out", link, "--force");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(link, error, StringComparison.Ordinal);
        Assert.Contains("symbolic link", error, StringComparison.Ordinal);
        Assert.Equal(victim, new FileInfo(link).LinkTarget);
        Assert.Equal("keep", File.ReadAllText(victim));
        Assert.Equal(2, Directory.GetFileSystemEntries(temp.Path).Length);
    }

    [Fact]
    public void An_out_folder_that_is_a_symbolic_link_is_followed_and_the_files_land_in_its_target()
    {
        using var temp = new TempFolder();
        var target = Directory.CreateDirectory(Path.Combine(temp.Path, "real")).FullName;
        var link = Path.Combine(temp.Path, "out");
        Directory.CreateSymbolicLink(link, target);

        var (exit, error) = RunReal("templates", "export", "--out", link);

        Assert.True(exit == ExitCodes.Success, error);
        Assert.True(File.Exists(Path.Combine(target, "annual.html.sbn")));
        Assert.True(File.Exists(Path.Combine(target, "partials", "header.html.sbn")));
    }

    private (int Exit, string Error) RunReal(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ChildPlanCommandLine.RunTool(args, new FileSystem(), cli.Clock, output, error);
        return (exit, error.ToString());
    }
}
