namespace ChildPlan.Reporting.Model;

/// <summary>The rule that reports and collection workbooks are for a year of the plan (the engine also evaluates baseline years).</summary>
internal static class PlanYears
{
    /// <summary>Throws when <paramref name="year"/> is not one of <paramref name="plan"/>'s years.</summary>
    /// <exception cref="ChildPlanInputException">The year is outside the plan's years (a problem at <c>year</c>).</exception>
    public static void Require(Plan plan, int year)
    {
        if (!plan.Years.Contains(year))
        {
            throw PlanValidator.YearOutside(plan, year);
        }
    }
}
