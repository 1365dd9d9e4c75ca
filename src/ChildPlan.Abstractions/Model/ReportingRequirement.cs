namespace ChildPlan;

/// <summary>
/// One step of a plan's reporting regime: who reports to whom (and through whom), how often, and by when.
/// </summary>
public sealed record ReportingRequirement
{
    /// <summary>Id unique within the plan.</summary>
    public required string Id { get; init; }

    /// <summary>How often.</summary>
    public required ReportingStepKind Kind { get; init; }

    /// <summary>Agency id of who reports.</summary>
    public required string From { get; init; }

    /// <summary>Agency id of who is reported to.</summary>
    public required string To { get; init; }

    /// <summary>Agency id the report goes through ("qua Sở …"), if any.</summary>
    public string? Via { get; init; }

    /// <summary>The deadline, or <see langword="null"/> where the document gives no date.</summary>
    public Deadline? Due { get; init; }

    /// <summary>The year of a review when the document gives only a year ("sơ kết vào cuối năm 2025").</summary>
    public int? Year { get; init; }

    /// <summary>The document's words.</summary>
    public string? Text { get; init; }

    /// <summary>Where the step is stated.</summary>
    public required SourceReference Source { get; init; }
}
