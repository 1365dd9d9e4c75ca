namespace ChildPlan;

/// <summary>A goal (mục tiêu) of a plan; indicators belong to goals.</summary>
public sealed record Goal
{
    /// <summary>Id unique within the plan.</summary>
    public required string Id { get; init; }

    /// <summary>The number the document gives the goal, if any.</summary>
    public int? Number { get; init; }

    /// <summary>The goal as the document writes it.</summary>
    public required string Title { get; init; }

    /// <summary>Where the goal is stated.</summary>
    public required SourceReference Source { get; init; }
}
