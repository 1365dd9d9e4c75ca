namespace ChildPlan;

/// <summary>The periods a reporting regime asks results for.</summary>
public enum ReportingPeriodKind
{
    /// <summary>The first six months of a year, 1 January to 30 June (CSV <c>H1</c>; báo cáo 6 tháng).</summary>
    FirstHalf,

    /// <summary>The whole calendar year (CSV <c>year</c>; báo cáo năm).</summary>
    Year,
}
