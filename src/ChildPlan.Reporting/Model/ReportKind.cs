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
