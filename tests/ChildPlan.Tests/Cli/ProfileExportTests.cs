using System.IO.Abstractions.TestingHelpers;
using System.Text;
using ChildPlan.Cli;
using ChildPlan.Formats;
using ChildPlan.Profiles;
using ChildPlan.Profiles.DienBien;
using ChildPlan.Profiles.HaiDuong;
using ChildPlan.Profiles.TayNinh;
using ChildPlan.Profiles.ThuaThienHue;

namespace ChildPlan.Tests.Cli;

/// <summary>
/// <c>profile export</c> writes everything a profile embeds, and the files feed back in (<c>--plan-file</c>, <c>--data</c>,
/// <c>--units</c>, <c>--changes</c>) with the same results as the profile itself.
/// </summary>
public sealed class ProfileExportTests
{
    private readonly CliHarness cli = new();

    public static TheoryData<string> ProfileIds() => new(InstalledProfiles().Select(p => p.Id));

    private static IReadOnlyList<IChildPlanProfile> InstalledProfiles() =>
        [new DienBienProfile(), new ThuaThienHueProfile(), new HaiDuongProfile(), new TayNinhProfile()];

    private static IChildPlanProfile Profile(string id) => InstalledProfiles().Single(p => p.Id == id);

    [Theory]
    [MemberData(nameof(ProfileIds))]
    public void Export_writes_every_plan_dataset_units_and_changes_file_under_the_names_an_embedded_profile_reads(string profileId)
    {
        var profile = Profile(profileId);

        var (exit, output, error) = cli.Run("profile", "export", "--profile", profileId, "--out", "/x");

        Assert.True(exit == ExitCodes.Success, error);
        foreach (var plan in profile.Plans)
        {
            Assert.True(cli.Files.FileExists($"/x/{plan.Id}.plan.json"), output);
            Assert.Equal(PlanFile.ToJson(plan), PlanFile.ToJson(PlanFile.Read(cli.Files, $"/x/{plan.Id}.plan.json")));
        }

        foreach (var dataset in profile.Datasets)
        {
            var path = $"/x/{dataset.PlanId}{(dataset.IsSample ? ".sample" : string.Empty)}.data.csv";
            Assert.Equal(dataset.Observations.Select(o => o with { Location = null }), ObservationFile.Read(cli.Files, path, CsvCulture.Invariant).Select(o => o with { Location = null }));
        }

        Assert.Equal(profile.Units, AdministrativeUnitFile.Read(cli.Files, "/x/units.csv"));
        var changes = ChangesFile.Read(cli.Files, "/x/changes.json");
        // The same changes, each with its old units; only where each was read from differs.
        Assert.Equal(profile.Changes.Units.Select(u => u with { Location = null, From = [] }), changes.Units.Select(u => u with { Location = null, From = [] }));
        Assert.Equal(profile.Changes.Units.Select(u => string.Join("|", u.From)), changes.Units.Select(u => string.Join("|", u.From)));
        Assert.Equal(profile.Changes.Agencies.Count, changes.Agencies.Count);
        Assert.All(profile.Changes.Agencies.Zip(changes.Agencies), pair => Assert.Equal(
            (pair.First.AgencyId, string.Join("|", pair.First.PlanIds), pair.First.Effective, pair.First.SuccessorName, pair.First.SuccessorId, pair.First.Basis, pair.First.Note, pair.First.Confirmed),
            (pair.Second.AgencyId, string.Join("|", pair.Second.PlanIds), pair.Second.Effective, pair.Second.SuccessorName, pair.Second.SuccessorId, pair.Second.Basis, pair.Second.Note, pair.Second.Confirmed)));
    }

    [Theory]
    [MemberData(nameof(ProfileIds))]
    public void Every_plan_of_an_exported_profile_evaluates_from_the_files_as_it_does_from_the_profile(string profileId)
    {
        var profile = Profile(profileId);
        Assert.Equal(ExitCodes.Success, cli.Run("profile", "export", "--profile", profileId, "--out", "/x").Exit);

        foreach (var plan in profile.Plans)
        {
            var dataset = profile.DatasetFor(plan.Id);
            string[] data = dataset is null ? [] : ["--data", $"/x/{plan.Id}{(dataset.IsSample ? ".sample" : string.Empty)}.data.csv"];
            var fromProfile = cli.Run("evaluate", "--profile", profileId, "--plan", plan.Id, "--format", "json");
            var fromFiles = cli.Run(["evaluate", "--plan-file", $"/x/{plan.Id}.plan.json", .. data, "--units", "/x/units.csv", "--changes", "/x/changes.json", "--format", "json"]);

            Assert.True(fromFiles.Exit == ExitCodes.Success, fromFiles.Err);
            Assert.Equal(fromProfile.Out, fromFiles.Out);
        }
    }

    [Theory]
    [InlineData("hai-duong", "kh-ct18")]
    [InlineData("tay-ninh", "kh-2023")]
    public void Export_writes_the_sample_results_under_the_name_an_embedded_profile_reads_and_they_read_back_as_shipped(string profileId, string planId)
    {
        var set = Profile(profileId).ResultSets.Single();

        var (exit, output, error) = cli.Run("profile", "export", "--profile", profileId, "--out", "/x");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains($"  {planId}.sample.results.csv", output, StringComparison.Ordinal);
        var back = ResultsFile.Read(cli.Files, $"/x/{planId}.sample.results.csv", CsvCulture.Invariant);
        Assert.Equal(set.Results.Select(Shape), back.Select(Shape));
        Assert.Equal(set.Results.Select(r => r.Location!.Line), back.Select(r => r.Location!.Line)); // the same rows, continuation rows included
    }

