using ChildPlan.Reporting.Localization;
using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting.Model;

/// <summary>The report kinds ChildPlan renders.</summary>
public enum ReportKind
{
    /// <summary>The annual implementation report (Báo cáo kết quả thực hiện … năm YYYY), Decree 30/2020/NĐ-CP layout.</summary>
    Annual,

    /// <summary>The indicator monitoring table with a progress bar per indicator.</summary>
    Monitoring,

    /// <summary>The responsibility matrix: agencies × indicators and tasks, lead vs coordinating.</summary>
    Responsibility,

    /// <summary>The reporting calendar of a year, with what is due or overdue on a given date.</summary>
    Calendar,
}

/// <summary>
/// Everything a report template can use. Templates see it with snake_case names
/// (<c>header.place_date</c>, <c>goals[0].indicators</c>); docs/templates.md lists every variable.
/// </summary>
public sealed record ReportModel
{
    /// <summary>Which report this is (<c>annual</c>, <c>monitoring</c>, <c>responsibility</c>, <c>calendar</c>).</summary>
    public required string Kind { get; init; }

    /// <summary>The year reported on.</summary>
    public required int Year { get; init; }

    /// <summary>The report's title line (<c>BÁO CÁO</c>).</summary>
    public required string Title { get; init; }

    /// <summary>The subject line (<c>Kết quả thực hiện Chương trình … năm 2020</c>).</summary>
    public required string Subject { get; init; }

    /// <summary>The report date as a document writes it (<c>ngày 05 tháng 12 năm 2025</c>).</summary>
    public required string DateText { get; init; }

    /// <summary>The report date, ISO (<c>2025-12-05</c>).</summary>
    public required string Date { get; init; }

    /// <summary>Whether the numbers are sample data: every report then says so prominently.</summary>
    public required bool IsSampleData { get; init; }

    /// <summary>Where the numbers come from (file or dataset name), if any.</summary>
    public string? DataSource { get; init; }

    /// <summary>The issuing agency's name as written in running text (<c>Sở Lao động - Thương binh và Xã hội</c>).</summary>
    public required string Issuer { get; init; }

    /// <summary>The document header.</summary>
    public required ReportHeader Header { get; init; }

    /// <summary>The plan reported on.</summary>
    public required PlanInfo Plan { get; init; }

    /// <summary>The administrative unit reported on.</summary>
    public required UnitInfo Unit { get; init; }

    /// <summary>The plan's goals with the result rows of their indicators for the year.</summary>
    public required IReadOnlyList<GoalSection> Goals { get; init; }

    /// <summary>All result rows, in plan order.</summary>
    public required IReadOnlyList<IndicatorRow> Indicators { get; init; }

    /// <summary>Counts by status.</summary>
    public required StatusSummary Summary { get; init; }

    /// <summary>The plan's tasks, activities and solutions.</summary>
    public required IReadOnlyList<TaskRow> Tasks { get; init; }

    /// <summary>The plan's agencies with their duties and assignments.</summary>
    public required IReadOnlyList<AgencyRow> Agencies { get; init; }

    /// <summary>The responsibility matrix.</summary>
    public required ResponsibilityMatrix Matrix { get; init; }

    /// <summary>The reporting deadlines of the year, in date order.</summary>
    public required IReadOnlyList<DeadlineRow> Deadlines { get; init; }

    /// <summary>The free-text body sections supplied by the reporting agency (situation, difficulties, proposals).</summary>
    public required IReadOnlyList<TextSection> Sections { get; init; }

    /// <summary>Recipients (Nơi nhận).</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary>The signature block.</summary>
    public required SignatureBlock Signature { get; init; }
}

/// <summary>The two-column header of an administrative document (Decree 30/2020/NĐ-CP, Appendix I).</summary>
public sealed record ReportHeader
{
    /// <summary>The parent agency, upright capitals (<c>UBND TỈNH ĐIỆN BIÊN</c>), or <see langword="null"/>.</summary>
    public string? ParentAgency { get; init; }

    /// <summary>The issuing agency, bold capitals (<c>SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI</c>).</summary>
    public required string IssuingAgency { get; init; }

    /// <summary>The number line (<c>Số:      /BC-SLĐTBXH</c>).</summary>
    public required string Number { get; init; }

    /// <summary>The place-date line (<c>Điện Biên, ngày 05 tháng 12 năm 2025</c>).</summary>
    public required string PlaceDate { get; init; }

    /// <summary>The national name, always <c>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</c>.</summary>
    public string Nation { get; init; } = ReportText.Nation;

    /// <summary>The motto, always <c>Độc lập - Tự do - Hạnh phúc</c>.</summary>
    public string Motto { get; init; } = ReportText.Motto;
}

