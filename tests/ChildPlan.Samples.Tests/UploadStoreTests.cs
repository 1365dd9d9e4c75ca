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

    private UploadStore Store(TimeSpan? retention = null) =>
        new(files, clock, Options.Create(new BackOfficeOptions { WorkFolder = Folder, UploadRetention = retention ?? TimeSpan.FromHours(1) }));

    [Fact]
    public void An_upload_loads_with_its_name_and_observations_within_the_retention()
    {
        var store = Store();
        var id = store.Save("data.csv", Observations);

        clock.Advance(Duration.FromMinutes(59));
        var upload = store.Load(id);

        Assert.NotNull(upload);
        Assert.Equal("data.csv", upload.Value.Name);
        var observation = Assert.Single(upload.Value.Observations);
        Assert.Equal(("A.1", 2020, "11", 12.5m), (observation.IndicatorId, observation.Year, observation.UnitCode, observation.Value));
    }

    [Fact]
    public void An_upload_is_not_loaded_once_its_retention_has_passed()
    {
        var store = Store();
        var id = store.Save("data.csv", Observations);

        clock.Advance(Duration.FromHours(1));

        Assert.Null(store.Load(id));
    }

    [Fact]
    public void A_save_removes_the_files_of_the_expired_uploads_and_keeps_the_others()
    {
        var store = Store();
        var old = store.Save("old.csv", Observations);
        clock.Advance(Duration.FromMinutes(40));
        var recent = store.Save("recent.csv", Observations);
        clock.Advance(Duration.FromMinutes(30));

        var latest = store.Save("latest.csv", Observations);

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
        store.Save("a.csv", Observations);
        store.Save("b.csv", Observations);
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
