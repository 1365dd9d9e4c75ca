using System.IO.Abstractions;
using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Hosting;
using ChildPlan.Profiles;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Localization;
using ChildPlan.Reporting.Model;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace ChildPlan.Tests.Reporting;

/// <summary>
/// Prepares and renders reports of the real profiles through the host's <see cref="ReportService"/> (the path the
/// command line takes), on a clock that reads the fixed report date.
/// </summary>
internal static class ReportFixture
{
    /// <summary>The clock's date (5 December 2025): the day reports are made, which is not their date.</summary>
    public static LocalDate Today { get; } = new(2025, 12, 5);

    /// <summary>The host's services: the four profiles and reporting, on a clock at <see cref="Today"/>.</summary>
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddSingleton<IClock>(ClockOn(Today))
        .AddSingleton<IFileSystem>(new MockFileSystem())
        .AddChildPlan(b => b.AddDienBien().AddThuaThienHue().AddHaiDuong().AddTayNinh().AddReporting())
        .BuildServiceProvider();

    private static IProfileCatalog Catalog => Services.GetRequiredService<IProfileCatalog>();

    public static IReadOnlyList<IChildPlanProfile> Profiles => Catalog.Profiles;

    public static (IChildPlanProfile Profile, Plan Plan) Find(string planId)
    {
        var profile = Profiles.First(p => p.Plans.Any(plan => plan.Id == planId));
        return (profile, profile.Plans.Single(p => p.Id == planId));
    }

    /// <summary>
    /// The report input of a profile's plan: its own dataset unless <paramref name="data"/> is given, dated <paramref name="today"/>
    /// (default: the report's own default date, <see cref="ReportDate.Default(Plan, int, AdministrativeChanges?)"/>).
    /// </summary>
    public static ReportInput Input(string planId, int year, ReportDetails? details = null, IReadOnlyCollection<Observation>? data = null, LocalDate? today = null, ResultSet? results = null)
    {
        var (profile, _) = Find(planId);
        return Service().Prepare(profile.Id, planId, year, data, details: details, date: today, results: results);
    }

    public static string Render(ReportKind kind, ChildPlan.Reporting.Rendering.OutputFormat format, ReportInput input, ReportRenderer? renderer = null) =>
        Service(renderer: renderer).Render(kind, format, input, TestContext.Current.CancellationToken);

    /// <summary>Writes a report as a file (<see cref="ReportService.WriteAsync"/>) and returns its bytes.</summary>
    public static async Task<byte[]> WriteAsync(ReportKind kind, ReportFormat format, ReportInput input, ReportRenderer? renderer = null)
    {
        using var stream = new MemoryStream();
        await WriteAsync(kind, format, input, stream, renderer);
        return stream.ToArray();
    }

    /// <summary>Writes a report as a file (<see cref="ReportService.WriteAsync"/>) to <paramref name="output"/>.</summary>
    public static Task WriteAsync(ReportKind kind, ReportFormat format, ReportInput input, Stream output, ReportRenderer? renderer = null) =>
        Service(renderer: renderer).WriteAsync(kind, format, input, output, TestContext.Current.CancellationToken);

    /// <summary>Writes a data collection form (<see cref="ReportService.WriteCollectionFormAsync"/>) and returns its bytes.</summary>
    public static async Task<byte[]> WriteCollectionFormAsync(Plan plan, int year, AdministrativeUnit unit, ChildPlan.Reporting.Workbooks.CollectionOptions options, ReportFormat format, ReportRenderer? renderer = null)
    {
        using var stream = new MemoryStream();
        await Service(renderer: renderer).WriteCollectionFormAsync(plan, year, unit, options, format, stream, TestContext.Current.CancellationToken);
        return stream.ToArray();
    }

    /// <summary>The host's service, or one like it rendering with <paramref name="renderer"/>.</summary>
    private static ReportService Service(ReportRenderer? renderer = null) => renderer is null
        ? Services.GetRequiredService<ReportService>()
        : new ReportService(Catalog, renderer, ClockOn(Today));

    /// <summary>A clock at 09:00 in Việt Nam on <paramref name="date"/>.</summary>
    private static FakeClock ClockOn(LocalDate date) => new(date.At(new LocalTime(9, 0)).InZoneStrictly(VietnamTime.Zone).ToInstant());
}
