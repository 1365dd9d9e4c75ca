namespace ChildPlan.Indicators;

/// <summary>What to evaluate.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Only this year (one of the plan's years or a baseline year); by default every milestone year and every year with data.</summary>
    public int? Year { get; init; }

    /// <summary>The administrative unit to evaluate; by default the plan's own area.</summary>
    public string? UnitCode { get; init; }

    /// <summary>
    /// The map on which to show results: the units as they are on this date. By default each year is shown on its own
    /// map (31 December of the year, see <see cref="AdministrativeHierarchy.InYear"/>). On a later map, a unit that did not
    /// exist in the year gets the sum of the old units it was formed from when every one went into it in full, and no value
    /// with a <see cref="IndicatorResult.Reason"/> when one was split.
    /// </summary>
    public NodaTime.LocalDate? Geography { get; init; }
}
