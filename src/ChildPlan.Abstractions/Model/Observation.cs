namespace ChildPlan;

/// <summary>
/// An actual value reported for an indicator (and measure) in an administrative unit and year:
/// either a value, or a numerator and a denominator from which the value is computed.
/// </summary>
public sealed record Observation
{
    /// <summary>Indicator id.</summary>
    public required string IndicatorId { get; init; }

    /// <summary>Measure id, for indicators with several measures.</summary>
    public string? MeasureId { get; init; }

    /// <summary>The year the value belongs to.</summary>
    public required int Year { get; init; }

    /// <summary>Administrative unit code; <see langword="null"/> for the plan's own area.</summary>
    public string? UnitCode { get; init; }

    /// <summary>The value in the measure's unit, if given directly.</summary>
    public decimal? Value { get; init; }

    /// <summary>The numerator, if the value is to be computed.</summary>
    public decimal? Numerator { get; init; }

    /// <summary>The denominator, if the value is to be computed.</summary>
    public decimal? Denominator { get; init; }

    /// <summary>Where the number comes from (free text).</summary>
    public string? Source { get; init; }

    /// <summary>The file and line the observation was read from, for error messages.</summary>
    public InputLocation? Location { get; init; }
}
