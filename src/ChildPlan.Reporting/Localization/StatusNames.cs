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

    /// <summary>The label of the count of computed statuses that are the document's own verdict, without its colon.</summary>
    public const string AgreementLabel = "Khớp với đánh giá của văn bản";

    /// <summary>The label of the count where the document says "đạt" and the numbers exceed the target, without its colon.</summary>
    public const string CompatibleLabel = "Văn bản ghi \"đạt\", số liệu vượt chỉ tiêu";

    /// <summary>The label of the count of computed statuses that differ from the document's verdict, without its colon.</summary>
    public const string DisagreementLabel = "Khác với đánh giá của văn bản";

    /// <summary>
    /// How many of the judged results fall in one class of agreement, with which ones: <c>3/20 (R1 2020, R7 2015)</c>,
    /// or <c>17/20</c> without a list.
    /// </summary>
    public static string Agreement(int count, int judged, IReadOnlyCollection<string>? which = null) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count}/{judged}")
        + (which is { Count: > 0 } ? $" ({string.Join(", ", which)})" : string.Empty);

    /// <summary>
    /// The lines comparing computed statuses with the document's verdicts: exact agreement always, then the "đạt" that the
    /// numbers exceed and the differences when there are any, each naming its results (<paramref name="name"/>).
    /// </summary>
    public static IReadOnlyList<(string Label, string Text)> AgreementLines<T>(IReadOnlyCollection<(T Item, VerdictAgreement Agreement)> judged, Func<T, string> name)
    {
        ArgumentNullException.ThrowIfNull(judged);
        ArgumentNullException.ThrowIfNull(name);
        List<string> Which(VerdictAgreement a) => judged.Where(j => j.Agreement == a).Select(j => name(j.Item)).ToList();
        var lines = new List<(string Label, string Text)> { (AgreementLabel, Agreement(Which(VerdictAgreement.Exact).Count, judged.Count)) };
        foreach (var (label, kind) in new[] { (CompatibleLabel, VerdictAgreement.Compatible), (DisagreementLabel, VerdictAgreement.Different) })
        {
            var which = Which(kind);
            if (which.Count > 0)
            {
                lines.Add((label, Agreement(which.Count, judged.Count, which)));
            }
        }

        return lines;
    }
}
