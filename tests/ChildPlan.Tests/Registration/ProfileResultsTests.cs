using ChildPlan.Formats;
using ChildPlan.Hosting;
using ChildPlan.Profiles;
using ChildPlan.Profiles.HaiDuong;
using Microsoft.Extensions.DependencyInjection;

namespace ChildPlan.Tests.Registration;

/// <summary>
/// An embedded profile ships results as <c>&lt;plan-id&gt;.results.csv</c> or <c>&lt;plan-id&gt;.sample.results.csv</c>, read
/// when the profile loads (a broken file fails the load, naming the profile and the file), and the catalogue hands them out.
/// </summary>
public sealed class ProfileResultsTests
{
    [Fact]
    public void A_broken_results_file_fails_the_profile_at_registration_naming_the_profile_file_and_line()
    {
        var e = Assert.Throws<ChildPlanInputException>(() => new ServiceCollection().AddChildPlan(b => b.AddProfile<BrokenResultsProfile>()));

        Assert.Equal("broken-results:small.results.csv:3: column 'status': 'done' is not a status; use completed, in-progress, not-started or not-applicable.", e.Message);
    }

    [Fact]
    public void A_profiles_results_must_name_one_of_its_plans()
    {
        var e = Assert.Throws<ChildPlanInputException>(() => new OrphanResultsProfile().ResultSets);

        Assert.Equal("orphan-results:nope.sample.results.csv: the results name plan 'nope', which the profile does not have.", e.Message);
    }

    [Fact]
    public void The_catalogue_hands_out_the_results_a_registered_profile_ships()
    {
        using var services = new ServiceCollection().AddChildPlan(b => b.AddHaiDuong()).BuildServiceProvider();

        var profile = services.GetRequiredService<IProfileCatalog>().GetProfile("hai-duong");

        var set = Assert.Single(profile.ResultSets);
        Assert.Equal(("kh-ct18.sample.results.csv", true), (set.Name, set.IsSample));
        Assert.Same(set, profile.ResultsFor("kh-ct18"));
        Assert.Null(profile.ResultsFor("nope"));
        Assert.Equal(new HaiDuongProfile().ResultSets.Single().Results.Count, set.Results.Count);
    }

    private sealed class BrokenResultsProfile() : EmbeddedProfile("broken-results", "Broken results", "TestProfiles.BrokenResults.");

    private sealed class OrphanResultsProfile() : EmbeddedProfile("orphan-results", "Orphan results", "TestProfiles.OrphanResults.");
}
