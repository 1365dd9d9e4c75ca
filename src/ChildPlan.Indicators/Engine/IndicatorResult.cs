namespace ChildPlan.Indicators;

/// <summary>The evaluation of one measure of one indicator in one year.</summary>
public sealed record IndicatorResult
{
    /// <summary>The indicator.</summary>
    public required Indicator Indicator { get; init; }

    /// <summary>The measure.</summary>
    public required Measure Measure { get; init; }

    /// <summary>The year.</summary>
    public required int Year { get; init; }

    /// <summary>The administrative unit evaluated.</summary>
    public required string UnitCode { get; init; }

    /// <summary>The unit evaluated, as it is on <see cref="Geography"/>, where the hierarchy knows it.</summary>
    public AdministrativeUnit? Unit { get; init; }

    /// <summary>The date of the map the result is shown on (by default 31 December of <see cref="Year"/>).</summary>
    public NodaTime.LocalDate Geography { get; init; }

    /// <summary>Why there is no actual although there could be (a split commune, a unit not on the map); <see langword="null"/> otherwise.</summary>
    public NoValueReason? Reason { get; init; }

    /// <summary>The actual, if there is one.</summary>
    public Actual? Actual { get; init; }

    /// <summary>The judgement.</summary>
    public required Judgement Judgement { get; init; }

    /// <summary>The status (shortcut for <see cref="Judgement"/>).</summary>
    public AchievementStatus Status => Judgement.Status;

    /// <summary>The verdict the source document records for this indicator and year, if any.</summary>
    public RecordedAssessment? Recorded { get; init; }

    /// <summary>The indicator id with the measure id (<c>CT15/tai-nan</c>) or alone.</summary>
    public string Key => Measure.Id is null ? Indicator.Id : $"{Indicator.Id}/{Measure.Id}";
}
