using NodaTime;

namespace ChildPlan.Reporting.Workbooks;

/// <summary>What a <see cref="MonitoringWorkbook"/> says about itself: when it was made, for whom, from which data.</summary>
public sealed record WorkbookOptions
{
    /// <summary>When the workbook is made; written to the document properties and the summary sheet (shown in Vietnam time, UTC+7).</summary>
    public required Instant Created { get; init; }

    /// <summary>The name of the administrative unit evaluated (<c>Tỉnh Điện Biên</c>); without it the unit code is shown.</summary>
    public string? UnitName { get; init; }

    /// <summary>Where the numbers come from (a data file or dataset name), shown on the summary sheet.</summary>
    public string? DataSourceName { get; init; }

    /// <summary>
    /// Whether the numbers are sample data rather than reported figures. Every sheet then starts with a
    /// banner row "DỮ LIỆU MẪU – không phải số liệu thật", and the document properties say so.
    /// </summary>
    public bool IsSampleData { get; init; }
}
