namespace ChildPlan.Indicators;

/// <summary>Computes values from numerators and denominators with each unit's scale.</summary>
public static class Rates
{
    /// <summary>
    /// The value of <paramref name="numerator"/> over <paramref name="denominator"/> in
    /// <paramref name="unit"/>: ×100 for percent, ×1,000 per 1,000 live births, ×100,000 per
    /// 100,000 children; for percent change per year, (numerator / denominator − 1) × 100 with this
    /// year's count over the previous year's.
    /// </summary>
    /// <exception cref="ArgumentException">The unit is not a rate, or the denominator is zero.</exception>
    public static decimal Compute(IndicatorUnit unit, decimal numerator, decimal denominator)
    {
        var scale = unit.Scale() ?? throw new ArgumentException($"{unit} is not computed from a numerator and a denominator.", nameof(unit));
        if (denominator == 0)
        {
            throw new ArgumentException("The denominator is zero.", nameof(denominator));
        }

        return unit == IndicatorUnit.PercentChangePerYear
            ? ((numerator / denominator) - 1) * scale
            : numerator / denominator * scale;
    }
}
