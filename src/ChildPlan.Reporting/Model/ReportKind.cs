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

    /// <summary>
    /// The six-monthly implementation report (Báo cáo kết quả thực hiện … 6 tháng đầu năm YYYY): the annual report's body for the
    /// first half of the year, with the first half's results; only for plans whose reporting regime asks for one
    /// (<see cref="ReportKinds.IsAvailable"/>). Its template name and command-line token are <c>six-monthly</c>.
    /// </summary>
    SixMonthly,
}
