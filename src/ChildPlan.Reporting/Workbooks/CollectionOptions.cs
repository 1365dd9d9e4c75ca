using NodaTime;

namespace ChildPlan.Reporting.Workbooks;

/// <summary>What a <see cref="CollectionWorkbook"/> template says about itself.</summary>
public sealed record CollectionOptions
{
    /// <summary>When the template is made; written to the document properties, the instructions and the metadata sheet.</summary>
    public required Instant Created { get; init; }

    /// <summary>The date by which the filled template is to be sent back (hạn gửi), if there is one.</summary>
    public LocalDate? Due { get; init; }

    /// <summary>Who the filled template goes to (<c>Sở Lao động - Thương binh và Xã hội</c>), if the caller knows.</summary>
    public string? SendTo { get; init; }
}
