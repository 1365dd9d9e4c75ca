namespace ChildPlan.Tests.Model;

public sealed class ChildPlanInputExceptionTests
{
    [Fact]
    public void Renaming_locations_keeps_the_count_of_problems_not_listed()
    {
        var problems = Enumerable.Range(1, 250).Select(i => new InputProblem(i == 1 ? "year" : $"data.csv:{i}", "bad")).ToList();
        var e = new ChildPlanInputException(problems);

        var renamed = e.Relocate(where => where == "year" ? "--year" : where);

        Assert.Equal(ChildPlanInputException.MaxReportedProblems, renamed.Problems.Count);
        Assert.Equal(150, renamed.OmittedProblems);
        Assert.Equal("--year", renamed.Problems[0].Where);
        Assert.StartsWith("250 problems:", renamed.Message, StringComparison.Ordinal);
        Assert.EndsWith("\u2026 and 150 more problems.", renamed.Message, StringComparison.Ordinal);
    }
}
