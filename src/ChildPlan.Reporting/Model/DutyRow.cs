namespace ChildPlan.Reporting.Model;

/// <summary>One of an agency's duties in the plan with what its reporters reported against it in the period.</summary>
public sealed record DutyRow
{
    /// <summary>
    /// The duty's number in its agency row: the <c>n</c> of <c>so-gddt#n</c>, and for a row of agencies now one body, counted
    /// on through the row in plan order (Điện Biên 2025: the 7 duties of the Department of Labour that passed to the Department
    /// of Health are 1–7, the latter's own 8–10), never starting again at 1.
    /// </summary>
    public required int Number { get; init; }

    /// <summary>The duty as the plan writes it.</summary>
    public required string Text { get; init; }

    /// <summary>The duty's status token (as <see cref="TaskRow.Status"/>), <c>not-reported</c> when nobody answered it.</summary>
    public required string Status { get; init; }

    /// <summary>The status as a report writes it.</summary>
    public required string StatusCaption { get; init; }

    /// <summary>The results reported against it, in the order of the reporters expected (a committee's units one by one).</summary>
    public required IReadOnlyList<ResultEntry> Results { get; init; }

    /// <summary>
    /// The quantities of all its results in total, summed where the units agree (<c>Tổng: 33 đợt kiểm tra</c>), as
    /// <see cref="TaskRow.QuantitiesText"/>; the reports print it when more than one reporter answered the duty (a
    /// committee's units); empty without quantities.
    /// </summary>
    public string QuantitiesText { get; init; } = string.Empty;

    /// <summary>The funding spent on it in total (<c>Kinh phí đã sử dụng: 72 triệu đồng</c>), as <see cref="TaskRow.FundingText"/>.</summary>
    public string FundingText { get; init; } = string.Empty;

    /// <summary>What the report says when nobody answered the duty; empty otherwise.</summary>
    public required string Placeholder { get; init; }
}
