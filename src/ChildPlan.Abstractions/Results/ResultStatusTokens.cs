namespace ChildPlan;

/// <summary>The results CSV tokens of <see cref="ResultStatus"/>: <c>completed</c>, <c>in-progress</c>, <c>not-started</c>, <c>not-applicable</c>.</summary>
public static class ResultStatusTokens
{
    /// <summary>The tokens in the order of <see cref="ResultStatus"/>.</summary>
    public static IReadOnlyList<string> All { get; } = ["completed", "in-progress", "not-started", "not-applicable"];

    /// <summary>The token of <paramref name="status"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    public static string TokenOf(ResultStatus status) => status switch
    {
        ResultStatus.Completed => "completed",
        ResultStatus.InProgress => "in-progress",
        ResultStatus.NotStarted => "not-started",
        ResultStatus.NotApplicable => "not-applicable",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a result status."),
    };

    /// <summary>Reads a token (case-insensitive, surrounding spaces ignored); false for anything else.</summary>
    public static bool TryParse(string? token, out ResultStatus status)
    {
        switch (token?.Trim().ToUpperInvariant())
        {
            case "COMPLETED":
                status = ResultStatus.Completed;
                return true;
            case "IN-PROGRESS":
                status = ResultStatus.InProgress;
                return true;
            case "NOT-STARTED":
                status = ResultStatus.NotStarted;
                return true;
            case "NOT-APPLICABLE":
                status = ResultStatus.NotApplicable;
                return true;
            default:
                status = default;
                return false;
        }
    }

    /// <summary>Whether a result of <paramref name="status"/> must say what was done (completed and in progress do).</summary>
    public static bool NeedsText(ResultStatus status) => status is ResultStatus.Completed or ResultStatus.InProgress;
}