/// <summary>The plan, as reports cite it.</summary>
public sealed record PlanInfo
{
    /// <summary>Plan id.</summary>
    public required string Id { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>How the plan's document is cited (<c>Quyết định số 333/QĐ-UBND ngày 15/3/2021 của UBND tỉnh Điện Biên</c>).</summary>
    public required string Citation { get; init; }

    /// <summary>Years (<c>2021–2030</c>).</summary>
    public required string Years { get; init; }

    /// <summary>The issuer.</summary>
    public required string Issuer { get; init; }

    /// <summary>Whether the plan has any indicator to score.</summary>
    public required bool HasIndicators { get; init; }
}

/// <summary>An administrative unit, as reports name it.</summary>
/// <param name="Code">The code.</param>
/// <param name="Name">The name, or the code when unknown (<c>Tỉnh Điện Biên</c>).</param>
public sealed record UnitInfo(string Code, string Name)
{
    /// <summary>The unit the plan names, when it has since changed (<c>Tỉnh Thừa Thiên Huế</c>), else <see langword="null"/>.</summary>
    public string? PlanName { get; init; }

    /// <summary>
    /// The name inside a sentence, its level in lower case (<c>tỉnh Điện Biên</c>); after a change, with the
    /// plan's unit quoted (<c>thành phố Huế (theo Kế hoạch: tỉnh Thừa Thiên Huế)</c>).
    /// </summary>
    public string NameInText => ReportText.UnitInText(Name, PlanName);

    /// <summary>The name without its level, as a place-date line writes it (<c>Điện Biên</c>).</summary>
    public string Place => ReportText.UnitPlace(Name);
}

/// <summary>A goal with the result rows of its indicators.</summary>
public sealed record GoalSection
{
    /// <summary>Goal id.</summary>
    public required string Id { get; init; }

    /// <summary>The number, if any.</summary>
    public int? Number { get; init; }

    /// <summary>The goal.</summary>
    public required string Title { get; init; }

    /// <summary>The rows.</summary>
    public required IReadOnlyList<IndicatorRow> Indicators { get; init; }
}

/// <summary>One measure of one indicator in the report year.</summary>
public sealed record IndicatorRow
{
    /// <summary>Indicator id (<c>CT9</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Measure id, for bundled indicators.</summary>
    public string? MeasureId { get; init; }

    /// <summary>Label (<c>Chỉ tiêu 9</c>, or the id when un-numbered).</summary>
    public required string Label { get; init; }

    /// <summary>Indicator name.</summary>
    public required string Name { get; init; }

    /// <summary>Measure name, for bundled indicators.</summary>
    public string? MeasureName { get; init; }

    /// <summary>The unit's plan-file name (<c>percent</c>).</summary>
    public required string Unit { get; init; }

    /// <summary>The unit's symbol (<c>%</c>, <c>‰</c>).</summary>
    public required string UnitSymbol { get; init; }

    /// <summary>The baseline (<c>63% (2020)</c>) or empty.</summary>
    public required string Baseline { get; init; }

    /// <summary>All milestone targets (<c>2025: ≥ 65%; 2030: ≥ 75%</c>).</summary>
    public required string Milestones { get; init; }

    /// <summary>The target of the year (<c>≥ 65%</c>), the trajectory value, or empty.</summary>
    public required string Target { get; init; }

    /// <summary>The actual value, or <see langword="null"/>.</summary>
    public decimal? Actual { get; init; }

    /// <summary>The actual as text (<c>3,8%</c>), or <c>–</c>.</summary>
    public required string ActualText { get; init; }

    /// <summary>Numerator/denominator as text (<c>8.163/214.825</c>), or empty.</summary>
    public required string Fraction { get; init; }

    /// <summary>The status name (<c>Exceeded</c>).</summary>
    public required string Status { get; init; }

    /// <summary>The status caption (<c>Vượt chỉ tiêu</c>).</summary>
    public required string StatusCaption { get; init; }

    /// <summary>A CSS class for the status (<c>exceeded</c>, <c>not-achieved</c>, …).</summary>
    public required string StatusClass { get; init; }

    /// <summary>Progress from baseline to target, 1 = reached, or <see langword="null"/>.</summary>
    public decimal? Progress { get; init; }

    /// <summary>Progress as text (<c>75%</c>) or empty.</summary>
    public required string ProgressText { get; init; }

    /// <summary>An inline SVG bar of the actual against the target (trusted markup, HTML only).</summary>
    public required TrustedHtml Chart { get; init; }

    /// <summary>The lead agency's name, or empty.</summary>
    public required string Lead { get; init; }

    /// <summary>The coordinating agencies' names, joined.</summary>
    public required string Support { get; init; }

    /// <summary>The verdict the source document records for the year, as a caption, or empty.</summary>
    public required string Recorded { get; init; }
}

/// <summary>Counts of result rows by status.</summary>
public sealed record StatusSummary
{
    /// <summary>All rows.</summary>
    public required int Total { get; init; }

    /// <summary>Exceeded.</summary>
    public required int Exceeded { get; init; }

    /// <summary>Achieved.</summary>
    public required int Achieved { get; init; }

    /// <summary>Not achieved.</summary>
    public required int NotAchieved { get; init; }

    /// <summary>On track.</summary>
    public required int OnTrack { get; init; }

    /// <summary>Off track.</summary>
    public required int OffTrack { get; init; }

    /// <summary>No data.</summary>
    public required int NoData { get; init; }

    /// <summary>No target.</summary>
    public required int NoTarget { get; init; }

