namespace ChildPlan;

/// <summary>How often a reporting step recurs, or what kind of one-time step it is.</summary>
public enum ReportingStepKind
{
    /// <summary>Every year (hằng năm).</summary>
    Annual,

    /// <summary>Every six months (định kỳ 6 tháng).</summary>
    SixMonthly,

    /// <summary>Once, by a date.</summary>
    OneOff,

    /// <summary>When requested (đột xuất).</summary>
    AdHoc,

    /// <summary>A midterm review (sơ kết).</summary>
    Midterm,

    /// <summary>A final review (tổng kết).</summary>
    Final,
}
