using System.Globalization;
using ChildPlan.Reporting.Model;
using NodaTime;

namespace ChildPlan.Reporting.Localization;

/// <summary>
/// The words of the report model (<see cref="ReportModelBuilder"/>): titles, subjects, section titles, the
/// document header and signature, deadline captions, and the Vietnamese naming rules reports follow
/// (document symbols, unit levels, plan names).
/// </summary>
internal static class ReportText
{
    /// <summary>The national name of the document header.</summary>
    public const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>The motto of the document header.</summary>
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>The title of the situation section.</summary>
    public const string SituationSection = "Tình hình triển khai thực hiện";

    /// <summary>The title of the difficulties section.</summary>
    public const string DifficultiesSection = "Khó khăn, vướng mắc";

    /// <summary>The title of the proposals section.</summary>
    public const string ProposalsSection = "Đề xuất, kiến nghị";

    /// <summary>The recipient line for the issuer's own archive.</summary>
    public const string Archive = "Lưu: VT";

    /// <summary>The due text of an ad hoc step.</summary>
    public const string WhenRequested = "Văn bản không nêu hạn";

    /// <summary>The caption of a deadline that falls on the calendar's own date.</summary>
    public const string DueToday = "Đến hạn (hôm nay)";

    /// <summary>The due text of a step whose document gives no date.</summary>
    public const string NoDueDate = "Văn bản không nêu hạn";

    /// <summary>The word before a task's lead agency in a code-built task list.</summary>
    public const string LeadLabel = "chủ trì";

    /// <summary>The most un-numbered indicators an agency's line quotes by name; past it, it gives their count.</summary>
    public const int MaxQuotedIndicators = 2;

    /// <summary>
    /// What an agency leads, in words: <c>chủ trì chỉ tiêu 1, 2, 13</c> (the document's numbers, as its assignments read);
    /// in a document that numbers none, the indicators quoted by name up to <see cref="MaxQuotedIndicators"/>, else counted
    /// (<c>chủ trì 16 chỉ tiêu tại mục II</c>); empty for none.
    /// </summary>
    public static string Leads(IReadOnlyList<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);

        // A document that numbers its indicators assigns them by number ("các chỉ tiêu 1, 2, 13"): its un-numbered lines
        // (a line under chỉ tiêu 25) go with the numbered ones, and the agency's line quotes the numbers only.
        var numbered = indicators.Where(i => i.Number is not null).Select(PlanText.IndicatorReference).ToList();
        if (numbered.Count > 0)
        {
            return $"{LeadLabel} chỉ tiêu {string.Join(", ", numbered)}";
        }

