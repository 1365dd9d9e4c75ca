using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting.Model;

/// <summary>One measure of one indicator in the report year.</summary>
public sealed record IndicatorRow
{
    /// <summary>Indicator id (<c>CT9</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Measure id, for bundled indicators.</summary>
    public string? MeasureId { get; init; }

    /// <summary>The indicator's number as the document writes it (<c>9</c>); empty when the document does not number it.</summary>
    public required string Number { get; init; }

    /// <summary>
    /// What the TT column of this row shows: the document's number of a single-measure indicator (<c>9</c>), empty
    /// for an un-numbered one and on the rows of a bundled indicator's measures (their heading row shows <see cref="Number"/>).
    /// </summary>
    public required string Label { get; init; }

    /// <summary>Indicator name.</summary>
    public required string Name { get; init; }

    /// <summary>Measure name, for bundled indicators.</summary>
    public string? MeasureName { get; init; }

    /// <summary>What the name column of this row shows: the indicator's name, or the measure's own name on the row of a bundled indicator's measure.</summary>
    public required string Caption { get; init; }

    /// <summary>
    /// Whether the row is one measure of a bundled indicator (several measures under one number), shown under the
    /// indicator's heading row; false for a single measure and for the measure that is the indicator itself (same name).
    /// </summary>
    public bool IsMeasure { get; init; }

    /// <summary>
    /// Whether the row is the first of its indicator; before the first row of a bundled indicator a table puts the
    /// indicator's heading row (<see cref="Number"/>, <see cref="Name"/>, <see cref="Lead"/>).
    /// </summary>
    public bool StartsIndicator { get; init; }

    /// <summary>The unit's plan-file name (<c>percent</c>).</summary>
    public required string Unit { get; init; }

    /// <summary>The unit's symbol (<c>%</c>, <c>‰</c>).</summary>
    public required string UnitSymbol { get; init; }

    /// <summary>The baseline (<c>63% (2020)</c>) or empty.</summary>
    public required string Baseline { get; init; }

    /// <summary>All milestone targets (<c>2025: ≥ 65%; 2030: ≥ 75%</c>).</summary>
    public required string Milestones { get; init; }

    /// <summary>The target of the year (<c>≥ 65%</c>), the trajectory value, or empty.</summary>
    public required string Target { get; init; }

    /// <summary>
    /// In a year between milestones, the value on the way from the baseline to the next target the status is judged against
    /// (<c>≈ 64%</c>): computed, not the document's; empty otherwise. The monitoring table shows it, the annual report does not.
    /// </summary>
    public string Trajectory { get; init; } = string.Empty;

    /// <summary>The actual value, or <see langword="null"/>.</summary>
    public decimal? Actual { get; init; }

    /// <summary>The actual as text (<c>3,8%</c>), or <c>–</c>.</summary>
    public required string ActualText { get; init; }

    /// <summary>Numerator/denominator as text (<c>8.163/214.825</c>), or empty.</summary>
    public required string Fraction { get; init; }

    /// <summary>The status name (<c>Exceeded</c>).</summary>
    public required string Status { get; init; }

    /// <summary>The status caption (<c>Vượt chỉ tiêu</c>).</summary>
    public required string StatusCaption { get; init; }

    /// <summary>
    /// Why there is no value, when the evaluation knows (a new commune formed in part from a split one cannot carry an
    /// old year's data onto the new map), in words; empty otherwise.
    /// </summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>A CSS class for the status (<c>exceeded</c>, <c>not-achieved</c>, …).</summary>
    public required string StatusClass { get; init; }

    /// <summary>Progress from baseline to target, 1 = reached, or <see langword="null"/>.</summary>
    public decimal? Progress { get; init; }

    /// <summary>Progress as text (<c>75%</c>) or empty.</summary>
    public required string ProgressText { get; init; }

    /// <summary>An inline SVG bar of the actual against the target (trusted markup, HTML only).</summary>
    public required TrustedHtml Chart { get; init; }

    /// <summary>The lead agencies' names (co-leads joined by <c>; </c>), or empty.</summary>
    public required string Lead { get; init; }

    /// <summary>The coordinating agencies' names, joined.</summary>
    public required string Support { get; init; }

    /// <summary>The verdict the source document records for the year, as a caption, or empty.</summary>
    public required string Recorded { get; init; }
}
