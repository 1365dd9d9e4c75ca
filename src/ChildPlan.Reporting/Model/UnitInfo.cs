using ChildPlan.Reporting.Localization;

namespace ChildPlan.Reporting.Model;

/// <summary>An administrative unit, as reports name it.</summary>
/// <param name="Code">The code.</param>
/// <param name="Name">The name, or the code when unknown (<c>Tỉnh Điện Biên</c>).</param>
public sealed record UnitInfo(string Code, string Name)
{
    /// <summary>The unit the plan names, when it has since changed (<c>Tỉnh Thừa Thiên Huế</c>), else <see langword="null"/>.</summary>
    public string? PlanName { get; init; }

    /// <summary>
    /// The name inside a sentence, its level in lower case (<c>tỉnh Điện Biên</c>); after a change, the unit then in
    /// office (the report's notes quote the plan's unit once).
    /// </summary>
    public string NameInText => ReportText.UnitInText(Name);

    /// <summary>The name without its level, as a place-date line writes it (<c>Điện Biên</c>).</summary>
    public string Place => ReportText.UnitPlace(Name);
}
