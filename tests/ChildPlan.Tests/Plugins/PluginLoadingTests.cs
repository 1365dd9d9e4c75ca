using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Cli;
using ChildPlan.Hosting;
using ChildPlan.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace ChildPlan.Tests.Plugins;

/// <summary>
/// Profile plugins loaded from folders, as a host loads them. The test plugins (tests/plugins) are built
/// with the tests but not referenced; their assemblies are copied to test-plugins/ and read from a mock
/// file system here.
/// </summary>
public sealed class PluginLoadingTests
{
    private static readonly string Built = Path.Combine(AppContext.BaseDirectory, "test-plugins");

    private static MockFileSystem Folder(params (string Path, string BuiltFile)[] files)
    {
        var fs = new MockFileSystem();
        foreach (var (path, built) in files)
        {
            fs.AddFile(path, new MockFileData(File.ReadAllBytes(Path.Combine(Built, built))));
        }

        return fs;
    }

    private static readonly (string, string) ThuNghiem = ("/plugins/thu-nghiem/ChildPlan.Profiles.ThuNghiem.dll", "thu-nghiem/ChildPlan.Profiles.ThuNghiem.dll");
    private static readonly (string, string) Dependency = ("/plugins/thu-nghiem/ThuNghiem.Dependency.dll", "thu-nghiem/ThuNghiem.Dependency.dll");
    private static readonly (string, string) Broken = ("/plugins/broken/ChildPlan.Profiles.Broken.dll", "broken/ChildPlan.Profiles.Broken.dll");

    [Fact]
    public void A_plugin_from_a_folder_loads_in_its_own_context_with_the_hosts_profile_types()
    {
        var fs = Folder(ThuNghiem, Dependency);

        var result = new ProfilePluginLoader(fs).LoadFrom("/plugins");

        Assert.Empty(result.Failures);
        var profile = Assert.Single(result.Profiles);
        Assert.Equal("thu-nghiem", profile.Id);
        Assert.Equal("Tỉnh Thử Nghiệm", profile.Name);
        Assert.IsAssignableFrom<EmbeddedProfile>(profile);
        Assert.NotEqual(System.Runtime.Loader.AssemblyLoadContext.Default, System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(profile.GetType().Assembly));
        Assert.Same(typeof(Plan).Assembly, profile.Plans[0].GetType().Assembly);
    }

