namespace ChildPlan;

/// <summary>Where an agency stands on an item it answers for, as it reports it (CSV tokens in brackets).</summary>
public enum ResultStatus
{
    /// <summary>Done (<c>completed</c>; đã hoàn thành).</summary>
    Completed,

    /// <summary>Under way (<c>in-progress</c>; đang thực hiện).</summary>
    InProgress,

    /// <summary>Not begun (<c>not-started</c>; chưa triển khai).</summary>
    NotStarted,

    /// <summary>Does not apply to this reporter in this period (<c>not-applicable</c>; không áp dụng).</summary>
    NotApplicable,
}
