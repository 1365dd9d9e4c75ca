using System.Globalization;

namespace ChildPlan.Reporting.Localization;

/// <summary>The words of the indicator monitoring workbook (<see cref="Workbooks.MonitoringWorkbook"/>).</summary>
internal static class MonitoringText
{
    /// <summary>The name of the summary sheet.</summary>
    public const string SummarySheetName = "Tổng hợp";

    /// <summary>The name of the sheet for indicators whose goal the plan does not list.</summary>
    public const string OtherSheetName = "Chỉ tiêu khác";

    /// <summary>The caption of that sheet.</summary>
    public const string OtherSheetCaption = "Chỉ tiêu không thuộc mục tiêu nào của kế hoạch";

    /// <summary>The title of the summary sheet.</summary>
    public const string Title = "BẢNG THEO DÕI THỰC HIỆN CHỈ TIÊU";

    /// <summary>The document category.</summary>
    public const string Category = "Theo dõi chỉ tiêu";

    /// <summary>The document keywords of sample data.</summary>
    public const string SampleKeywords = "DỮ LIỆU MẪU; ChildPlan; chỉ tiêu";

    /// <summary>The document keywords.</summary>
    public const string Keywords = "ChildPlan; chỉ tiêu";

    /// <summary>Fact labels of the summary sheet.</summary>
    public const string SymbolLabel = "Số, ký hiệu văn bản";

    /// <summary>Shown where the document has no number and symbol.</summary>
    public const string NoSymbol = "Văn bản không ghi số, ký hiệu";

    /// <summary>Fact label.</summary>
    public const string IssuerLabel = "Cơ quan ban hành";

    /// <summary>Fact label.</summary>
    public const string IssuedLabel = "Ngày ban hành";

    /// <summary>Shown where the document has no date.</summary>
    public const string NoIssueDate = "Văn bản không ghi ngày";

    /// <summary>Fact label.</summary>
    public const string YearsLabel = "Giai đoạn";

    /// <summary>Fact label.</summary>
    public const string EvaluatedYearsLabel = "Năm đánh giá";

    /// <summary>Shown where no year was evaluated.</summary>
    public const string NoYears = "Không có";

    /// <summary>Fact label.</summary>
    public const string UnitLabel = "Đơn vị";

    /// <summary>Fact label.</summary>
    public const string DataSourceLabel = "Nguồn số liệu";

    /// <summary>Shown where the data source is not named.</summary>
    public const string NoDataSource = "Không ghi";

    /// <summary>Fact label.</summary>
    public const string CreatedLabel = "Lập lúc";

    /// <summary>Shown on the summary sheet when the plan has no indicators.</summary>
    public const string NoIndicators = "Kế hoạch không có chỉ tiêu định lượng (chỉ có nhiệm vụ, hoạt động), nên không có kết quả để theo dõi.";

    /// <summary>Shown on the summary sheet when nothing was evaluated.</summary>
    public const string NoResults = "Chưa có kết quả đánh giá: các chỉ tiêu chưa có mục tiêu hoặc số liệu cho năm đánh giá.";

    /// <summary>The title of the counts by status.</summary>
    public const string ByStatusTitle = "Kết quả theo mức đánh giá";

    /// <summary>Column header.</summary>
    public const string StatusHeader = "Đánh giá";

    /// <summary>Column header.</summary>
    public const string CountHeader = "Số kết quả";

    /// <summary>Column header.</summary>
    public const string ShareHeader = "Tỷ lệ";

    /// <summary>The total row.</summary>
    public const string Total = "Tổng cộng";

    /// <summary>The title of the counts by goal.</summary>
    public const string ByGoalTitle = "Kết quả theo mục tiêu";

    /// <summary>Column header.</summary>
    public const string GoalHeader = "Mục tiêu (sheet)";

    /// <summary>Column header.</summary>
    public const string IndicatorCountHeader = "Số chỉ tiêu";

    /// <summary>Column header.</summary>
    public const string ResultCountHeader = "Tổng số kết quả";

    /// <summary>Shown when no goal has indicators.</summary>
    public const string NoGoals = "Kế hoạch không có mục tiêu có chỉ tiêu.";

    /// <summary>Shown on a goal sheet without indicators.</summary>
    public const string GoalWithoutIndicators = "Mục tiêu này không có chỉ tiêu định lượng để theo dõi.";

    /// <summary>Shown on a goal sheet without results.</summary>
    public const string GoalWithoutResults = "Chưa có kết quả đánh giá cho các chỉ tiêu của mục tiêu này.";

    /// <summary>The column headers of a goal sheet, in order.</summary>
    public static IReadOnlyList<string> GoalColumns { get; } =
    [
        "TT", "Tên chỉ tiêu", "Thành phần", "Đơn vị tính", "Năm", "Mục tiêu", "Thực hiện",
        "Tử số", "Mẫu số", "Đánh giá", "Tiến độ", "Cơ quan chủ trì", "Văn bản đánh giá", "Mã",
    ];

    /// <summary>The document title.</summary>
    public static string DocumentTitle(string planTitle) => $"Theo dõi thực hiện chỉ tiêu – {planTitle}";

    /// <summary>The document comment naming the data source.</summary>
    public static string DataComment(string? dataSource) => "Số liệu: " + (dataSource ?? "không ghi");

    /// <summary>The second line of a goal sheet: the plan, its document and the unit.</summary>
    public static string GoalSheetLine(string planTitle, string document, string unit) => $"{planTitle} ({document}) – Đơn vị: {unit}";

    /// <summary>The evaluated unit: <c>Tỉnh Điện Biên (mã 11)</c>, <c>mã 11</c>, or the plan's area.</summary>
    public static string Unit(string code, string? name) => name is { Length: > 0 }
        ? code.Length > 0 ? $"{name} (mã {code})" : name
        : code.Length > 0 ? $"mã {code}" : "địa bàn của kế hoạch";

    /// <summary>The evaluated years, or <see cref="NoYears"/>.</summary>
    public static string Years(IReadOnlyCollection<int> years) =>
        years.Count == 0 ? NoYears : string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
}