        return indicators.Count switch
        {
            0 => string.Empty,
            > MaxQuotedIndicators => $"{LeadLabel} {indicators.Count} chỉ tiêu tại mục II",
            _ => $"{LeadLabel} chỉ tiêu {string.Join(", ", indicators.Select(PlanText.IndicatorReference))}",
        };
    }

    /// <summary>The header row of a code-built Markdown indicator table (template code: the year is <c>{{ year }}</c>).</summary>
    public const string IndicatorTableHeader = "| TT | Chỉ tiêu | Chỉ tiêu năm {{ year }} | Thực hiện | Đánh giá | Cơ quan chủ trì |";

    /// <summary>The matrix mark of the lead agency (chủ trì).</summary>
    public const string LeadMark = "C";

    /// <summary>The matrix mark of a coordinating agency (phối hợp).</summary>
    public const string SupportMark = "P";

    private static readonly string[] Localities = [" tỉnh ", " thành phố ", " Thành phố ", " huyện ", " Thành Phố "];

    private static readonly string[] UnitLevels = ["Thành phố", "Tỉnh", "Huyện", "Thị xã", "Quận", "Thị trấn", "Phường", "Xã"];

    /// <summary>The title of a report.</summary>
    public static string Title(ReportKind kind) => kind switch
    {
        ReportKind.Annual or ReportKind.SixMonthly => "BÁO CÁO",
        ReportKind.Monitoring => "BẢNG THEO DÕI CHỈ TIÊU",
        ReportKind.Responsibility => "PHÂN CÔNG TRÁCH NHIỆM",
        _ => "LỊCH BÁO CÁO",
    };

    /// <summary>The subject (trích yếu) of a report on <paramref name="plan"/> for <paramref name="year"/>.</summary>
    public static string Subject(ReportKind kind, Plan plan, int year) => kind switch
    {
        ReportKind.Annual => $"Kết quả thực hiện {PlanName(plan)}{InYear(plan, year)}",
        ReportKind.SixMonthly => ResultReportText.SixMonthlySubject(plan, year),
        ReportKind.Monitoring => $"Kết quả thực hiện các chỉ tiêu năm {year} của {PlanName(plan)}",
        ReportKind.Responsibility => $"Cơ quan chủ trì, phối hợp thực hiện {PlanName(plan)}",
        _ => $"Thời hạn báo cáo năm {year} của {PlanName(plan)}",
    };

    /// <summary><c> năm 2023</c> after a plan's name, unless the name already ends with it (a one-year plan).</summary>
    public static string InYear(Plan plan, int year)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var suffix = $"năm {year}";
        return PlanName(plan).EndsWith(suffix, StringComparison.Ordinal) ? string.Empty : " " + suffix;
    }

    /// <summary>
    /// What the plan's document is about, as a sentence continues after "về": its own title (trích yếu), else the plan's
    /// title, its first letter in lower case unless it starts an abbreviation (<c>về triển khai Chỉ thị …</c>).
    /// </summary>
    public static string DocumentSubject(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var title = plan.Document.Title ?? plan.Title;
        return title.Length > 1 && char.IsUpper(title[0]) && char.IsLower(title[1]) ? char.ToLowerInvariant(title[0]) + title[1..] : title;
    }

    /// <summary>The number line: <c>Số: 125/BC-SLĐTBXH</c>, or a blank number before the symbol.</summary>
    public static string NumberLine(string? number, AgencyKind? issuingKind, string issuingName) =>
        "Số: " + (number ?? $"      /BC-{Abbreviation(issuingKind, issuingName)}");

    /// <summary>A unit's name inside a sentence: its level in lower case (<c>thành phố Huế</c>).</summary>
    public static string UnitInText(string name) => Lower(name);

    /// <summary>
    /// The note that quotes the plan's unit once after a change: a unit that kept its code was renamed (<c>Tỉnh Thừa Thiên
    /// Huế (theo Kế hoạch) nay là thành phố Huế, từ ngày 01/01/2025 theo …</c>); one that closed went into its successor
    /// (<c>Địa bàn huyện Tuần Giáo (theo Kế hoạch) từ ngày 01/07/2025 thuộc tỉnh Điện Biên theo …</c>).
    /// </summary>
    public static string UnitNote(Plan plan, string planName, string name, bool renamed, LocalDate effective, string basis) => renamed
        ? $"{planName} (theo {PlanWord(plan)}) nay là {Lower(name)}, từ ngày {VietnameseFormat.Numeric(effective)} theo {basis}."
        : $"Địa bàn {Lower(planName)} (theo {PlanWord(plan)}) từ ngày {VietnameseFormat.Numeric(effective)} thuộc {Lower(name)} theo {basis}.";

    /// <summary>
    /// How a sentence refers back to the plan, in lower case: <c>kế hoạch</c>, <c>chương trình</c> (the programme a
    /// decision issued), else the document's kind.
    /// </summary>
    public static string PlanWord(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Lower(TitleKind(plan.Title) ?? PlanText.DocumentKind(plan.Document.Kind));
    }

    /// <summary>
    /// The note that quotes the plan's assignment once after an agency changed: who the plan names, who holds its duties
    /// since when and under what; a succession that could not be confirmed is said to be so, not asserted.
    /// </summary>
    public static string AgencyNote(Plan plan, AgencyOnDate agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        var since = agency.Since is { } d ? $"từ ngày {VietnameseFormat.Numeric(d)} " : string.Empty;
        var basis = agency.Confirmed ? $"theo {agency.Basis}" : $"({Unconfirmed}; văn bản liên quan: {agency.Basis})";
        return (agency.Ended
            ? $"{agency.Original} (theo {PlanWord(plan)}) kết thúc hoạt động {since}{basis}"
            : $"Nhiệm vụ {PlanWord(plan)} giao {InSentence(agency.Original)}, {since}do {InSentence(agency.Name)} thực hiện {basis}") + ".";
    }

    /// <summary>A group of bodies inside a sentence: <c>Các sở, ngành</c> → <c>các sở, ngành</c>; a body's own name is left as it is.</summary>
    private static string? InSentence(string? name) =>
        name is not null && name.StartsWith("Các ", StringComparison.Ordinal) ? "c" + name[1..] : name;

    /// <summary>The note of a report whose results are shown on another map than the year's own (<c>--geography</c>).</summary>
    public static string MapNote(int year, LocalDate map) =>
        $"Số liệu năm {year} được thể hiện theo đơn vị hành chính ngày {VietnameseFormat.Numeric(map)}.";

    /// <summary>What reports say of a change they could not confirm against the clause that makes it, instead of asserting its basis.</summary>
    public const string Unconfirmed = "chưa xác minh được quy định chuyển giao nhiệm vụ này";

    /// <summary>A unit's name without its level (<c>Tỉnh Điện Biên</c> → <c>Điện Biên</c>).</summary>
    public static string UnitPlace(string name) =>
        UnitLevels.FirstOrDefault(l => name.StartsWith(l + " ", StringComparison.OrdinalIgnoreCase)) is { } level ? name[(level.Length + 1)..] : name;

    /// <summary>The caption of a task's kind.</summary>
    public static string TaskKindCaption(TaskKind kind) => kind switch
    {
        TaskKind.Activity => "Hoạt động",
        TaskKind.Solution => "Giải pháp",
        _ => "Nhiệm vụ",
    };

    /// <summary>
    /// A task as the responsibility matrix labels it, with the document's own number and kind: <c>Nhiệm vụ 2</c>,
    /// <c>Giải pháp 1</c>; empty when the document does not number it (never its id).
    /// </summary>
    public static string TaskLabel(PlanTask task) => task.Number is { } n ? $"{TaskKindCaption(task.Kind)} {n}" : string.Empty;

    /// <summary>The caption of a reporting step's kind.</summary>
    public static string StepKindCaption(ReportingStepKind kind) => kind switch
    {
        ReportingStepKind.Annual => "Báo cáo năm",
        ReportingStepKind.SixMonthly => "Báo cáo 6 tháng",
        ReportingStepKind.OneOff => "Thời hạn một lần",
        ReportingStepKind.AdHoc => "Báo cáo đột xuất",
        ReportingStepKind.Midterm => "Sơ kết",
        _ => "Tổng kết",
    };

    /// <summary>A deadline on a day: <c>ngày 20/11/2025</c>, or <c>trước ngày 20/11/2025</c>.</summary>
    public static string DueOn(LocalDate date, bool before) => (before ? "trước ngày " : "ngày ") + VietnameseFormat.Numeric(date);

    /// <summary>A deadline in a year only: <c>năm 2025</c>.</summary>
    public static string DueInYear(int year) => $"năm {year}";

    /// <summary>The caption of a deadline state (<c>overdue</c>, <c>due</c>, <c>upcoming</c>, <c>lapsed</c>, <c>no-date</c>).</summary>
    public static string DeadlineStateCaption(string state) => state switch
    {
        "overdue" => "Đã quá hạn",
        "due" => "Sắp đến hạn",
        "upcoming" => "Chưa đến hạn",
        "lapsed" => "Không còn áp dụng (cơ quan kết thúc hoạt động trước thời hạn)",
        _ => "Không có hạn cụ thể",
    };

    /// <summary>A recipient who receives the report for information: <c>UBND tỉnh Điện Biên (b/c)</c>.</summary>
    public static string ForInformation(string name) => name + " (b/c)";

    /// <summary>The unsigned signature block of an agency of <paramref name="kind"/>: on whose behalf, and the title.</summary>
    public static (string Authority, string Title) DefaultSignature(AgencyKind kind) => kind switch
    {
        AgencyKind.PeopleCommittee => ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
        AgencyKind.Department => (string.Empty, "GIÁM ĐỐC"),
        AgencyKind.Office => (string.Empty, "TRƯỞNG PHÒNG"),
        _ => (string.Empty, "THỦ TRƯỞNG CƠ QUAN"),
    };

    /// <summary>
    /// How reports cite the plan's document: <c>Quyết định số 333/QĐ-UBND ngày 15/3/2021 của UBND tỉnh Điện Biên</c>; a document
    /// whose number is blank (<c>Số: /KH-UBND</c>) is cited by its date and issuer, without a number (<c>Kế hoạch ngày 14/9/2021
    /// của UBND huyện Tuần Giáo</c>); a plan taken from a part of a document cites that part (<c>Phần thứ nhất của Quyết định …</c>).
    /// </summary>
    public static string Citation(PlanDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var parts = new List<string>();
        if (d.Part is { } part)
        {
            parts.Add(part + " của");
        }

        parts.Add(PlanText.DocumentKind(d.Kind));
        if (d.Symbol is { } symbol && !symbol.StartsWith('/'))
        {
            parts.Add($"số {symbol}");
        }

        if (d.Issued is { } issued)
        {
            parts.Add(VietnameseFormat.CitationDate(issued));
        }

        parts.Add($"của {d.Issuer}");
        return string.Join(" ", parts);
    }

    /// <summary>The kind of plan a title starts with (<c>Chương trình</c>, <c>Kế hoạch</c>), or <see langword="null"/>.</summary>
    private static string? TitleKind(string title) =>
        TitleKinds.FirstOrDefault(kind => title.StartsWith(kind, StringComparison.Ordinal));

    private static readonly string[] TitleKinds = ["Chương trình", "Kế hoạch"];

    /// <summary>The plan as a sentence names it: its title, preceded by its document kind unless the title starts with one.</summary>
    public static string PlanName(Plan plan)
    {
        var title = plan.Title;
        if (TitleKind(title) is not null)
        {
            return title;
        }

        var word = PlanText.DocumentKind(plan.Document.Kind);
        return $"{word} {char.ToLower(title[0], CultureInfo.InvariantCulture)}{title[1..]}";
    }

    /// <summary>The symbol of an agency's documents: the initials of its name without "và" and without its locality (<c>SLĐTBXH</c>, <c>SYT</c>).</summary>
    private static string Abbreviation(AgencyKind? kind, string name)
    {
        if (kind is null or AgencyKind.PeopleCommittee)
        {
            return "UBND";
        }

        // The locality may close the name ("Phòng Lao động - Thương binh và Xã hội Thành phố"): search the name with a space after it.
        var locality = Localities.Select(l => (name + " ").IndexOf(l, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(name.Length).Min();
        return string.Concat(name[..locality].Split([' ', '-', '–', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => w != "và").Select(w => w[0])).ToUpperInvariant();
    }

    private static string Lower(string name) => name.Length > 0 ? char.ToLowerInvariant(name[0]) + name[1..] : name;
}
