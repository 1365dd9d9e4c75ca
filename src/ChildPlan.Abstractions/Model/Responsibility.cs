namespace ChildPlan;

/// <summary>Who leads (chủ trì) and who coordinates (phối hợp) an indicator or a task.</summary>
/// <param name="Lead">Agency id of the lead, or <see langword="null"/> where the document names none.</param>
/// <param name="Support">Agency ids of the coordinating agencies.</param>
public sealed record Responsibility(string? Lead, IReadOnlyList<string> Support)
{
    /// <summary>No agency assigned.</summary>
    public static Responsibility None { get; } = new(null, []);
}
