using System.Globalization;
using NodaTime;

namespace ChildPlan.Reporting.Localization;

/// <summary>
/// The words of the data collection template (<see cref="Workbooks.CollectionWorkbook"/>): sheet names, column
/// headers, the instructions, and the prompts and errors of the input cells.
/// </summary>
internal static class CollectionText
{
    /// <summary>The instructions sheet.</summary>
    public const string InstructionsSheetName = "Hướng dẫn";

    /// <summary>The data sheet.</summary>
    public const string DataSheetName = "Số liệu";

    /// <summary>Header of the indicator id column.</summary>
    public const string IndicatorHeader = "Mã chỉ tiêu";

    /// <summary>Header of the measure id column.</summary>
    public const string MeasureHeader = "Mã thành phần";

    /// <summary>Header of the name column.</summary>
    public const string NameHeader = "Chỉ tiêu";

    /// <summary>Header of the unit column.</summary>
    public const string UnitHeader = "Đơn vị tính";

    /// <summary>Header of the value column.</summary>
    public const string ValueHeader = "Giá trị";

    /// <summary>Header of the numerator column, and the title of its input prompt.</summary>
    public const string NumeratorHeader = "Tử số";

    /// <summary>Header of the denominator column, and the title of its input prompt.</summary>
    public const string DenominatorHeader = "Mẫu số";

    /// <summary>Header of the source column.</summary>
    public const string SourceHeader = "Nguồn số liệu / ghi chú";

    /// <summary>The document category.</summary>
    public const string Category = "Thu thập số liệu";

    /// <summary>The group of indicators whose goal the plan does not list.</summary>
    public const string OtherIndicators = "Chỉ tiêu khác";

    /// <summary>Shown on the data sheet when the plan has no indicators.</summary>
    public const string NoIndicators = "Kế hoạch không có chỉ tiêu định lượng; không có số liệu cần nhập.";

    /// <summary>The title of every input error.</summary>
    public const string ErrorTitle = "Số liệu không hợp lệ";

    /// <summary>The error of a numerator.</summary>
    public const string NumeratorError = "Tử số phải là số không âm.";

    /// <summary>The error of a denominator.</summary>
    public const string DenominatorError = "Mẫu số phải là số không âm.";

    /// <summary>The document title.</summary>
    public static string DocumentTitle(int year, string unitName) =>
        $"Biểu thu thập số liệu năm {year.ToString(CultureInfo.InvariantCulture)} – {unitName}";

    /// <summary>The title of the data sheet.</summary>
    public static string DataTitle(int year) => $"BIỂU THU THẬP SỐ LIỆU CHỈ TIÊU NĂM {Year(year)}";

    /// <summary>The second line of the data sheet: the plan, its document and the reporting unit.</summary>
    public static string DataLine(string planTitle, string document, AdministrativeUnit unit) =>
        $"{planTitle} ({document}) – Đơn vị báo cáo: {unit.Name} (mã {unit.Code})";

    /// <summary>An indicator as the name column shows it: <c>Chỉ tiêu 9. Tên chỉ tiêu</c>, the name alone when the document does not number it.</summary>
    public static string IndicatorName(string label, string name) => label.Length > 0 ? $"{label}. {name}" : name;

    /// <summary>A measure of a bundled indicator, under its indicator's heading row: <c>- Nông thôn</c>.</summary>
    public static string MeasureName(string name) => "- " + name;

    /// <summary>Header of the target column.</summary>
    public static string TargetHeader(int year) => $"Mục tiêu năm {Year(year)}";

    /// <summary>The title of a value's input prompt: <c>Giá trị (%)</c>.</summary>
    public static string ValueTitle(IndicatorUnit unit) => $"Giá trị ({Short(unit)})";

    /// <summary>The input prompt of a numerator.</summary>
    public static string NumeratorPrompt(bool change, int year) => change
        ? $"Số của năm {Year(year)} (số đếm, không âm). Nhập cùng với mẫu số."
        : "Số trường hợp (số đếm, không âm). Nhập cùng với mẫu số.";

    /// <summary>The input prompt of a denominator.</summary>
    public static string DenominatorPrompt(bool change, int year) => change
        ? $"Số của năm {Year(year - 1)} (số đếm, không âm). Nhập cùng với tử số."
        : "Tổng số (số đếm, không âm). Nhập cùng với tử số.";

