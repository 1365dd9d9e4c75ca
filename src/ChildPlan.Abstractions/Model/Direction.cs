namespace ChildPlan;

/// <summary>Which way an indicator should move.</summary>
public enum Direction
{
    /// <summary>Higher is better (coverage rates).</summary>
    Increase,

    /// <summary>Lower is better (mortality, malnutrition, abuse).</summary>
    Decrease,

    /// <summary>Hold a level ("duy trì").</summary>
    Maintain,
}
