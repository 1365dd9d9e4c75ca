namespace ChildPlan;

/// <summary>
/// What one reporter did on one item in one period: an agency of the plan (by its id) or an administrative unit (by its
/// code) answering for the duties of the plan's People's Committee at its level.
/// </summary>
public sealed record AgencyResult
{
    /// <summary>The reporter: a plan agency's id (<c>so-gddt</c>) or an administrative unit's code (<c>288</c>).</summary>
    public required string Reporter { get; init; }

    /// <summary>The task or duty the result answers.</summary>
    public required ResultItem Item { get; init; }

    /// <summary>The period the result covers.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>Where the reporter stands.</summary>
    public required ResultStatus Status { get; init; }

    /// <summary>The narrative of what was done, as the reporter wrote it (may be empty only when not started or not applicable).</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Numbers with their units (classes held, people reached, money spent…), in the order given.</summary>
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];

    /// <summary>Where the result comes from (the agency's report number and date), if given.</summary>
    public string? Source { get; init; }

    /// <summary>Where the result was read from (file and line, or workbook sheet and cell), for error messages.</summary>
    public InputLocation? Location { get; init; }
}
