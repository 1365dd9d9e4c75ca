namespace ChildPlan;

/// <summary>The level of an administrative unit.</summary>
public enum AdministrativeLevel
{
    /// <summary>Province or centrally-run city (tỉnh, thành phố trực thuộc trung ương).</summary>
    Province,

    /// <summary>District (huyện, quận, thị xã, thành phố thuộc tỉnh).</summary>
    District,

    /// <summary>Commune (xã, phường, thị trấn).</summary>
    Commune,
}
