namespace ChildPlan;

/// <summary>
/// An administrative unit with its official code (<c>11</c> Điện Biên, <c>099</c> Tuần Giáo). A code may be reused:
/// a unit is its code together with its validity (old 03127 Phường Him Lam until 2025-06-30, new 03127 Phường Điện
/// Biên Phủ from 2025-07-01), and the units holding one code never overlap in time.
/// </summary>
/// <param name="Code">The official code; a string, so leading zeros are kept.</param>
/// <param name="Name">The unit's name.</param>
/// <param name="Level">Its level.</param>
/// <param name="ParentCode">Code of the unit above it (the unit holding that code on the same day), or <see langword="null"/> for a province.</param>
public sealed record AdministrativeUnit(string Code, string Name, AdministrativeLevel Level, string? ParentCode)
{
    /// <summary>
    /// The most levels a unit's chain of parents may have, the unit included (a province is 1, a district 2, a
    /// commune 3). Units files and hierarchies with deeper chains, or with parents that loop, are refused.
    /// </summary>
    public const int MaxDepth = 32;

    /// <summary>The first day the unit exists, when known (a unit created by a merger).</summary>
    public NodaTime.LocalDate? ValidFrom { get; init; }

    /// <summary>The last day the unit exists, when it has ended (a unit merged into another).</summary>
    public NodaTime.LocalDate? ValidTo { get; init; }

    /// <summary>Whether the unit exists on <paramref name="date"/>.</summary>
    public bool IsValidOn(NodaTime.LocalDate date) => (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);

    /// <summary>Whether the unit exists on any day from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public bool IsValidBetween(NodaTime.LocalDate first, NodaTime.LocalDate last) => (ValidFrom is null || ValidFrom <= last) && (ValidTo is null || first <= ValidTo);
}