    /// <summary>The input prompt of a value in <paramref name="unit"/>.</summary>
    public static string ValuePrompt(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => "Tỷ lệ theo %, từ 0 đến 100 (12,5 là 12,5%). Có tử số và mẫu số thì có thể để trống.",
        IndicatorUnit.PerThousandLiveBirths => "Tỷ suất trên 1.000 trẻ đẻ sống (ví dụ 9,5). Có tử số và mẫu số thì có thể để trống.",
        IndicatorUnit.PerHundredThousandChildren => "Tỷ suất trên 100.000 trẻ em (ví dụ 512,4). Có tử số và mẫu số thì có thể để trống.",
        IndicatorUnit.PercentChangePerYear => "Mức thay đổi so với năm trước theo %; giảm thì nhập số âm (ví dụ -2,5).",
        IndicatorUnit.Count => "Số lượng (số không âm).",
        IndicatorUnit.YesNo => "1 = đã hoàn thành, 0 = chưa hoàn thành.",
        _ => "Nhập một số.",
    };

    /// <summary>The input error of a value in <paramref name="unit"/>.</summary>
    public static string ValueError(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => "Nhập một số từ 0 đến 100 (đơn vị %).",
        IndicatorUnit.PercentChangePerYear => "Nhập một số từ -100 trở lên (đơn vị %/năm).",
        IndicatorUnit.YesNo => "Chỉ nhập 1 (hoàn thành) hoặc 0 (chưa hoàn thành).",
        _ => "Nhập một số không âm.",
    };

    /// <summary>The heading of the rules in the instructions.</summary>
    public const string HowToFill = "Cách nhập";

    /// <summary>The first rule of the printed form, in place of the workbook's rules about its sheet and yellow cells.</summary>
    public const string FormFirstRule = "Ghi số liệu vào các cột Giá trị, Tử số, Mẫu số, Nguồn số liệu / ghi chú; không sửa các cột đã in sẵn (tên chỉ tiêu, đơn vị tính, mục tiêu), không thêm, xóa hay đổi thứ tự dòng.";

    /// <summary>The instruction lines, each with whether it is bold.</summary>
    public static List<(string Text, bool Bold)> Instructions(Plan plan, string document, int year, AdministrativeUnit unit, Instant created, LocalDate? due, string? sendTo)
    {
        var lines = new List<(string Text, bool Bold)> { ($"HƯỚNG DẪN NHẬP SỐ LIỆU CHỈ TIÊU NĂM {Year(year)}", true) };
        lines.AddRange(IntroLines(plan, document, year, unit, created).Select(l => (l, false)));
        if (DeadlineLine(due, sendTo) is { Length: > 0 } deadline)
        {
            lines.Add((deadline, true));
        }

        lines.Add((string.Empty, false));
        lines.Add((HowToFill, true));
        lines.AddRange(Rules(year).Select((rule, i) => ($"{i + 1}. {rule}", false)));
        return lines;
    }

    /// <summary>The lines that introduce the template or form: plan, unit, year, when it was made.</summary>
    public static List<string> IntroLines(Plan plan, string document, int year, AdministrativeUnit unit, Instant created) =>
    [
        $"Kế hoạch: {plan.Title} ({document})",
        $"Đơn vị báo cáo: {unit.Name} (mã {unit.Code})",
        $"Năm số liệu: {Year(year)}",
        $"Biểu lập lúc: {WorkbookText.Created(created)}, bằng ChildPlan.",
    ];

    /// <summary>The deadline and recipient line (<c>Hạn gửi: 15/12/2024, gửi về ….</c>), or empty when neither is known.</summary>
    public static string DeadlineLine(LocalDate? due, string? sendTo)
    {
        if (due is { } d)
        {
            return $"Hạn gửi: {VietnameseFormat.Numeric(d)}" + (sendTo is { Length: > 0 } to ? $", gửi về {to}." : ".");
        }

        return sendTo is { Length: > 0 } recipient ? $"Gửi về: {recipient}." : string.Empty;
    }

    /// <summary>
    /// The rules of the printed form: its own first rule (-1), then the workbook's rules that hold on paper as well: 2 (units),
    /// 4 (rates), 5 (change), 6 (yes/no), 7 (counts) and 8 (source), by index.
    /// </summary>
    private static readonly int[] FormRuleIndexes = [-1, 1, 3, 4, 5, 6, 7];

