namespace ChildPlan;

/// <summary>Rules of <see cref="PlanValidator"/> that depend on who asks.</summary>
public sealed record PlanValidationOptions
{
    /// <summary>The rules every plan keeps (what the plan-file reader checks).</summary>
    public static PlanValidationOptions Default { get; } = new();

    /// <summary>
    /// Whether every indicator must name a lead agency (chủ trì). A plan file may leave the lead out (some documents
    /// assign none); the conformance checks of a profile require one unless the profile claims an exemption.
    /// </summary>
    public bool RequireIndicatorLeads { get; init; }
}
