using System.Globalization;

namespace ChildPlan.Reporting.Localization;

/// <summary>The words of the <c>childplan</c> command line's text output: plan summaries, evaluations, profile lists.</summary>
internal static class CommandLineText
{
    /// <summary>The column headers of an evaluation table.</summary>
    public static IReadOnlyList<string> EvaluationColumns { get; } = ["Chỉ tiêu", "Năm", "Tên", "Mục tiêu", "Thực hiện", "Đánh giá", "Tiến độ"];

    /// <summary>The heading of the list of results without a value and why.</summary>
    public const string ReasonsHeading = "Không có số liệu, vì:";

    /// <summary>The line naming the map results are shown on: <c>Bản đồ hành chính ngày 01/07/2025</c>.</summary>
    public static string MapLine(NodaTime.LocalDate date) => $"Bản đồ hành chính ngày {VietnameseFormat.Numeric(date)}";

    /// <summary>The header of the column with the source document's own verdicts.</summary>
    public const string RecordedColumn = "Văn bản đánh giá";

    /// <summary>The heading of a plan's tasks.</summary>
    public const string TasksHeading = "Nhiệm vụ, hoạt động:";

    /// <summary>The heading of a plan's agencies.</summary>
    public const string AgenciesHeading = "Cơ quan:";

    /// <summary>The heading of a plan's reporting steps.</summary>
    public const string ReportingHeading = "Chế độ báo cáo:";

    /// <summary>A dataset's name, marked when it is sample data: <c>… (dữ liệu mẫu)</c>.</summary>
    public static string DatasetName(string name, bool isSample) => isSample ? $"{name} (dữ liệu mẫu)" : name;

    /// <summary>How <c>profiles</c> lists a results file: <c>kh-ct18.sample.results.csv (năm 2019; kết quả mẫu)</c>.</summary>
    public static string ResultsName(string name, bool isSample, IEnumerable<int> years) =>
        $"{name} (năm {string.Join(", ", years)}{(isSample ? "; kết quả mẫu" : string.Empty)})";

    /// <summary>A data source's name marked as sample data: <c>… (DỮ LIỆU MẪU)</c>.</summary>
    public static string SampleDataName(string? name) => name + WorkbookText.SampleSuffix;

    /// <summary>The line under an evaluation's title: document, years, unit and data source.</summary>
    public static string EvaluationHeader(Plan plan, string unitCode, string? unitName, string? dataName)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return $"{plan.Document.Citation} · {plan.Years} · đơn vị: {unitCode}{(unitName is null ? string.Empty : " " + unitName)} · số liệu: {dataName ?? "không có"}";
    }

    /// <summary>The count of results by status: <c>Tổng hợp: Đạt: 3; Không đạt: 1</c>.</summary>
    public static string StatusTotals(IEnumerable<(AchievementStatus Status, int Count)> counts) =>
        $"Tổng hợp: {string.Join("; ", counts.Select(c => $"{StatusNames.Caption(c.Status)}: {c.Count}"))}";

    /// <summary>A line comparing computed statuses with the document's verdicts: <c>Khớp với đánh giá của văn bản: 17/20</c>.</summary>
    public static string Agreement((string Label, string Text) line) => $"{line.Label}: {line.Text}";

    /// <summary>How a result is named in the agreement lines: its key and year (<c>R7 2015</c>).</summary>
    public static string JudgedResult(string key, int year) => string.Create(CultureInfo.InvariantCulture, $"{key} {year}");

    /// <summary>The signature line of a plan's document: <c>Ký: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH Name</c>.</summary>
    public static string Signer(Signer signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        return $"Ký: {string.Join(" / ", new[] { signer.Authority, signer.Capacity, signer.Title }.OfType<string>())} {signer.Name ?? "(không ghi tên)"}";
    }

    /// <summary>What a plan holds: <c>Giai đoạn: 2021–2030 · 5 mục tiêu · 20 chỉ tiêu · …</c>.</summary>
    public static string PlanCounts(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return $"Giai đoạn: {plan.Years} · {plan.Goals.Count} mục tiêu · {plan.Indicators.Count} chỉ tiêu · {plan.Tasks.Count} nhiệm vụ · {plan.Agencies.Count} cơ quan · {plan.Reporting.Count} bước báo cáo";
    }

    /// <summary>
    /// An indicator with its leads: <c>CT9  Name  [chủ trì: Sở Y tế]</c>, co-leads joined by <c>; </c>, or "chưa giao"
    /// without one.
    /// </summary>
    public static string IndicatorLine(Indicator indicator, IReadOnlyList<string> leads)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(leads);
        return $"{indicator.Id}  {indicator.Name}  [chủ trì: {(leads.Count > 0 ? string.Join("; ", leads) : "chưa giao")}]";
    }

    /// <summary>The caption of a reporting step's kind as a plan summary shows it: <c>Báo cáo năm</c>, <c>Sơ kết</c>.</summary>
    public static string StepKind(ReportingStepKind kind) => ReportText.StepKindCaption(kind);

    /// <summary>
    /// A task with its document number and kind, as reports label it, and how many activities it has when it has
    /// any: <c>Giải pháp 1. Title</c>, <c>Nhiệm vụ 2. Title (3 hoạt động)</c>; a task the document does not number
    /// goes by its id.
    /// </summary>
    public static string TaskLine(PlanTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var label = ReportText.TaskLabel(task) is { Length: > 0 } numbered ? numbered : task.Id;
        var activities = task.Activities.Count > 0 ? $" ({task.Activities.Count} hoạt động)" : string.Empty;
        return $"{label}. {task.Title}{activities}";
    }

    /// <summary>An agency, "Đề nghị" before one the plan requests, with the indicators it leads.</summary>
    public static string AgencyLine(Agency agency, IReadOnlyList<string> leads)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(leads);
        return $"{(agency.Requested ? "Đề nghị " : string.Empty)}{agency.Name}{(leads.Count > 0 ? $" — chủ trì chỉ tiêu {string.Join(", ", leads)}" : string.Empty)}";
    }

    /// <summary>The deadline of a reporting step as the plan states it (<c>trước ngày 20/11 hằng năm</c>, <c>năm 2025</c>).</summary>
    public static string Due(ReportingRequirement step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Due switch
        {
            { Annual: { } a, Before: var before } => (before ? "trước ngày " : "trước/đến ngày ") + VietnameseFormat.DayMonth(a) + " hằng năm",
            { Once: { } o, Before: var before } => (before ? "trước ngày " : "ngày ") + VietnameseFormat.Numeric(o),
            _ => step.Year is { } y ? string.Create(CultureInfo.InvariantCulture, $"năm {y}") : "văn bản không nêu hạn",
        };
    }

    /// <summary>Whom a report goes through: <c> (qua Sở …)</c>, or empty.</summary>
    public static string Via(string? via) => via is null ? string.Empty : $" (qua {via})";
}
