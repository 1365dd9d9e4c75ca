using ChildPlan.Formats;
using ChildPlan.Indicators;
using static ChildPlan.Tests.TestPlans;

namespace ChildPlan.Tests.Engine;

public sealed class ObservationValidatorTests
{
    private static string SingleProblem(params Observation[] data)
    {
        var problems = ObservationValidator.Validate(Small(), data, Units.Hierarchy);
        var problem = Assert.Single(problems);
        return problem.ToString();
    }

    [Fact]
    public void An_unknown_indicator_is_reported_with_file_and_line()
    {
        var message = SingleProblem(Obs("CT99", 2025, value: 1, line: 7));

        Assert.Equal("data.csv:7: unknown indicator 'CT99' in plan 'small'.", message);
    }

    [Fact]
    public void A_bundled_indicator_needs_its_measure()
    {
        Assert.Contains("has several measures (nong-thon, thanh-thi)", SingleProblem(Obs("SDD", 2025, value: 4)), StringComparison.Ordinal);
        Assert.Contains("unknown measure 'mien-nui'", SingleProblem(Obs("SDD", 2025, value: 4, measure: "mien-nui")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_administrative_unit_is_reported()
    {
        Assert.Contains("unknown administrative unit 'X9'", SingleProblem(Obs("PCT", 2025, value: 70, unit: "X9")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_outside_the_plan_is_reported_but_the_baseline_year_is_allowed()
    {
        Assert.Contains("year 2031 is outside the plan's years 2021–2025", SingleProblem(Obs("PCT", 2031, value: 70)), StringComparison.Ordinal);
        Assert.Empty(ObservationValidator.Validate(Small(), [Obs("PCT", 2020, value: 60)], Units.Hierarchy));
    }

    [Fact]
    public void A_numerator_greater_than_its_denominator_is_refused_for_a_percent()
    {
        Assert.Contains("numerator 120 is greater than denominator 100 for a percent", SingleProblem(Obs("PCT", 2025, numerator: 120, denominator: 100)), StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_values_are_refused()
    {
        Assert.Contains("value -1 is negative", SingleProblem(Obs("PCT", 2025, value: -1)), StringComparison.Ordinal);
        Assert.Contains("is negative", SingleProblem(Obs("MR", 2025, numerator: -1, denominator: 100)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_percent_above_100_and_absurdly_large_numbers_are_refused()
    {
        Assert.Contains("value 264 is above 100 for a percent", SingleProblem(Obs("PCT", 2025, value: 264)), StringComparison.Ordinal);
        Assert.Contains("a number is larger than 1,000,000,000,000", SingleProblem(Obs("MR", 2025, numerator: 1e24m, denominator: 1)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_denominator_is_refused()
    {
        Assert.Contains("the denominator is zero", SingleProblem(Obs("MR", 2025, numerator: 0, denominator: 0)), StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_observations_name_both_lines()
    {
        var message = SingleProblem(Obs("PCT", 2025, value: 70, line: 2), Obs("PCT", 2025, value: 71, unit: "P", line: 9));

        Assert.StartsWith("data.csv:9: duplicate observation: PCT for unit 'P' in 2025 is already given at data.csv:2", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_disagrees_with_its_numerator_and_denominator_is_refused()
    {
        Assert.Contains("value 5 disagrees with numerator/denominator 8163/214825 = 3.8", SingleProblem(Obs("PCT", 2025, value: 5, numerator: 8163, denominator: 214825)), StringComparison.Ordinal);
        Assert.Empty(ObservationValidator.Validate(Small(), [Obs("PCT", 2025, value: 3.8m, numerator: 8163, denominator: 214825)], Units.Hierarchy));
    }

    [Fact]
    public void A_count_or_yes_no_measure_takes_a_value_only()
    {
        Assert.Contains("a count measure has no numerator or denominator", SingleProblem(Obs("CNT", 2025, numerator: 1, denominator: 2)), StringComparison.Ordinal);
        Assert.Contains("value 2 is not 1 (done) or 0 (not done)", SingleProblem(Obs("XONG", 2025, value: 2)), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluation_refuses_invalid_data_and_lists_every_problem()
    {
        Observation[] data = [Obs("CT99", 2025, value: 1, line: 2), Obs("PCT", 2025, value: -1, line: 3)];

        var e = Assert.Throws<ChildPlanInputException>(() => PlanEvaluator.Evaluate(Small(), data, Units.Hierarchy));

        Assert.Equal(2, e.Problems.Count);
        Assert.Contains("data.csv:2", e.Message, StringComparison.Ordinal);
        Assert.Contains("data.csv:3", e.Message, StringComparison.Ordinal);
    }
}
