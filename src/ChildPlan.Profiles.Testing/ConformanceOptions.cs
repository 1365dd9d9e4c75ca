using ChildPlan.Indicators;

namespace ChildPlan.Profiles.Testing;

/// <summary>Exemptions a profile may claim, each of which its tests should justify from the source document.</summary>
public sealed record ConformanceOptions
{
    /// <summary>Plans whose source document assigns no lead agency to indicators (plan id → the reason).</summary>
    public IReadOnlyDictionary<string, string> PlansWithoutIndicatorLeads { get; init; } = new Dictionary<string, string>();
}
