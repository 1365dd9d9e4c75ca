namespace ChildPlan;

/// <summary>
/// A target: a comparison that the value of a measure must satisfy in a milestone year,
/// or in every year of a window ending at the milestone (<see cref="FromYear"/>).
/// </summary>
public sealed record Target
{
    /// <summary>The milestone year.</summary>
    public required int Year { get; init; }

    /// <summary>
    /// First year of an annual window ending at <see cref="Year"/>: the target applies to every
    /// year from here to <see cref="Year"/> ("duy trì … đến năm 2030", "hằng năm").
    /// <see langword="null"/> for a target of the milestone year only.
    /// </summary>
    public int? FromYear { get; init; }

    /// <summary>The comparison.</summary>
    public required Comparison Comparison { get; init; }

    /// <summary>The value compared against; for <see cref="Comparison.Between"/> the lower bound.</summary>
    public required decimal Value { get; init; }

    /// <summary>Upper bound of a <see cref="Comparison.Between"/> range; otherwise <see langword="null"/>.</summary>
    public decimal? Max { get; init; }

    /// <summary>The document's own words for the target.</summary>
    public string? Text { get; init; }

    /// <summary>Whether the target applies to <paramref name="year"/>.</summary>
    public bool AppliesTo(int year) => year == Year || (FromYear is { } from && year >= from && year <= Year);

    /// <summary>Whether <paramref name="actual"/> satisfies the comparison.</summary>
    public bool IsMetBy(decimal actual) => Comparison switch
    {
        Comparison.LessThan => actual < Value,
        Comparison.AtMost => actual <= Value,
        Comparison.GreaterThan => actual > Value,
        Comparison.AtLeast => actual >= Value,
        Comparison.EqualTo => actual == Value,
        Comparison.Between => actual >= Value && actual <= Max,
        _ => false,
    };

    /// <summary>
    /// The single value a trajectory aims at: <see cref="Value"/>, or for a range the bound
    /// first reached when moving in <paramref name="direction"/>.
    /// </summary>
    public decimal AimFor(Direction direction) => Comparison == Comparison.Between && direction == Direction.Decrease
        ? Max ?? Value
        : Value;
}
