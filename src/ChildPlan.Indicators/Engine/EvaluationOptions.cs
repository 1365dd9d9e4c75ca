namespace ChildPlan.Indicators;

/// <summary>What to evaluate.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Only this year (one of the plan's years or a baseline year); by default every milestone year and every year with data.</summary>
    public int? Year { get; init; }

    /// <summary>The administrative unit to evaluate; by default the plan's own area.</summary>
    public string? UnitCode { get; init; }
}
