using NodaTime;

namespace ChildPlan.Reporting.Model;

/// <summary>
/// What the reporting agency supplies for a report: who issues it, its number, date and signer, the
/// recipients, and the free-text sections. Everything is optional; ChildPlan fills drafts from the plan.
/// </summary>
public sealed record ReportDetails
{
    /// <summary>No details: a draft built from the plan alone.</summary>
    public static ReportDetails None { get; } = new();

    /// <summary>The issuing agency's name (default: the agency that consolidates the plan's annual reports).</summary>
    public string? IssuingAgency { get; init; }

    /// <summary>The parent agency's name shown above it (default: the plan's issuer, when the issuing agency is one of its departments).</summary>
    public string? ParentAgency { get; init; }

    /// <summary>Number and symbol (<c>125/BC-SLĐTBXH</c>); default a blank number.</summary>
    public string? Number { get; init; }

    /// <summary>The place on the place-date line (default: the plan's place).</summary>
    public string? Place { get; init; }

    /// <summary>The report date (default: today, from the clock).</summary>
    public LocalDate? Date { get; init; }

    /// <summary>The signature block (default: an unsigned draft block for the issuing agency).</summary>
    public Signer? Signer { get; init; }

    /// <summary>Recipients (default: whom the plan's annual reports go to, and "Lưu: VT").</summary>
    public IReadOnlyList<string>? Recipients { get; init; }

    /// <summary>Tình hình triển khai thực hiện: free text, paragraphs separated by blank lines.</summary>
    public string? Situation { get; init; }

    /// <summary>Khó khăn, vướng mắc: free text.</summary>
    public string? Difficulties { get; init; }

    /// <summary>Đề xuất, kiến nghị: free text.</summary>
    public string? Proposals { get; init; }
}