    private static string Shape(AgencyResult r) =>
        $"{r.Reporter}|{r.Item}|{r.Period}|{r.Status}|{r.Text}|{r.Source}|{string.Join("|", r.Quantities)}";

    [Fact]
    public void A_report_rendered_from_exported_files_is_the_report_of_the_profile()
    {
        Assert.Equal(ExitCodes.Success, cli.Run("profile", "export", "--profile", "dien-bien", "--out", "/x").Exit);

        var fromProfile = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--year", "2020", "--format", "html", "--out", "/a");
        var fromFiles = cli.Run(
            "report", "--plan-file", "/x/ctht-2013-2020.plan.json", "--data", "/x/ctht-2013-2020.data.csv", "--units", "/x/units.csv",
            "--changes", "/x/changes.json", "--year", "2020", "--format", "html", "--out", "/b");

        Assert.True(fromFiles.Exit == ExitCodes.Success, fromFiles.Err);
        foreach (var file in cli.Files.Directory.GetFiles("/a"))
        {
            Assert.Equal(cli.Files.File.ReadAllText(file), cli.Files.File.ReadAllText(file.Replace("/a/", "/b/", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void The_changes_given_with_changes_replace_the_profiles()
    {
        cli.Files.AddFile("/c/none.json", new MockFileData("""{ "format": "childplan.changes/1", "units": [], "agencies": [] }""", Encoding.UTF8));

        var withProfileChanges = cli.Run("report", "--profile", "dien-bien", "--plan", "tuan-giao-2021-2025", "--year", "2025", "--kind", "annual", "--format", "html", "--date", "2025-12-15", "--out", "/a");
        var withNone = cli.Run("report", "--profile", "dien-bien", "--plan", "tuan-giao-2021-2025", "--year", "2025", "--kind", "annual", "--format", "html", "--date", "2025-12-15", "--changes", "/c/none.json", "--out", "/b");

        Assert.Equal(ExitCodes.Success, withProfileChanges.Exit);
        Assert.Equal(ExitCodes.Success, withNone.Exit);
        var changed = cli.Files.File.ReadAllText("/a/tuan-giao-2021-2025-2025-annual.html");
        var unchanged = cli.Files.File.ReadAllText("/b/tuan-giao-2021-2025-2025-annual.html");
        Assert.Contains("Sở Y tế", changed, StringComparison.Ordinal);
        Assert.DoesNotContain("Sở Y tế", unchanged, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_changes_file_is_bad_input_naming_the_file_and_nothing_is_written()
    {
        cli.Files.AddFile("/c/bad.json", new MockFileData("""{ "format": "childplan.changes/1", "units": [ { "code": "11" } ] }""", Encoding.UTF8));

        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--year", "2020", "--changes", "/c/bad.json", "--out", "/r");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("/c/bad.json", error, StringComparison.Ordinal);
        Assert.Contains("$.units[0]", error, StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/r"));
    }

    [Fact]
    public void A_missing_changes_file_is_bad_input()
    {
        var (exit, _, error) = cli.Run("evaluate", "--profile", "dien-bien", "--plan", "ctht-2013-2020", "--changes", "/nowhere.json");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("/nowhere.json: the changes file does not exist.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_refuses_to_overwrite_without_force_and_writes_nothing()
    {
        cli.Files.AddFile("/x/units.csv", new MockFileData("old"));

        var (exit, _, error) = cli.Run("profile", "export", "--profile", "dien-bien", "--out", "/x");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("/x/units.csv", error, StringComparison.Ordinal);
        Assert.Equal("old", cli.Files.File.ReadAllText("/x/units.csv"));
        Assert.False(cli.Files.FileExists("/x/ctht-2021-2030.plan.json"));
        Assert.Equal(ExitCodes.Success, cli.Run("profile", "export", "--profile", "dien-bien", "--out", "/x", "--force").Exit);
    }

    [Fact]
    public void Export_of_an_unknown_profile_is_bad_input()
    {
        var (exit, _, error) = cli.Run("profile", "export", "--profile", "nope", "--out", "/x");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("nope", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changes_file_naming_an_old_unit_the_units_do_not_have_is_bad_input_located_in_the_changes_file()
    {
        Assert.Equal(ExitCodes.Success, cli.Run("profile", "export", "--profile", "dien-bien", "--out", "/x").Exit);
        var json = cli.Files.File.ReadAllText("/x/changes.json");
        var typo = json.Replace("\"03130\"", "\"3130\"", StringComparison.Ordinal);
        Assert.NotEqual(json, typo);
        cli.Files.AddFile("/x/typo.json", new MockFileData(typo, Encoding.UTF8));

        var (exit, _, error) = cli.Run("evaluate", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--changes", "/x/typo.json");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("/x/typo.json", error, StringComparison.Ordinal);
        Assert.Contains("the old unit '3130' is not among the units on 2025-06-30", error, StringComparison.Ordinal);
    }
}
