using NodaTime;

namespace ChildPlan;

/// <summary>How an agency of a plan stands on a date: its current name, and the plan's original assignment when they differ.</summary>
/// <param name="Name">Who is responsible on the date.</param>
/// <param name="Original">The agency the plan names, when it is no longer the one responsible.</param>
/// <param name="Basis">The legal basis of the change, if any.</param>
/// <param name="Ended">Whether the agency ended without a successor.</param>
public sealed record AgencyOnDate(string Name, string? Original, string? Basis, bool Ended)
{
    /// <summary>The first day of the last change applied (the end, when <see cref="Ended"/>), or <see langword="null"/> when unchanged.</summary>
    public LocalDate? Since { get; init; }

    /// <summary>Whether every change applied was confirmed against its instrument (<see cref="AgencyChange.Confirmed"/>).</summary>
    public bool Confirmed { get; init; } = true;
}
