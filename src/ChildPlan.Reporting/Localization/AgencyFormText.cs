using System.Globalization;
using NodaTime;

namespace ChildPlan.Reporting.Localization;

/// <summary>
/// The words of an agency's results form (<see cref="Workbooks.CollectionWorkbook.WriteAgencyForm"/>): the tasks sheet, its
/// columns, the status captions, the roles and the instructions.
/// </summary>
internal static class AgencyFormText
{
    /// <summary>The tasks-and-duties sheet.</summary>
    public const string TasksSheetName = "Nhiệm vụ";

    /// <summary>Header of the item id column.</summary>
    public const string ItemHeader = "Mã";

    /// <summary>Header of the kind column.</summary>
    public const string KindHeader = "Loại";

    /// <summary>Header of the plan text column.</summary>
    public const string TextHeader = "Nội dung theo kế hoạch";

    /// <summary>Header of the role column.</summary>
    public const string RoleHeader = "Vai trò";

    /// <summary>Header of the status column, and the title of its input prompt.</summary>
    public const string StatusHeader = "Tình trạng";

    /// <summary>Header of the result column, and the title of its input prompt.</summary>
    public const string ResultHeader = "Kết quả thực hiện";

    /// <summary>Header of the first quantity column.</summary>
    public const string QuantityHeader = "Số lượng";

    /// <summary>Header of the first quantity's unit column.</summary>
    public const string QuantityUnitHeader = "Đơn vị tính";

    /// <summary>Header of the second quantity column.</summary>
    public const string SecondQuantityHeader = "Số lượng (2)";

    /// <summary>Header of the second quantity's unit column.</summary>
    public const string SecondQuantityUnitHeader = "Đơn vị tính (2)";

    /// <summary>Header of the source column.</summary>
    public const string SourceHeader = "Nguồn / văn bản báo cáo";

    /// <summary>The kind of an agency's own duty.</summary>
    public const string DutyKind = "Nhiệm vụ của cơ quan";

    /// <summary>The role of the agency that leads a task.</summary>
    public const string LeadRole = "Chủ trì";

    /// <summary>The role of an agency that supports a task.</summary>
    public const string SupportRole = "Phối hợp";

    /// <summary>The role on a task the plan assigns to no agency (every agency may contribute to it).</summary>
    public const string ContributeRole = "Tham gia";

    /// <summary>The document category.</summary>
    public const string Category = "Báo cáo kết quả thực hiện kế hoạch";

    /// <summary>The error of a quantity.</summary>
    public const string QuantityError = "Số lượng phải là số không âm.";

    /// <summary>The input prompt of a quantity.</summary>
    public const string QuantityPrompt = "Con số (không âm), ví dụ 12; ghi đơn vị tính ở cột bên phải (lớp tập huấn, lượt người, triệu đồng…).";

    /// <summary>The input prompt of the status.</summary>
    public static string StatusPrompt => $"Chọn trong danh sách: {string.Join(", ", Enum.GetValues<ResultStatus>().Select(StatusCaption))}.";

    /// <summary>The error of the status.</summary>
    public const string StatusError = "Chỉ chọn một tình trạng trong danh sách.";

    /// <summary>The input prompt of the result.</summary>
    public const string ResultPrompt = "Ghi ngắn gọn kết quả đã làm trong kỳ (bắt buộc khi đã hoàn thành hoặc đang thực hiện).";

    /// <summary>The caption of a status, as the form's list offers it.</summary>
    public static string StatusCaption(ResultStatus status)
    {
        // The report's words (ResultReportText.Caption), starting with a capital as a list entry does.
        var caption = ResultReportText.Caption(status);
        return string.Concat(char.ToUpper(caption[0], CultureInfo.InvariantCulture).ToString(), caption.AsSpan(1));
    }

    /// <summary>The period as a title says it: <c>6 tháng đầu năm 2019</c>, <c>năm 2019</c>.</summary>
    public static string Period(ReportingPeriod period) =>
        ResultReportText.PeriodCaption(period.Kind == ReportingPeriodKind.FirstHalf, period.Year);

    /// <summary>The kind caption of a task.</summary>
    public static string TaskKind(TaskKind kind) => ReportText.TaskKindCaption(kind);

    /// <summary>A task as the form shows it: <c>1. Tuyên truyền …</c>, the title alone when the document does not number it.</summary>
    public static string TaskText(PlanTask task) => task.Number is { Length: > 0 } n ? $"{n}. {task.Title}" : task.Title;

    /// <summary>The recipient: <c>Ủy ban nhân dân tỉnh (qua Sở Lao động - Thương binh và Xã hội)</c>.</summary>
    public static string Recipient(string to, string? via) => via is { Length: > 0 } v ? $"{to} (qua {v})" : to;

    /// <summary>The document title.</summary>
    public static string DocumentTitle(ReportingPeriod period, string reporterName) =>
        $"Báo cáo kết quả thực hiện {Period(period)} – {reporterName}";

