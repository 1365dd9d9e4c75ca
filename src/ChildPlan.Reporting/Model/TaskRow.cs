using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting.Model;

/// <summary>A task, activity or solution.</summary>
public sealed record TaskRow
{
    /// <summary>Id.</summary>
    public required string Id { get; init; }

    /// <summary>Number as written.</summary>
    public required string Number { get; init; }

    /// <summary><c>task</c>, <c>activity</c> or <c>solution</c>.</summary>
    public required string Kind { get; init; }

    /// <summary><c>Nhiệm vụ</c>, <c>Hoạt động</c> or <c>Giải pháp</c>.</summary>
    public required string KindCaption { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Activities.</summary>
    public required IReadOnlyList<string> Activities { get; init; }

    /// <summary>Where it is carried out, or empty.</summary>
    public required string Area { get; init; }

    /// <summary>The lead agencies' names (co-leads joined by <c>; </c>), or empty.</summary>
    public required string Lead { get; init; }

    /// <summary>Coordinating agencies, joined.</summary>
    public required string Support { get; init; }

    /// <summary>
    /// The status its results give it in the period: <c>not-applicable</c> when every result says so; otherwise (leaving those
    /// aside) <c>completed</c> when all are completed, <c>in-progress</c> when any is completed or in progress, else
    /// <c>not-started</c>; <c>not-reported</c> when nobody reported on it; empty in a report without results.
    /// </summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>The status as a report writes it (<c>đã hoàn thành</c>, <c>chưa có báo cáo</c>); empty in a report without results.</summary>
    public string StatusCaption { get; init; } = string.Empty;

    /// <summary>The results reported on it: the lead's, then the supporting agencies', then other contributions, in plan order.</summary>
    public IReadOnlyList<ResultEntry> Results { get; init; } = [];

    /// <summary>
    /// Its quantities in total: summed where the units agree (ignoring case and spacing), as written otherwise
    /// (<c>Tổng: 45 lớp tập huấn; 3.200 lượt người</c>); empty when none was reported.
    /// </summary>
    public string QuantitiesText { get; init; } = string.Empty;

    /// <summary>
    /// The funding spent on it, from the quantities in currency units, when the plan names funding sources
    /// (<c>Kinh phí đã sử dụng: 350 triệu đồng</c>); empty otherwise.
    /// </summary>
    public string FundingText { get; init; } = string.Empty;

    /// <summary>What the report says when nobody reported on it; empty otherwise (and in a report without results).</summary>
    public string Placeholder { get; init; } = string.Empty;
}
