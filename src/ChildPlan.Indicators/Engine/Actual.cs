namespace ChildPlan.Indicators;

/// <summary>
/// The actual value of a measure in a unit and year: taken from an observation of that unit, or
/// rolled up from the units below it by summing numerators and denominators (counts by summing values).
/// </summary>
public sealed record Actual
{
    /// <summary>The value in the measure's unit.</summary>
    public required decimal Value { get; init; }

    /// <summary>The numerator, where the value was computed from one.</summary>
    public decimal? Numerator { get; init; }

    /// <summary>The denominator, where the value was computed from one.</summary>
    public decimal? Denominator { get; init; }

    /// <summary>Whether the value was rolled up from lower units rather than reported for the unit itself.</summary>
    public bool RolledUp { get; init; }

    /// <summary>
    /// Whether the value was carried onto a later map: the unit shown did not exist in the year, and the value sums the old
    /// units it was formed from, each of which went into it in full.
    /// </summary>
    public bool CarriedOver { get; init; }

    /// <summary>For a rolled-up or carried-over value, how many of the units it stands on gave a value; <see langword="null"/> for a reported value.</summary>
    public UnitCoverage? Coverage { get; init; }

    /// <summary>The observations the value rests on.</summary>
    public required IReadOnlyList<Observation> Observations { get; init; }

    /// <summary>How many administrative units reported the observations the value rests on (a roll-up may cover only some).</summary>
    public int UnitsReporting => Observations.Select(o => o.UnitCode).Distinct().Count();
}