    /// <summary>The numbered rules of the printed form: its own first rule, then the workbook's rules that hold on paper.</summary>
    public static List<string> FormRules(int year)
    {
        var rules = Rules(year);
        return [.. FormRuleIndexes.Select(i => i < 0 ? FormFirstRule : rules[i]).Select((rule, i) => $"{i + 1}. {rule}")];
    }

    /// <summary>The rules of the workbook, unnumbered.</summary>
    private static string[] Rules(int year)
    {
        var y = Year(year);
        var previous = Year(year - 1);
        return
        [
            $"Nhập số liệu ở sheet \"{DataSheetName}\", mỗi dòng là một chỉ tiêu (hoặc một thành phần của chỉ tiêu). Chỉ nhập vào các ô nền vàng: Giá trị, Tử số, Mẫu số, Nguồn số liệu / ghi chú.",
            "Giá trị nhập theo đơn vị tính ghi ở cột \"Đơn vị tính\", không gõ ký hiệu đơn vị: 12,5 nghĩa là 12,5% (không nhập 0,125 và không gõ dấu %); 9,5 ở chỉ tiêu tính theo ‰ nghĩa là 9,5 trên 1.000 trẻ đẻ sống.",
            "Số thập phân: gõ theo cách Excel trên máy đang dùng (Excel tiếng Việt dùng dấu phẩy: 12,5). Nếu ô nhận số dưới dạng chữ, ChildPlan vẫn đọc được \"12,5\" và \"12.5\" là mười hai phẩy năm; không dùng dấu chấm để phân cách hàng nghìn khi gõ dạng chữ (viết 8163, không viết 8.163).",
            "Chỉ tiêu tính theo tỷ lệ (%, ‰, trên 100.000 trẻ em): nên nhập Tử số và Mẫu số là số đếm thực tế (ví dụ 8163 trẻ em có hoàn cảnh đặc biệt trên tổng số 214825 trẻ em). ChildPlan tự tính tỷ lệ và cộng dồn lên cấp trên bằng tổng tử số chia tổng mẫu số, không lấy trung bình các tỷ lệ. Phải nhập cả tử số và mẫu số, không nhập một trong hai. Nếu chỉ có tỷ lệ, nhập vào cột Giá trị và để trống Tử số, Mẫu số.",
            $"Chỉ tiêu \"mức thay đổi so với năm trước\" (%/năm): Giá trị là phần trăm thay đổi, giảm thì nhập số âm (ví dụ -2,5). Nếu nhập Tử số và Mẫu số thì Tử số là số của năm {y}, Mẫu số là số của năm {previous}.",
            "Chỉ tiêu hoàn thành hay chưa (có/không): nhập 1 nếu đã hoàn thành, 0 nếu chưa hoàn thành.",
            "Chỉ tiêu đếm số lượng (xã, cơ sở, …): nhập số lượng vào cột Giá trị; ô Tử số, Mẫu số của các dòng này tô xám và không dùng.",
            "Cột Nguồn số liệu / ghi chú: ghi số liệu lấy từ đâu (báo cáo, điều tra, sổ sách, …). Dòng không nhập Giá trị, Tử số hoặc Mẫu số được bỏ qua khi tổng hợp, kể cả khi có ghi chú.",
            "Không sửa các ô đã khóa (nền xám: mã, tên chỉ tiêu, đơn vị tính, mục tiêu), không thêm, xóa hay đổi thứ tự dòng, cột, không đổi tên sheet và không gỡ bảo vệ sheet. Không nhập công thức; chỉ gõ con số.",
            "Lưu tệp dạng Excel (.xlsx) và gửi lại đúng tệp này. Khi đọc tệp, ChildPlan báo từng ô sai (ví dụ: Số liệu!F7: 'abc' is not a number) để đơn vị sửa và gửi lại.",
        ];
    }

    private static string Short(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Count => "số lượng",
        IndicatorUnit.YesNo => "1 hoặc 0",
        IndicatorUnit.PerHundredThousandChildren => "/100.000 trẻ em",
        _ => VietnameseFormat.UnitSymbol(unit),
    };

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
