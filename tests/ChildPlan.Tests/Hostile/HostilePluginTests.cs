using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Cli;
using ChildPlan.Hosting;
using ChildPlan.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace ChildPlan.Tests.Hostile;

/// <summary>
/// Plugins that break the profile contract: a throwing Id getter (before issue 10 it aborted every command), null
/// Plans (a NullReferenceException in <c>profiles</c>), null Id, Name, entries or Changes. Each is reported as a
/// failure with its file or type, and the built-in profiles and every command keep working.
/// </summary>
public sealed class HostilePluginTests
{
    private const string BrokenPlugin = "/plugins/broken/ChildPlan.Profiles.Broken.dll";

    private static readonly string[] BuiltIn = ["dien-bien", "hai-duong", "tay-ninh", "thua-thien-hue"];

    private readonly MockFileSystem files = new();

    private readonly NodaTime.Testing.FakeClock clock = new(NodaTime.Instant.FromUtc(2025, 12, 5, 2, 0));

    public HostilePluginTests()
    {
        files.AddFile(BrokenPlugin, new MockFileData(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "test-plugins", "broken", "ChildPlan.Profiles.Broken.dll"))));
    }

    /// <summary>Runs the command line as Program does: the built-in profiles, then the plugin folders the parse names.</summary>
    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var commandLine = new ChildPlanCommandLine(files, clock, output, error);
        var parse = commandLine.Parse(args);
        using var services = new ServiceCollection()
            .AddChildPlan(b =>
            {
                b.AddDienBien().AddThuaThienHue().AddHaiDuong().AddTayNinh();
                foreach (var folder in commandLine.PluginFolders(parse))
                {
                    b.AddProfilesFrom(folder, files);
                }
            })
            .BuildServiceProvider();
        var exit = commandLine.Invoke(parse, services.GetRequiredService<IProfileCatalog>());
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Profiles_lists_every_plugin_that_breaks_the_contract_as_failed_and_the_four_built_in_profiles()
    {
        var (exit, output, err) = Run("--plugins", "/plugins", "profiles");

        Assert.True(exit == ExitCodes.Success, err);
        var listed = output.Split('\n').Where(l => l.Length > 0 && l[0] != ' ' && !l.StartsWith("failed:", StringComparison.Ordinal)).Select(l => l.Split("  ")[0]);
        Assert.Equal(BuiltIn, listed);
        Assert.Contains($"failed: {BrokenPlugin}: ChildPlan.Profiles.Broken.IdThrowsProfile is not a valid profile: Id threw InvalidOperationException: no id on purpose", output, StringComparison.Ordinal);
        Assert.Contains($"failed: {BrokenPlugin}: ChildPlan.Profiles.Broken.NullPlansProfile is not a valid profile: profile 'null-plans': its Plans is null.", output, StringComparison.Ordinal);
        Assert.Contains($"failed: {BrokenPlugin}: ChildPlan.Profiles.Broken.NullIdProfile is not a valid profile: its Id is null or empty.", output, StringComparison.Ordinal);
        Assert.Contains($"failed: {BrokenPlugin}: ChildPlan.Profiles.Broken.NullEntriesProfile is not a valid profile: profile 'null-entries': its Units hold a null entry.", output, StringComparison.Ordinal);
        Assert.Contains($"failed: {BrokenPlugin}: ChildPlan.Profiles.Broken.NullChangesProfile is not a valid profile: profile 'null-changes': its Changes is null", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_commands_still_work_beside_a_broken_plugin_and_warn_about_it()
    {
        var (exit, output, err) = Run("--plugins", "/plugins", "evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020");

        Assert.True(exit == ExitCodes.Success, err);
        Assert.Contains("Khớp với đánh giá của văn bản: 17/20", output, StringComparison.Ordinal);
        Assert.Contains($"warning: plugin not loaded: {BrokenPlugin}: ChildPlan.Profiles.Broken.IdThrowsProfile", err, StringComparison.Ordinal);
        var (showExit, _, showErr) = Run("--plugins", "/plugins", "plan", "show", "--profile", "tay-ninh", "--plan", "kh-2023");
        Assert.True(showExit == ExitCodes.Success, showErr);
    }

    [Fact]
    public void A_profile_added_in_code_that_returns_null_plans_fails_at_registration_naming_its_type()
    {
        var e = Assert.ThrowsAny<InvalidOperationException>(() => new ServiceCollection().AddChildPlan(b => b.AddProfile(new SwitchableProfile { PlansAreNull = true })));

        Assert.Contains("SwitchableProfile is not a valid profile: profile 'switchable': its Plans is null.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_registered_straight_in_the_container_that_throws_is_a_catalogue_failure_not_a_crash()
    {
        using var services = new ServiceCollection()
            .AddChildPlan(b => b.AddDienBien())
            .AddSingleton<IChildPlanProfile>(new SwitchableProfile { Throws = true })
            .BuildServiceProvider();

        var catalog = services.GetRequiredService<IProfileCatalog>();

        Assert.Equal(["dien-bien"], catalog.Profiles.Select(p => p.Id));
        var failure = Assert.Single(catalog.Failures);
        Assert.Equal(typeof(SwitchableProfile).FullName, failure.File);
        Assert.Contains("Id threw InvalidOperationException: switched to broken", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_holds_a_snapshot_so_a_profile_that_breaks_after_registration_cannot_break_a_command()
    {
        var profile = new SwitchableProfile();
        using var services = new ServiceCollection().AddChildPlan(b => b.AddDienBien().AddProfile(profile)).BuildServiceProvider();
        var catalog = services.GetRequiredService<IProfileCatalog>();
        profile.Throws = true;
        var output = new StringWriter();
        var error = new StringWriter();

        var commandLine = new ChildPlanCommandLine(files, clock, output, error);
        var exit = commandLine.Invoke(commandLine.Parse(["profiles"]), catalog, TestContext.Current.CancellationToken);

        Assert.True(exit == ExitCodes.Success, error.ToString());
        Assert.Contains("switchable  Switchable", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("switchable", catalog.GetProfile("switchable").Id);
    }

    /// <summary>A profile that keeps the contract until it is told not to.</summary>
    private sealed class SwitchableProfile : IChildPlanProfile
    {
        public bool Throws { get; set; }

        public bool PlansAreNull { get; init; }

        public string Id => Throws ? throw new InvalidOperationException("switched to broken") : "switchable";

        public string Name => Throws ? throw new InvalidOperationException("switched to broken") : "Switchable";

        public IReadOnlyList<Plan> Plans => Throws ? throw new InvalidOperationException("switched to broken") : PlansAreNull ? null! : [];

        public IReadOnlyList<AdministrativeUnit> Units => Throws ? throw new InvalidOperationException("switched to broken") : [];

        public IReadOnlyList<ProfileDataset> Datasets => Throws ? throw new InvalidOperationException("switched to broken") : [];
    }
}
