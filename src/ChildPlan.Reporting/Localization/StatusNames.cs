namespace ChildPlan.Reporting.Localization;

/// <summary>The names of achievement statuses as reports, workbooks and the command line show them.</summary>
public static class StatusNames
{
    /// <summary>The caption of a status (<c>Vượt chỉ tiêu</c>, <c>Đạt</c>, <c>Không đạt</c>, …).</summary>
    public static string Caption(AchievementStatus status) => status switch
    {
        AchievementStatus.Exceeded => "Vượt chỉ tiêu",
        AchievementStatus.Achieved => "Đạt",
        AchievementStatus.NotAchieved => "Không đạt",
        AchievementStatus.OnTrack => "Đúng tiến độ",
        AchievementStatus.OffTrack => "Chậm tiến độ",
        AchievementStatus.NoData => "Chưa có số liệu",
        AchievementStatus.NoTarget => "Không có chỉ tiêu",
        _ => status.ToString(),
    };

    /// <summary>
    /// How many recorded verdicts a computed status agrees with, in words:
    /// <c>5/7 (đạt hoặc vượt được coi là khớp với "đạt")</c>.
    /// </summary>
    public static string Agreement(int agree, int judged) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{agree}/{judged} (đạt hoặc vượt được coi là khớp với \"đạt\")");

    /// <summary>The label before <see cref="Agreement"/>, without its colon.</summary>
    public const string AgreementLabel = "Khớp với đánh giá của văn bản";
}