    /// <summary>Rows with an actual value.</summary>
    public required int WithData { get; init; }
}

/// <summary>A task, activity or solution.</summary>
public sealed record TaskRow
{
    /// <summary>Id.</summary>
    public required string Id { get; init; }

    /// <summary>Number as written.</summary>
    public required string Number { get; init; }

    /// <summary><c>task</c>, <c>activity</c> or <c>solution</c>.</summary>
    public required string Kind { get; init; }

    /// <summary><c>Nhiệm vụ</c>, <c>Hoạt động</c> or <c>Giải pháp</c>.</summary>
    public required string KindCaption { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Activities.</summary>
    public required IReadOnlyList<string> Activities { get; init; }

    /// <summary>Where it is carried out, or empty.</summary>
    public required string Area { get; init; }

    /// <summary>Lead agency name, or empty.</summary>
    public required string Lead { get; init; }

    /// <summary>Coordinating agencies, joined.</summary>
    public required string Support { get; init; }
}

/// <summary>An agency with its duties and what it leads or coordinates.</summary>
public sealed record AgencyRow
{
    /// <summary>Id.</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Whether the plan requests rather than instructs it ("Đề nghị").</summary>
    public required bool Requested { get; init; }

    /// <summary>Duties as the plan lists them.</summary>
    public required IReadOnlyList<string> Duties { get; init; }

    /// <summary>Labels of the indicators it leads.</summary>
    public required IReadOnlyList<string> Leads { get; init; }

    /// <summary>Labels of the indicators it coordinates on.</summary>
    public required IReadOnlyList<string> Supports { get; init; }
}

/// <summary>Agencies × indicators and tasks: <c>C</c> for lead (chủ trì), <c>P</c> for coordinating (phối hợp).</summary>
public sealed record ResponsibilityMatrix
{
    /// <summary>The agencies that have any assignment, as columns.</summary>
    public required IReadOnlyList<MatrixColumn> Columns { get; init; }

    /// <summary>One row per indicator or task with an assignment.</summary>
    public required IReadOnlyList<MatrixRow> Rows { get; init; }
}

/// <summary>A column of the matrix.</summary>
/// <param name="Id">Agency id.</param>
/// <param name="Name">Agency name.</param>
/// <param name="Heading">A short heading (the section number or the name).</param>
public sealed record MatrixColumn(string Id, string Name, string Heading);

/// <summary>A row of the matrix.</summary>
/// <param name="Label">Indicator or task label.</param>
/// <param name="Name">Its name.</param>
/// <param name="Cells">One cell per column: <c>C</c>, <c>P</c> or empty.</param>
public sealed record MatrixRow(string Label, string Name, IReadOnlyList<string> Cells);

/// <summary>A reporting deadline in the report year.</summary>
public sealed record DeadlineRow
{
    /// <summary>The reporting step id.</summary>
    public required string StepId { get; init; }

    /// <summary>Kind caption (<c>Báo cáo năm</c>, <c>Báo cáo 6 tháng</c>, <c>Sơ kết</c>…).</summary>
    public required string KindCaption { get; init; }

    /// <summary>Who reports.</summary>
    public required string From { get; init; }

    /// <summary>To whom.</summary>
    public required string To { get; init; }

    /// <summary>Through whom, or empty.</summary>
    public required string Via { get; init; }

    /// <summary>The deadline as text (<c>trước ngày 20/11/2025</c>, <c>15/12/2025</c>, <c>năm 2025</c>, <c>Văn bản không nêu hạn</c>).</summary>
    public required string DueText { get; init; }

    /// <summary>The last day on time, ISO, or empty.</summary>
    public required string Due { get; init; }

    /// <summary><c>overdue</c>, <c>due</c> (within 30 days), <c>upcoming</c>, <c>no-date</c>, or <c>lapsed</c> when the reporter or recipient no longer exists then.</summary>
    public required string State { get; init; }

    /// <summary>Caption of the state (<c>Đã quá hạn</c>, <c>Sắp đến hạn</c>, <c>Chưa đến hạn</c>, <c>Không có hạn cụ thể</c>).</summary>
    public required string StateCaption { get; init; }

    /// <summary>Days from the report date to the deadline (negative when passed), or <see langword="null"/>.</summary>
    public int? DaysLeft { get; init; }

    /// <summary>The document's words.</summary>
    public required string Text { get; init; }
}

/// <summary>A free-text body section.</summary>
/// <param name="Heading">Heading (<c>Tình hình triển khai thực hiện</c>).</param>
/// <param name="Paragraphs">Paragraphs; empty when the reporting agency supplied none.</param>
public sealed record TextSection(string Heading, IReadOnlyList<string> Paragraphs);

/// <summary>The signature block.</summary>
public sealed record SignatureBlock
{
    /// <summary><c>TM. ỦY BAN NHÂN DÂN</c>, or empty.</summary>
    public required string Authority { get; init; }

    /// <summary><c>KT. GIÁM ĐỐC</c>, or empty.</summary>
    public required string Capacity { get; init; }

    /// <summary><c>PHÓ GIÁM ĐỐC</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The signer's name, or empty for a draft.</summary>
    public required string Name { get; init; }
}
