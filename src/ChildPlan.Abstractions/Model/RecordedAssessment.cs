namespace ChildPlan;

/// <summary>A verdict recorded by the source document (đạt, vượt chỉ tiêu, không đạt).</summary>
/// <param name="Year">The year judged.</param>
/// <param name="Status">The verdict.</param>
/// <param name="Text">The document's words.</param>
public sealed record RecordedAssessment(int Year, AchievementStatus Status, string? Text)
{
    /// <summary>
    /// Whether a computed status agrees with this verdict, exactly or compatibly (see <see cref="Compare"/>). Officials
    /// write "đạt" for results that also exceed the target, so a recorded <see cref="AchievementStatus.Achieved"/> agrees
    /// with exceeded too.
    /// </summary>
    public bool AgreesWith(AchievementStatus computed) => Compare(computed) != VerdictAgreement.Different;

    /// <summary>
    /// Compares a computed status with this verdict: <see cref="VerdictAgreement.Exact"/> when they are the same,
    /// <see cref="VerdictAgreement.Compatible"/> when the document says "đạt" and the numbers exceed the target,
    /// otherwise <see cref="VerdictAgreement.Different"/>.
    /// </summary>
    public VerdictAgreement Compare(AchievementStatus computed) =>
        computed == Status ? VerdictAgreement.Exact
        : Status == AchievementStatus.Achieved && computed == AchievementStatus.Exceeded ? VerdictAgreement.Compatible
        : VerdictAgreement.Different;
}
