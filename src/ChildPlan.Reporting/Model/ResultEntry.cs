namespace ChildPlan.Reporting.Model;

/// <summary>What one reporter (an agency, or a unit for its People's Committee) reported against a task or a duty in the period.</summary>
public sealed record ResultEntry
{
    /// <summary>The reporter as the results file writes it: the agency id, or the unit code.</summary>
    public required string Reporter { get; init; }

    /// <summary>The reporter's name on the report date (<c>Sở Giáo dục và Đào tạo</c>, <c>Ủy ban nhân dân huyện Cẩm Giàng</c>).</summary>
    public required string ReporterName { get; init; }

    /// <summary>The reporter's part in a task: <c>lead</c>, <c>support</c> or <c>contribution</c> (an agency the plan does not name on the task); <c>duty</c> for a duty.</summary>
    public required string Role { get; init; }

    /// <summary><c>chủ trì</c>, <c>phối hợp</c>, or empty.</summary>
    public required string RoleCaption { get; init; }

    /// <summary>The status token: <c>completed</c>, <c>in-progress</c>, <c>not-started</c> or <c>not-applicable</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The status as a report writes it (<c>đã hoàn thành</c>).</summary>
    public required string StatusCaption { get; init; }

    /// <summary>What was done, as reported; may be empty.</summary>
    public required string Text { get; init; }

    /// <summary>The reported quantities as written, joined by <c>; </c> (<c>12 lớp tập huấn; 1.200 lượt người</c>); empty when none.</summary>
    public required string QuantitiesText { get; init; }

    /// <summary>Where the result comes from (the reporter's document), or empty.</summary>
    public required string Source { get; init; }
}
