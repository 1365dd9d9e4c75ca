using ChildPlan.Reporting.Localization;
using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting.Model;

/// <summary>An agency with its duties and what it leads or coordinates.</summary>
public sealed record AgencyRow
{
    /// <summary>Id.</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Whether the plan requests rather than instructs it ("Đề nghị").</summary>
    public required bool Requested { get; init; }

    /// <summary>Duties as the plan lists them.</summary>
    public required IReadOnlyList<string> Duties { get; init; }

    /// <summary>The indicators it leads (alone or with co-leads), as a list after "chỉ tiêu" names them: the document's numbers (<c>1</c>, <c>13</c>), an un-numbered one by its name in quotes.</summary>
    public required IReadOnlyList<string> Leads { get; init; }

    /// <summary>
    /// What it leads, in words (<c>chủ trì chỉ tiêu 1, 2, 13</c>): the document's numbers, an un-numbered indicator by its name,
    /// and, past <see cref="ReportText.MaxQuotedIndicators"/> un-numbered ones, their count (the indicator table lists them); empty when it leads none.
    /// </summary>
    public string LeadsText { get; init; } = string.Empty;

    /// <summary>The indicators it coordinates on, named as in <see cref="Leads"/>.</summary>
    public required IReadOnlyList<string> Supports { get; init; }

    /// <summary>
    /// Its duties with what was reported against each in the period (for a People's Committee answered by its units, each
    /// unit's result); empty in a report without results.
    /// </summary>
    public IReadOnlyList<DutyRow> DutyResults { get; init; } = [];
}
