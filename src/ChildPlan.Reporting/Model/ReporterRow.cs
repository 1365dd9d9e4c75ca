namespace ChildPlan.Reporting.Model;

/// <summary>Someone expected to report results for the period (<c>ResultReporters.Expected</c>), and whether they did.</summary>
public sealed record ReporterRow
{
    /// <summary>The agency id, or the unit code.</summary>
    public required string Id { get; init; }

    /// <summary>The reporter's name on the report date.</summary>
    public required string Name { get; init; }

    /// <summary>The last day the period's report was due, ISO (<c>2019-12-15</c>), or empty when the plan sets none.</summary>
    public required string Due { get; init; }

    /// <summary>When the period's report was due (<c>ngày 15/12/2019</c>), or what the report says when the plan sets no date.</summary>
    public required string DueText { get; init; }

    /// <summary>Whether any result of the reporter is in the period.</summary>
    public required bool Reported { get; init; }
}
