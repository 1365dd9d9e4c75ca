namespace ChildPlan;

/// <summary>The judgement of an actual value against a target.</summary>
public enum AchievementStatus
{
    /// <summary>The target is met and the actual is strictly better than the target value (vượt chỉ tiêu).</summary>
    Exceeded,

    /// <summary>The target is met without being strictly better (đạt).</summary>
    Achieved,

    /// <summary>The target is not met (không đạt).</summary>
    NotAchieved,

    /// <summary>In a year without a target, the actual is at or better than the straight line from the baseline to the next target.</summary>
    OnTrack,

    /// <summary>In a year without a target, the actual is worse than that straight line.</summary>
    OffTrack,

    /// <summary>There is a target but no actual value (chưa có số liệu).</summary>
    NoData,

    /// <summary>There is no target or trajectory in the year to judge against (with or without an actual value).</summary>
    NoTarget,
}