    /// <summary>The title of the tasks sheet.</summary>
    public static string TasksTitle(ReportingPeriod period) =>
        $"KẾT QUẢ THỰC HIỆN NHIỆM VỤ {Period(period).ToUpper(CultureInfo.GetCultureInfo("vi-VN"))}";

    /// <summary>The second line of the tasks sheet and of the data sheet: the plan, its document and the reporter.</summary>
    public static string SubjectLine(string planTitle, string document, string reporterName) =>
        $"{planTitle} ({document}) – Cơ quan báo cáo: {reporterName}";

    /// <summary>Shown on the tasks sheet when the reporter answers for nothing.</summary>
    public const string NoItems = "Kế hoạch không giao nhiệm vụ nào cho cơ quan này.";

    /// <summary>The instruction lines, each with whether it is bold.</summary>
    public static List<(string Text, bool Bold)> Instructions(
        Plan plan, string document, ReportingPeriod period, string reporterName, string reporterId, Instant created, LocalDate? due, string? sendTo, bool indicators)
    {
        var lines = new List<(string Text, bool Bold)>
        {
            ($"HƯỚNG DẪN BÁO CÁO KẾT QUẢ THỰC HIỆN {Period(period).ToUpper(CultureInfo.GetCultureInfo("vi-VN"))}", true),
            ($"Kế hoạch: {plan.Title} ({document})", false),
            ($"Cơ quan báo cáo: {reporterName} (mã {reporterId})", false),
            ($"Kỳ báo cáo: {Period(period)} (từ {VietnameseFormat.Numeric(period.Start)} đến {VietnameseFormat.Numeric(period.End)})", false),
            ($"Biểu lập lúc: {WorkbookText.Created(created)}, bằng ChildPlan.", false),
            (due is { } d ? $"Hạn gửi: ngày {VietnameseFormat.Numeric(d)}" : "Hạn gửi: Kế hoạch không nêu hạn", true),
        };
        if (sendTo is { Length: > 0 } to)
        {
            lines.Add(($"Gửi: {to}", true));
        }

        lines.Add((string.Empty, false));
        lines.Add((CollectionText.HowToFill, true));
        var statuses = string.Join(", ", Enum.GetValues<ResultStatus>().Select(s => $"\"{StatusCaption(s)}\""));
        var rules = new List<string>
        {
            $"Sheet \"{TasksSheetName}\": mỗi dòng là một nhiệm vụ của cơ quan hoặc một hoạt động, giải pháp của kế hoạch mà cơ quan chủ trì, phối hợp hoặc tham gia. Chỉ nhập vào các ô nền vàng; các cột Mã, Loại, Nội dung theo kế hoạch, Vai trò đã khóa.",
            $"Cột \"{StatusHeader}\": chọn một trong {statuses}. Dòng không nhập gì được hiểu là cơ quan chưa báo cáo nội dung đó (không phải lỗi).",
            $"Cột \"{ResultHeader}\": ghi ngắn gọn việc đã làm trong kỳ; bắt buộc khi tình trạng là \"{StatusCaption(ResultStatus.Completed)}\" hoặc \"{StatusCaption(ResultStatus.InProgress)}\".",
            $"Số lượng: ghi con số vào cột \"{QuantityHeader}\" và đơn vị tính như cách cơ quan vẫn ghi vào cột \"{QuantityUnitHeader}\" (lớp tập huấn, lượt người, trẻ em, triệu đồng…); có con số thứ hai thì dùng cặp cột \"{SecondQuantityHeader}\", \"{SecondQuantityUnitHeader}\". Kinh phí đã chi ghi bằng đồng, nghìn đồng, triệu đồng hoặc tỷ đồng. Nhiều hơn hai con số cho một nội dung: ghi thêm vào tệp kết quả (CSV) hoặc nêu trong cột kết quả.",
            "Số lượng là số không âm, không gõ dấu chấm phân cách hàng nghìn khi gõ dạng chữ (viết 3500, không viết 3.500); có đơn vị tính thì phải có con số và ngược lại.",
            $"Cột \"{SourceHeader}\": số, ngày văn bản báo cáo hoặc nơi lấy thông tin (không bắt buộc).",
        };
        if (indicators)
        {
            rules.Add($"Sheet \"{CollectionText.DataSheetName}\": số liệu các chỉ tiêu cơ quan chủ trì theo dõi, nhập như biểu thu thập số liệu (Giá trị, hoặc Tử số và Mẫu số; Nguồn số liệu / ghi chú).");
        }

        rules.Add("Không sửa các ô đã khóa, không thêm, xóa hay đổi thứ tự dòng, cột, không đổi tên sheet và không gỡ bảo vệ sheet. Không nhập công thức; chỉ gõ chữ và số.");
        rules.Add($"Lưu tệp dạng Excel (.xlsx) và gửi lại đúng tệp này. Khi đọc tệp, ChildPlan báo từng ô sai (ví dụ: {TasksSheetName}!E5: …) để cơ quan sửa và gửi lại.");
        lines.AddRange(rules.Select((rule, i) => ($"{(i + 1).ToString(CultureInfo.InvariantCulture)}. {rule}", false)));
        return lines;
    }
}
