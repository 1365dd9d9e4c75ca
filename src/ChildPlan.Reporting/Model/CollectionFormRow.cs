namespace ChildPlan.Reporting.Model;

/// <summary>
/// One row of the data collection form, as the workbook's data sheet has it (same rows, same order): a goal's group row, a
/// bundled indicator's heading row, or a row to fill for one measure. Templates see it as <c>rows[]</c>.
/// </summary>
public sealed record CollectionFormRow
{
    /// <summary>A goal's group row: only <see cref="Name"/>.</summary>
    public const string GroupKind = "group";

    /// <summary>A bundled indicator's heading row: its number and name in <see cref="Name"/>, nothing to fill.</summary>
    public const string HeadingKind = "heading";

    /// <summary>A measure's row, to fill.</summary>
    public const string MeasureKind = "measure";

    /// <summary>What the row is: <c>group</c>, <c>heading</c> or <c>measure</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The indicator id (a measure's row only, else empty).</summary>
    public string IndicatorId { get; init; } = string.Empty;

    /// <summary>The measure id (a measure's row only, else empty).</summary>
    public string MeasureId { get; init; } = string.Empty;

    /// <summary>
    /// The name column: the goal's caption, the indicator's number and name (<c>Chỉ tiêu 9. …</c>), or under a heading row the
    /// measure's own name (<c>- Nông thôn</c>).
    /// </summary>
    public required string Name { get; init; }

    /// <summary>The unit as the unit column shows it (<c>%</c>, <c>số lượng</c>); empty for a group or heading row.</summary>
    public string Unit { get; init; } = string.Empty;

    /// <summary>The target of the year, written the Vietnamese way (<c>≥ 95%</c>); empty when there is none.</summary>
    public string Target { get; init; } = string.Empty;

    /// <summary>Whether the measure is a rate, so its numerator and denominator are to be filled too.</summary>
    public bool IsRate { get; init; }

    /// <summary>Whether this is a measure's row (to fill).</summary>
    public bool IsMeasure => Kind == MeasureKind;

    /// <summary>The measure's unit (a measure's row only); what the workbook's input cells check.</summary>
    internal IndicatorUnit? MeasureUnit { get; init; }
}
