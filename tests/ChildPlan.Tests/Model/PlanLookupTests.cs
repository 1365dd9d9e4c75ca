namespace ChildPlan.Tests.Model;

public sealed class PlanLookupTests
{
    [Fact]
    public void Finding_by_id_takes_no_part_in_a_plans_equality()
    {
        var searched = TestPlans.Small();
        var fresh = searched with { }; // the same lists, never searched

        Assert.Equal("PCT", searched.FindIndicator("PCT")!.Id);
        Assert.Equal("so-a", searched.FindAgency("so-a")!.Id);
        Assert.Equal("G1", searched.FindGoal("G1")!.Id);

        Assert.Equal(fresh, searched);
        Assert.Equal(fresh.GetHashCode(), searched.GetHashCode());
    }

    [Fact]
    public void A_plan_made_with_other_lists_finds_in_its_own_lists_and_the_first_of_two_with_one_id()
    {
        var plan = TestPlans.Small();
        Assert.NotNull(plan.FindIndicator("MR"));

        var other = plan with { Indicators = [plan.Indicators[0] with { Id = "NEW" }, plan.Indicators[1] with { Id = "NEW", Name = "second" }] };

        Assert.Null(other.FindIndicator("MR"));
        Assert.Equal(plan.Indicators[0].Name, other.FindIndicator("NEW")!.Name);
        Assert.NotNull(plan.FindIndicator("MR"));
        Assert.Null(plan.FindIndicator("NEW"));
        Assert.Null(plan.FindAgency("nobody"));
    }
}
