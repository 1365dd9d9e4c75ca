using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting.Model;

/// <summary>A task, activity or solution.</summary>
public sealed record TaskRow
{
    /// <summary>Id.</summary>
    public required string Id { get; init; }

    /// <summary>Number as written.</summary>
    public required string Number { get; init; }

    /// <summary><c>task</c>, <c>activity</c> or <c>solution</c>.</summary>
    public required string Kind { get; init; }

    /// <summary><c>Nhiệm vụ</c>, <c>Hoạt động</c> or <c>Giải pháp</c>.</summary>
    public required string KindCaption { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Activities.</summary>
    public required IReadOnlyList<string> Activities { get; init; }

    /// <summary>Where it is carried out, or empty.</summary>
    public required string Area { get; init; }

    /// <summary>The lead agencies' names (co-leads joined by <c>; </c>), or empty.</summary>
    public required string Lead { get; init; }

    /// <summary>Coordinating agencies, joined.</summary>
    public required string Support { get; init; }
}
