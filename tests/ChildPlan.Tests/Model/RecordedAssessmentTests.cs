namespace ChildPlan.Tests.Model;

public sealed class RecordedAssessmentTests
{
    // The document's word against ChildPlan's: the same word is exact; "đạt" where the numbers exceed the target is
    // compatible (officials write it so) but not the same; anything else differs.
    [Theory]
    [InlineData(AchievementStatus.Achieved, AchievementStatus.Achieved, VerdictAgreement.Exact)]
    [InlineData(AchievementStatus.Exceeded, AchievementStatus.Exceeded, VerdictAgreement.Exact)]
    [InlineData(AchievementStatus.NotAchieved, AchievementStatus.NotAchieved, VerdictAgreement.Exact)]
    [InlineData(AchievementStatus.Achieved, AchievementStatus.Exceeded, VerdictAgreement.Compatible)]
    [InlineData(AchievementStatus.Exceeded, AchievementStatus.Achieved, VerdictAgreement.Different)]
    [InlineData(AchievementStatus.Achieved, AchievementStatus.NotAchieved, VerdictAgreement.Different)]
    [InlineData(AchievementStatus.NotAchieved, AchievementStatus.Achieved, VerdictAgreement.Different)]
    public void A_computed_status_is_compared_with_the_documents_verdict_exactly(AchievementStatus recorded, AchievementStatus computed, VerdictAgreement expected)
    {
        var assessment = new RecordedAssessment(2020, recorded, null);

        Assert.Equal(expected, assessment.Compare(computed));
        Assert.Equal(expected != VerdictAgreement.Different, assessment.AgreesWith(computed));
    }
}
