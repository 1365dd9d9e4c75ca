namespace ChildPlan;

/// <summary>A verdict recorded by the source document (đạt, vượt chỉ tiêu, không đạt).</summary>
/// <param name="Year">The year judged.</param>
/// <param name="Status">The verdict.</param>
/// <param name="Text">The document's words.</param>
public sealed record RecordedAssessment(int Year, AchievementStatus Status, string? Text)
{
    /// <summary>
    /// Whether a computed status agrees with this verdict. Officials write "đạt" for results that also
    /// exceed the target, so a recorded <see cref="AchievementStatus.Achieved"/> agrees with exceeded too.
    /// </summary>
    public bool AgreesWith(AchievementStatus computed) => Status switch
    {
        AchievementStatus.Achieved => computed is AchievementStatus.Achieved or AchievementStatus.Exceeded,
        _ => computed == Status,
    };
}
