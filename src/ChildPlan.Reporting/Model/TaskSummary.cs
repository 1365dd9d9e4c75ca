namespace ChildPlan.Reporting.Model;

/// <summary>Counts of the plan's tasks, activities and solutions by the status their results give them in the period.</summary>
public sealed record TaskSummary
{
    /// <summary>No summary (a report without results).</summary>
    public static TaskSummary None { get; } = new() { Text = string.Empty };

    /// <summary>The tasks, activities and solutions of the plan.</summary>
    public int Total { get; init; }

    /// <summary>Completed.</summary>
    public int Completed { get; init; }

    /// <summary>In progress.</summary>
    public int InProgress { get; init; }

    /// <summary>Not started.</summary>
    public int NotStarted { get; init; }

    /// <summary>Not applicable (every result says so).</summary>
    public int NotApplicable { get; init; }

    /// <summary>Without any result in the period.</summary>
    public int NotReported { get; init; }

    /// <summary>The summary sentence (<c>8/12 nội dung đã hoàn thành, 3 đang thực hiện, 1 chưa triển khai.</c>); empty without results.</summary>
    public required string Text { get; init; }
}
