namespace ChildPlan;

/// <summary>The comparison a target makes.</summary>
public enum Comparison
{
    /// <summary><c>&lt;</c>: below ("dưới").</summary>
    LessThan,

    /// <summary><c>&lt;=</c>: at most ("xuống", "giảm … xuống còn").</summary>
    AtMost,

    /// <summary><c>&gt;</c>: above ("trên").</summary>
    GreaterThan,

    /// <summary><c>&gt;=</c>: at least ("đạt", "ít nhất", "phấn đấu").</summary>
    AtLeast,

    /// <summary><c>=</c>: exactly.</summary>
    EqualTo,

    /// <summary>Inside an inclusive range ("từ 3 – 5%").</summary>
    Between,
}

/// <summary>Operator symbols of <see cref="Comparison"/> as plan files write them.</summary>
public static class Comparisons
{
    /// <summary>The operator symbol (<c>&gt;=</c>, <c>between</c>).</summary>
    public static string Symbol(this Comparison comparison) => comparison switch
    {
        Comparison.LessThan => "<",
        Comparison.AtMost => "<=",
        Comparison.GreaterThan => ">",
        Comparison.AtLeast => ">=",
        Comparison.EqualTo => "=",
        Comparison.Between => "between",
        _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison, null),
    };

    /// <summary>Parses an operator symbol; <see langword="null"/> when it is not one.</summary>
    public static Comparison? Parse(string symbol) =>
        Enum.GetValues<Comparison>().Select(c => (Comparison?)c).FirstOrDefault(c => c!.Value.Symbol() == symbol);
}

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

/// <summary>A baseline: the value of a measure in a reference year.</summary>
/// <param name="Year">The reference year.</param>
/// <param name="Value">The value in the measure's unit.</param>
/// <param name="Source">Where the value is stated.</param>
public sealed record Baseline(int Year, decimal Value, SourceReference? Source);
