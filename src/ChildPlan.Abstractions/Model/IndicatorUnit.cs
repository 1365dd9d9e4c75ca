namespace ChildPlan;

/// <summary>The unit an indicator is measured in.</summary>
public enum IndicatorUnit
{
    /// <summary>Percent (%): numerator / denominator × 100.</summary>
    Percent,

    /// <summary>Per 1,000 live births (‰): deaths / live births × 1,000.</summary>
    PerThousandLiveBirths,

    /// <summary>Per 100,000 children: cases / children × 100,000.</summary>
    PerHundredThousandChildren,

    /// <summary>Percent change against the previous year: (this year / previous year − 1) × 100.</summary>
    PercentChangePerYear,

    /// <summary>A count (communes, facilities, …).</summary>
    Count,

    /// <summary>Done or not done: 1 or 0 ("hoàn thành").</summary>
    YesNo,
}
