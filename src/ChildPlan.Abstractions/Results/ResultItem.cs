namespace ChildPlan;

/// <summary>
/// What a result answers: one of the plan's tasks, activities or solutions (<c>HD1</c>, by its id), or the
/// <see cref="Duty"/>-th duty (1-based) the plan lists for an agency (<c>so-gddt#2</c>).
/// </summary>
public sealed record ResultItem
{
    private ResultItem(string? taskId, string? agencyId, int duty)
    {
        TaskId = taskId;
        AgencyId = agencyId;
        Duty = duty;
    }

    /// <summary>The task's id, when the item is a task; otherwise null.</summary>
    public string? TaskId { get; }

    /// <summary>The agency whose duty this is, when the item is a duty; otherwise null.</summary>
    public string? AgencyId { get; }

    /// <summary>The 1-based number of the duty in the agency's list, when the item is a duty; otherwise 0.</summary>
    public int Duty { get; }

    /// <summary>Whether the item is one of an agency's duties.</summary>
    public bool IsDuty => AgencyId is not null;

    /// <summary>The item for a task, activity or solution.</summary>
    public static ResultItem Task(string taskId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        return new(taskId, null, 0);
    }

    /// <summary>The item for an agency's <paramref name="number"/>-th (1-based) duty.</summary>
    public static ResultItem DutyOf(string agencyId, int number)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyId);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return new(null, agencyId, number);
    }

    /// <summary>
    /// Reads <c>HD1</c> or <c>so-gddt#2</c>; false, with the reason, when the text is empty or the duty number is not a
    /// whole number from 1.
    /// </summary>
    public static bool TryParse(string? text, out ResultItem? item, out string? error)
    {
        item = null;
        error = null;
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            error = "the item is empty: give a task id (HD1) or an agency's duty (so-gddt#2).";
            return false;
        }

        var hash = value.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            item = Task(value);
            return true;
        }

        var agency = value[..hash].Trim();
        var number = value[(hash + 1)..].Trim();
        if (agency.Length == 0)
        {
            error = $"'{value}' names no agency before '#': write <agency-id>#<n>, e.g. so-gddt#2.";
            return false;
        }

        if (!int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            error = $"'{value}': the duty number after '#' must be a whole number from 1 (the agency's n-th duty in the plan).";
            return false;
        }

        item = DutyOf(agency, n);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => AgencyId is { } agency ? $"{agency}#{Duty}" : TaskId!;
}