    [Fact]
    public void A_broken_plugin_is_reported_with_its_file_and_reason_and_the_others_keep_working()
    {
        var fs = Folder(ThuNghiem, Dependency, Broken);
        fs.AddFile("/plugins/garbage/ChildPlan.Profiles.Garbage.dll", new MockFileData("not an assembly"));

        using var services = new ServiceCollection()
            .AddChildPlan(b => b.AddDienBien().AddProfilesFrom("/plugins", fs))
            .BuildServiceProvider();
        var catalog = services.GetRequiredService<IProfileCatalog>();

        Assert.Equal(["dien-bien", "thu-nghiem"], catalog.Profiles.Select(p => p.Id));
        var failures = catalog.Failures.Select(f => f.ToString()).ToList();
        Assert.Contains("/plugins/garbage/ChildPlan.Profiles.Garbage.dll: not a .NET assembly (bad image).", failures);
        Assert.Contains(failures, f => f.StartsWith("/plugins/broken/ChildPlan.Profiles.Broken.dll: ChildPlan.Profiles.Broken.BadPlanProfile has an invalid plan or data file: bad-plan:bad.plan.json: $.indicators[0].targets[0].op", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("/plugins/broken/ChildPlan.Profiles.Broken.dll: ChildPlan.Profiles.Broken.ThrowingProfile could not be created: registration failed on purpose", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("A profile with id 'dien-bien' is already registered.", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("/plugins/broken/ChildPlan.Profiles.Broken.dll: ChildPlan.Profiles.Broken.GetterThrowsProfile failed to load: NotSupportedException: plans are not supported here", StringComparison.Ordinal));
        Assert.Equal(10, failures.Count); // with the five that break the contract (see HostilePluginTests)
    }

    [Fact]
    public void A_plugin_whose_dependency_is_missing_is_reported()
    {
        var fs = Folder(ThuNghiem);

        var result = new ProfilePluginLoader(fs).LoadFrom("/plugins");

        Assert.Empty(result.Profiles);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("/plugins/thu-nghiem/ChildPlan.Profiles.ThuNghiem.dll", failure.File);
        Assert.Contains("ThuNghiem.Dependency", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_plugin_folder_is_a_failure_not_a_crash()
    {
        var result = new ProfilePluginLoader(new MockFileSystem()).LoadFrom("/nowhere");

        Assert.Equal("/nowhere: the plugin folder does not exist.", Assert.Single(result.Failures).ToString());
    }

    [Fact]
    public void The_cli_lists_plugin_profiles_and_failures_and_renders_with_the_plugins_template_override()
    {
        var fs = Folder(ThuNghiem, Dependency, Broken);
        var clock = new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2025, 12, 5, 2, 0));
        var output = new StringWriter();
        var error = new StringWriter();
        var commandLine = new ChildPlanCommandLine(fs, clock, new StringWriter(), error);
        var parse = commandLine.Parse(["--plugins", "/plugins", "report", "--profile", "thu-nghiem", "--plan", "kh-thu", "--year", "2025", "--kind", "calendar", "--format", "md", "--out", "/out"]);
        using var services = new ServiceCollection()
            .AddChildPlan(b =>
            {
                b.AddDienBien();
                foreach (var folder in commandLine.PluginFolders(parse))
                {
                    b.AddProfilesFrom(folder, fs);
                }
            })
            .BuildServiceProvider();
        var catalog = services.GetRequiredService<IProfileCatalog>();

        var profilesExit = ChildPlanCommandLine.RunTool(["--plugins", "/plugins", "profiles"], fs, clock, output, error, TestContext.Current.CancellationToken);
        var reportExit = commandLine.Invoke(parse, catalog, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, profilesExit);
        Assert.Contains("thu-nghiem  Tỉnh Thử Nghiệm", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("failed: /plugins/broken/ChildPlan.Profiles.Broken.dll: ChildPlan.Profiles.Broken.ThrowingProfile", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, reportExit);
        Assert.Contains("warning: plugin not loaded:", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("Lịch báo cáo riêng của tỉnh Thử Nghiệm năm 2025\n", fs.File.ReadAllText("/out/kh-thu-2025-calendar.md"));
    }

    [Theory]
    [InlineData(new[] { "--plugins", "/a", "profiles", "--plugins=/b" }, new[] { "/a", "/b" })]
    [InlineData(new[] { "report", "--plugins", "/a", "--profile", "x", "--plan", "y", "--year", "2020", "--out", "/o" }, new[] { "/a" })]
    [InlineData(new[] { "--plugins=--plugins", "profiles" }, new[] { "--plugins" })]
    [InlineData(new[] { "profiles", "--", "--plugins", "/not-a-folder" }, new string[0])]
    public void Plugin_folders_are_read_from_the_parse_that_is_invoked(string[] args, string[] folders)
    {
        var commandLine = new ChildPlanCommandLine(new MockFileSystem(), new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2025, 12, 5, 2, 0)), new StringWriter(), new StringWriter());

        Assert.Equal(folders, commandLine.PluginFolders(commandLine.Parse(args)));
    }

    [Theory]
    [InlineData("--plugins")]
    [InlineData("profiles", "--plugins")]
    [InlineData("--plugins", "/a", "report", "--kind", "weekly")]
    public void A_command_line_with_errors_names_no_plugin_folders(params string[] args)
    {
        var commandLine = new ChildPlanCommandLine(new MockFileSystem(), new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2025, 12, 5, 2, 0)), new StringWriter(), new StringWriter());

        Assert.Empty(commandLine.PluginFolders(commandLine.Parse(args)));
    }
}
