namespace ChildPlan;

/// <summary>How much of an old unit went into a unit formed by a change.</summary>
public enum UnitShare
{
    /// <summary>The whole old unit (its whole area and population) went into the new one.</summary>
    Full,

    /// <summary>
    /// Part of the old unit went into the new one; the old unit was split between several new units, so its data
    /// cannot be carried into any one of them.
    /// </summary>
    Partial,
}
