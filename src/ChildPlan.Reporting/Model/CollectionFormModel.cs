namespace ChildPlan.Reporting.Model;

/// <summary>
/// Everything a data collection form template (<c>collection.html</c>, <c>collection.docx</c>) can use: the document header,
/// the unit, the year, the deadline and recipient, the instructions and the rows of the workbook's data sheet, with empty
/// cells to fill. Templates see it with snake_case names (<c>unit.name</c>, <c>rows[].target</c>).
/// </summary>
public sealed record CollectionFormModel
{
    /// <summary>Always <c>collection</c>.</summary>
    public string Kind { get; init; } = "collection";

    /// <summary>The year the numbers are for.</summary>
    public required int Year { get; init; }

    /// <summary>The title line (<c>BIỂU THU THẬP SỐ LIỆU CHỈ TIÊU NĂM 2024</c>).</summary>
    public required string Title { get; init; }

    /// <summary>The line under it: the plan, its document and the reporting unit.</summary>
    public required string Subject { get; init; }

    /// <summary>Always <see langword="false"/>: a form holds no numbers (the header partials read it).</summary>
    public bool IsSampleData { get; init; }

    /// <summary>Always <see langword="null"/>: a form holds no numbers (the header partials read it).</summary>
    public string? DataSource { get; init; }

    /// <summary>The agency that collects the numbers, as written in running text; the document's author.</summary>
    public required string Issuer { get; init; }

    /// <summary>The document header: the collecting agency over its parent, no "Số:" line, the place and the day the form is made.</summary>
    public required ReportHeader Header { get; init; }

    /// <summary>The plan's title.</summary>
    public required string PlanTitle { get; init; }

    /// <summary>The plan's document (<c>333/QĐ-UBND, UBND tỉnh Điện Biên</c>).</summary>
    public required string PlanDocument { get; init; }

    /// <summary>The reporting unit that fills the form.</summary>
    public required UnitInfo Unit { get; init; }

    /// <summary>The deadline (<c>15/12/2024</c>), empty when there is none.</summary>
    public required string Due { get; init; }

    /// <summary>Who the filled form goes to, empty when not known.</summary>
    public required string SendTo { get; init; }

    /// <summary>The deadline and recipient as one line (<c>Hạn gửi: 15/12/2024, gửi về …</c>), empty when neither is known.</summary>
    public required string DeadlineLine { get; init; }

    /// <summary>When the form is made, in Việt Nam time (<c>05/12/2024 08:30 (giờ Việt Nam)</c>).</summary>
    public required string Created { get; init; }

    /// <summary>The lines that introduce the form (plan, unit, year).</summary>
    public required IReadOnlyList<string> Lines { get; init; }

    /// <summary>How to fill the form, one numbered rule each.</summary>
    public required IReadOnlyList<string> Instructions { get; init; }

    /// <summary>The column captions, in order: name, unit, target of the year, value, numerator, denominator, source.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>The rows, as the workbook's data sheet has them; empty when the plan has no indicators.</summary>
    public required IReadOnlyList<CollectionFormRow> Rows { get; init; }

    /// <summary>What the form says instead of a table when the plan has no indicators.</summary>
    public required string NoIndicators { get; init; }
}
