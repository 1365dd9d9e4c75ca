using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Formats;
using ChildPlan.Samples.BackOffice;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace ChildPlan.Samples.Tests;

/// <summary>The back office keeps an upload's data for its retention period, then refuses it and removes its files.</summary>
public sealed class UploadStoreTests
{
    private const string Folder = "/work/uploads";

    private static readonly Observation[] Observations = [new() { IndicatorId = "A.1", Year = 2020, UnitCode = "11", Value = 12.5m }];

    private readonly MockFileSystem files = new();
    private readonly FakeClock clock = new(Instant.FromUtc(2026, 11, 27, 8, 0));

    private static readonly AgencyResult Result = new()
    {
        Reporter = "so-gddt",
        Item = ResultItem.Task("HD3"),
        Period = ReportingPeriod.WholeYear(2020),
        Status = ResultStatus.InProgress,
        Text = "Tập huấn cho cha mẹ học sinh.",
        Quantities = [new Quantity(500, "lượt người")],
    };

    private static Upload Data(string name) => new("hai-duong", "kh-ct18", 2020, name, Observations, Results: null);

    private UploadStore Store(TimeSpan? retention = null) =>
        new(files, clock, Options.Create(new BackOfficeOptions { WorkFolder = Folder, UploadRetention = retention ?? TimeSpan.FromHours(1) }));

    [Fact]
    public void An_upload_loads_with_its_name_and_observations_within_the_retention()
    {
        var store = Store();
        var id = store.Save(Data("data.csv"));

        clock.Advance(Duration.FromMinutes(59));
        var upload = store.Load(id);

        Assert.NotNull(upload);
        Assert.Equal(("hai-duong", "kh-ct18", 2020), (upload.ProfileId, upload.PlanId, upload.Year));
        Assert.Equal("data.csv", upload.Name);
        var observation = Assert.Single(upload.Observations);
        Assert.Equal(("A.1", 2020, "11", 12.5m), (observation.IndicatorId, observation.Year, observation.UnitCode, observation.Value));
    }

    [Fact]
    public void An_upload_with_results_loads_them_with_their_plan_and_name_and_an_upload_of_results_only_has_no_data_name()
    {
        var store = Store();
        var id = store.Save(new Upload("hai-duong", "kh-ct18", 2020, null, [], new ResultSet("kh-ct18", "so-gddt.xlsx, 288.xlsx", IsSample: false, [Result])));

        var upload = store.Load(id);

        Assert.NotNull(upload);
        Assert.Null(upload.Name);
        Assert.Empty(upload.Observations);
        Assert.NotNull(upload.Results);
        Assert.Equal(("kh-ct18", "so-gddt.xlsx, 288.xlsx", false), (upload.Results.PlanId, upload.Results.Name, upload.Results.IsSample));
        var result = Assert.Single(upload.Results.Results);
        Assert.Equal((Result.Reporter, Result.Item, Result.Period, Result.Status, Result.Text), (result.Reporter, result.Item, result.Period, result.Status, result.Text));
        Assert.Equal(Result.Quantities, result.Quantities);
    }

    [Fact]
    public void The_saved_data_and_results_are_read_back_under_the_uploaded_files_names_not_the_work_folders_files()
    {
        var store = Store();
        var id = store.Save(new Upload("hai-duong", "kh-ct18", 2020, "data.csv", Observations, new ResultSet("kh-ct18", "ket-qua.csv", IsSample: false, [Result])));

        var upload = store.Load(id);

        Assert.NotNull(upload);
        Assert.Equal(new InputLocation("data.csv", 2), Assert.Single(upload.Observations).Location);
        Assert.Equal(new InputLocation("ket-qua.csv", 2), Assert.Single(upload.Results!.Results).Location);
    }

    [Fact]
    public void An_upload_whose_metadata_does_not_say_its_profile_plan_and_year_is_not_loaded()
    {
        var store = Store();
        var id = store.Save(Data("data.csv"));
        var metadata = files.Path.Combine(Folder, id + ".upload");
        files.File.WriteAllText(metadata, System.Text.RegularExpressions.Regex.Replace(files.File.ReadAllText(metadata), "\"Profile\":\"[^\"]*\",", string.Empty));

        Assert.Null(store.Load(id));
    }

    [Fact]
    public void The_results_of_an_expired_upload_are_removed_with_its_data()
    {
        var store = Store();
        store.Save(new Upload("hai-duong", "kh-ct18", 2020, "so-gddt.xlsx", Observations, new ResultSet("kh-ct18", "so-gddt.xlsx", IsSample: false, [Result])));
        clock.Advance(Duration.FromHours(1));

        Assert.Equal(1, store.RemoveExpired());
        Assert.Empty(files.Directory.GetFiles(Folder));
    }

    [Fact]
    public void An_upload_is_not_loaded_once_its_retention_has_passed()
    {
        var store = Store();
        var id = store.Save(Data("data.csv"));

        clock.Advance(Duration.FromHours(1));

        Assert.Null(store.Load(id));
    }

    [Fact]
    public void A_save_removes_the_files_of_the_expired_uploads_and_keeps_the_others()
    {
        var store = Store();
        var old = store.Save(Data("old.csv"));
        clock.Advance(Duration.FromMinutes(40));
        var recent = store.Save(Data("recent.csv"));
        clock.Advance(Duration.FromMinutes(30));

        var latest = store.Save(Data("latest.csv"));

        var kept = files.Directory.GetFiles(Folder).Select(f => files.Path.GetFileName(f)).Order(StringComparer.Ordinal);
        string[] expected = [latest + ".csv", latest + ".upload", recent + ".csv", recent + ".upload"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), kept);
        Assert.Null(store.Load(old));
        Assert.NotNull(store.Load(recent));
    }

    [Fact]
    public void Removing_the_expired_uploads_counts_them_and_removes_metadata_that_cannot_be_read()
    {
        var store = Store(TimeSpan.FromMinutes(10));
        store.Save(Data("a.csv"));
        store.Save(Data("b.csv"));
        files.File.WriteAllText(files.Path.Combine(Folder, "0123456789abcdef0123456789abcdef.upload"), "cut short");
        clock.Advance(Duration.FromMinutes(10));

        Assert.Equal(3, store.RemoveExpired());
        Assert.Empty(files.Directory.GetFiles(Folder));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("")]
    public void An_id_that_is_not_one_the_store_made_is_not_loaded(string id) => Assert.Null(Store().Load(id));

    [Fact]
    public void A_retention_that_is_not_positive_is_refused_naming_the_setting()
    {
        var e = Assert.Throws<ArgumentException>(() => Store(TimeSpan.Zero));

        Assert.Contains("BackOffice:UploadRetention must be a positive time span", e.Message, StringComparison.Ordinal);
    }
}
