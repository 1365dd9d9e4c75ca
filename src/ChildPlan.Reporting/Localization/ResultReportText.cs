using System.Globalization;
using System.Text;
using NodaTime;

namespace ChildPlan.Reporting.Localization;

/// <summary>
/// The words of the agencies' results in the annual and six-monthly reports: status captions, the task summary, quantities
/// and funding, what is said when nobody reported, and the list of those who have not reported.
/// </summary>
internal static class ResultReportText
{
    /// <summary>What a task says when nobody reported on it.</summary>
    public const string NobodyReportedTask = "Chưa có cơ quan, đơn vị nào báo cáo kết quả thực hiện nội dung này.";

    /// <summary>What a duty says when nobody answered it.</summary>
    public const string NobodyReportedDuty = "Chưa có báo cáo kết quả thực hiện nhiệm vụ này.";

    /// <summary>The status caption of a task or duty nobody reported on.</summary>
    public const string NotReported = "chưa có báo cáo";

    /// <summary>The caption of a lead agency's result.</summary>
    public const string LeadRole = "chủ trì";

    /// <summary>The caption of a supporting agency's result.</summary>
    public const string SupportRole = "phối hợp";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    // Currency units: quantities in them are the funding spent.
    private static readonly string[] Currencies = ["đồng", "nghìn đồng", "ngàn đồng", "triệu đồng", "tỷ đồng", "tỉ đồng"];

    /// <summary>The caption of a result status (<c>đã hoàn thành</c>).</summary>
    public static string Caption(ResultStatus status) => status switch
    {
        ResultStatus.Completed => "đã hoàn thành",
        ResultStatus.InProgress => "đang thực hiện",
        ResultStatus.NotStarted => "chưa triển khai",
        _ => "không áp dụng",
    };

    /// <summary>The period after "thực hiện": <c>năm 2019</c>, <c>6 tháng đầu năm 2019</c>.</summary>
    public static string PeriodCaption(bool firstHalf, int year) => firstHalf ? $"6 tháng đầu năm {year}" : $"năm {year}";

    /// <summary>The subject of the six-monthly report: the plan's name and the first half (a one-year plan's name already ends with its year).</summary>
    public static string SixMonthlySubject(Plan plan, int year) =>
        ReportText.InYear(plan, year).Length == 0
            ? $"Kết quả thực hiện {ReportText.PlanName(plan)} trong 6 tháng đầu năm"
            : $"Kết quả thực hiện {ReportText.PlanName(plan)} 6 tháng đầu năm {year}";

    /// <summary>
    /// The task summary: <c>8/12 nội dung đã hoàn thành, 3 đang thực hiện, 1 chưa triển khai</c>, with those not applicable
    /// and those nobody reported on when there are any; the plan's own word when all its tasks are of one kind.
    /// </summary>
    public static string Summary(IReadOnlyCollection<TaskKind> kinds, int total, int completed, int inProgress, int notStarted, int notApplicable, int notReported)
    {
        var word = kinds.Distinct().ToList() is [var only] ? ReportText.TaskKindCaption(only).ToLower(Vietnamese) : "nội dung";
        var text = new StringBuilder($"{completed}/{total} {word} đã hoàn thành, {inProgress} đang thực hiện, {notStarted} chưa triển khai");
        if (notApplicable > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", {notApplicable} không áp dụng");
        }

        if (notReported > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", {notReported} chưa có báo cáo");
        }

        return text.Append('.').ToString();
    }

    /// <summary>Whether a unit is a currency (the funding spent): <c>triệu đồng</c>.</summary>
    public static bool IsCurrency(string unitKey) => Currencies.Contains(unitKey, StringComparer.Ordinal);

    /// <summary>The key units are compared by: trimmed, spaces collapsed, NFC, lower case.</summary>
    public static string UnitKey(string unit) =>
        string.Join(' ', unit.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLower(Vietnamese);

    /// <summary>A quantity as written (<c>1.200 lượt người</c>).</summary>
    public static string Quantity(decimal value, string unit) =>
        unit.Length == 0 ? VietnameseFormat.Number(value) : $"{VietnameseFormat.Number(value)} {unit}";

    /// <summary>The quantities of a task in total (<c>Tổng: 45 lớp tập huấn; 3.200 lượt người</c>).</summary>
    public static string Total(IEnumerable<string> quantities) => "Tổng: " + string.Join("; ", quantities);

    /// <summary>The funding spent on a task (<c>Kinh phí đã sử dụng: 350 triệu đồng</c>).</summary>
    public static string Funding(IEnumerable<string> amounts) => "Kinh phí đã sử dụng: " + string.Join("; ", amounts);

    /// <summary>When a reporter's report was due: <c>hạn ngày 15/12/2019</c>, or that the plan sets no date.</summary>
    public static string Due(LocalDate? due) => due is { } d ? "hạn ngày " + VietnameseFormat.Numeric(d) : "kế hoạch không nêu hạn";

    /// <summary>The sentence listing those who have not reported by one deadline.</summary>
    public static string NonReporting(string dueText, IEnumerable<string> names) =>
        $"Các cơ quan, đơn vị chưa gửi báo cáo ({dueText}): {string.Join("; ", names)}.";

    /// <summary>The sentence when everyone expected has reported.</summary>
    public static string AllReported(int count) => $"Tất cả {count} cơ quan, đơn vị được giao nhiệm vụ đã gửi báo cáo.";

    /// <summary>The sentence when the plan expects nobody's report.</summary>
    public const string NobodyExpected = "Kế hoạch không giao cơ quan, đơn vị nào báo cáo kết quả thực hiện.";
}
