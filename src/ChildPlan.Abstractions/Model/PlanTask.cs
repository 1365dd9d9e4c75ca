namespace ChildPlan;

/// <summary>A task or group of activities (nhiệm vụ, giải pháp, hoạt động) of a plan.</summary>
public sealed record PlanTask
{
    /// <summary>Id unique within the plan.</summary>
    public required string Id { get; init; }

    /// <summary>The number the document gives, if any.</summary>
    public string? Number { get; init; }

    /// <summary>Whether the document calls it a task, an activity or a solution.</summary>
    public TaskKind Kind { get; init; } = TaskKind.Task;

    /// <summary>The task as the document writes it.</summary>
    public required string Title { get; init; }

    /// <summary>Its activities, as listed.</summary>
    public IReadOnlyList<string> Activities { get; init; } = [];

    /// <summary>Where it is carried out, if the document says.</summary>
    public string? Area { get; init; }

    /// <summary>Who leads and who coordinates.</summary>
    public Responsibility Responsibility { get; init; } = Responsibility.None;

    /// <summary>Where the task is stated.</summary>
    public required SourceReference Source { get; init; }
}
