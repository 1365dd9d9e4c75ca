namespace ChildPlan;

/// <summary>Facts about each <see cref="IndicatorUnit"/>: its scale and file-format name.</summary>
public static class IndicatorUnits
{
    /// <summary>All units, in declaration order.</summary>
    public static IReadOnlyList<IndicatorUnit> All { get; } = Enum.GetValues<IndicatorUnit>();

    /// <summary>
    /// The factor a ratio of numerator to denominator is multiplied by to give a value in
    /// <paramref name="unit"/>, or <see langword="null"/> for units that are not rates.
    /// </summary>
    public static decimal? Scale(this IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => 100m,
        IndicatorUnit.PercentChangePerYear => 100m,
        IndicatorUnit.PerThousandLiveBirths => 1_000m,
        IndicatorUnit.PerHundredThousandChildren => 100_000m,
        _ => null,
    };

    /// <summary>Whether values of the unit are computed from a numerator and a denominator.</summary>
    public static bool IsRate(this IndicatorUnit unit) => unit.Scale() is not null;

    /// <summary>The name used in plan files (<c>per-1000-live-births</c>).</summary>
    public static string FileName(this IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => "percent",
        IndicatorUnit.PerThousandLiveBirths => "per-1000-live-births",
        IndicatorUnit.PerHundredThousandChildren => "per-100000-children",
        IndicatorUnit.PercentChangePerYear => "percent-change-per-year",
        IndicatorUnit.Count => "count",
        IndicatorUnit.YesNo => "yes-no",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>Parses a plan-file unit name; <see langword="null"/> when it is not one.</summary>
    public static IndicatorUnit? ParseFileName(string name) =>
        All.Select(u => (IndicatorUnit?)u).FirstOrDefault(u => u!.Value.FileName() == name);
}
