using ChildPlan.Hosting;
using ChildPlan.Formats;
using ChildPlan.Profiles;
using ChildPlan.Profiles.DienBien;
using Microsoft.Extensions.DependencyInjection;

namespace ChildPlan.Tests.Registration;

public sealed class RegistrationTests
{
    [Fact]
    public void A_host_registers_a_profile_and_resolves_its_plans_by_id()
    {
        using var services = new ServiceCollection()
            .AddChildPlan(b => b.AddProfile<DienBienProfile>())
            .BuildServiceProvider();

        var catalog = services.GetRequiredService<IProfileCatalog>();

        Assert.Equal(["dien-bien"], catalog.Profiles.Select(p => p.Id));
        Assert.Equal("333/QĐ-UBND", catalog.GetPlan("dien-bien", "ctht-2021-2030").Document.Symbol);
        Assert.Equal("dien-bien", catalog.GetPlan("dien-bien", "ctht-2021-2030").ProfileId);
        Assert.True(catalog.TryGetProfile("dien-bien", out _));
        Assert.False(catalog.TryGetProfile("hai-duong", out _));
    }

    [Fact]
    public void The_same_profile_cannot_be_registered_twice()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddChildPlan(b => b.AddDienBien().AddDienBien()));

        Assert.Contains("'dien-bien' is already registered", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_with_a_broken_plan_file_fails_at_registration_naming_the_resource_and_path()
    {
        var e = Assert.Throws<ChildPlanInputException>(() => new ServiceCollection().AddChildPlan(b => b.AddProfile<BrokenProfile>()));

        Assert.Contains("broken:bad.plan.json: $.indicators[0].targets[0].op: '≥' is not one of", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_dataset_must_name_one_of_its_plans()
    {
        var e = Assert.Throws<ChildPlanInputException>(() => new OrphanDataProfile().Datasets);

        Assert.Contains("the dataset names plan 'nope', which the profile does not have.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_example_renders_the_annual_report_with_reporting_registered()
    {
        using var services = new ServiceCollection()
            .AddSingleton<NodaTime.IClock>(new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2025, 12, 5, 2, 0)))
            .AddChildPlan(b => b.AddDienBien().AddReporting())
            .BuildServiceProvider();
        var reports = services.GetRequiredService<ChildPlan.Reporting.ReportService>();

        var input = reports.Prepare("dien-bien", "ctht-2013-2020", year: 2020);
        var html = reports.Render(ChildPlan.Reporting.Model.ReportKind.Annual, ChildPlan.Reporting.Rendering.OutputFormat.Html, input, TestContext.Current.CancellationToken);

        Assert.Equal(17, input.Evaluation.Results.Count);
        Assert.Equal(new NodaTime.LocalDate(2021, 3, 15), input.Date);
        Assert.Contains("Điện Biên, ngày 15 tháng 3 năm 2021", html, StringComparison.Ordinal);
        Assert.Contains("26,4%", html, StringComparison.Ordinal);
    }

    private sealed class BrokenProfile() : EmbeddedProfile("broken", "Broken", "TestProfiles.Broken.");

    private sealed class OrphanDataProfile() : EmbeddedProfile("orphan", "Orphan", "TestProfiles.Orphan.");
}
