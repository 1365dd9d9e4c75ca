using ChildPlan.Indicators;

namespace ChildPlan.Profiles.Testing;

/// <summary>One way a profile does not conform: where, and what is wrong.</summary>
/// <param name="Where">Profile, plan and the item's JSON path in a plan file (<c>dien-bien/ctht-2021-2030: $.indicators[8].lead</c>).</param>
/// <param name="Message">What is wrong.</param>
public sealed record ConformanceProblem(string Where, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Where}: {Message}";
}
