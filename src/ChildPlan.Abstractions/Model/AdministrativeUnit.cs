namespace ChildPlan;

/// <summary>An administrative unit with its official code (<c>11</c> Điện Biên, <c>099</c> Tuần Giáo).</summary>
/// <param name="Code">The official code; a string, so leading zeros are kept.</param>
/// <param name="Name">The unit's name.</param>
/// <param name="Level">Its level.</param>
/// <param name="ParentCode">Code of the unit above it, or <see langword="null"/> for a province.</param>
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
}
