using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting.Model;

/// <summary>A reporting deadline in the report year.</summary>
public sealed record DeadlineRow
{
    /// <summary>The reporting step id.</summary>
    public required string StepId { get; init; }

    /// <summary>Kind caption (<c>Báo cáo năm</c>, <c>Báo cáo 6 tháng</c>, <c>Sơ kết</c>…).</summary>
    public required string KindCaption { get; init; }

    /// <summary>Who reports.</summary>
    public required string From { get; init; }

    /// <summary>To whom.</summary>
    public required string To { get; init; }

    /// <summary>Through whom, or empty.</summary>
    public required string Via { get; init; }

    /// <summary>The deadline as text (<c>trước ngày 20/11/2025</c>, <c>15/12/2025</c>, <c>năm 2025</c>, <c>Văn bản không nêu hạn</c>).</summary>
    public required string DueText { get; init; }

    /// <summary>The last day on time, ISO, or empty.</summary>
    public required string Due { get; init; }

    /// <summary><c>overdue</c>, <c>due</c> (within 30 days), <c>upcoming</c>, <c>no-date</c>, or <c>lapsed</c> when the reporter or recipient no longer exists then.</summary>
    public required string State { get; init; }

    /// <summary>Caption of the state (<c>Đã quá hạn</c>, <c>Sắp đến hạn</c>, <c>Chưa đến hạn</c>, <c>Không có hạn cụ thể</c>).</summary>
    public required string StateCaption { get; init; }

    /// <summary>Days from the report date to the deadline (negative when passed), or <see langword="null"/>.</summary>
    public int? DaysLeft { get; init; }

    /// <summary>The document's words.</summary>
    public required string Text { get; init; }
}
