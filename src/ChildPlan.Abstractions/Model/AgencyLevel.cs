namespace ChildPlan;

/// <summary>The administrative level of an agency.</summary>
public enum AgencyLevel
{
    /// <summary>Province (tỉnh) or centrally-run city.</summary>
    Province,

    /// <summary>District (huyện, thị xã, thành phố thuộc tỉnh).</summary>
    District,

    /// <summary>Commune (xã, phường, thị trấn).</summary>
    Commune,

    /// <summary>An organisation outside the administrative hierarchy (mass organisations, associations).</summary>
    Organisation,

    /// <summary>The national level (a ministry, Bộ) that a provincial plan reports to.</summary>
    National,
}
