namespace ChildPlan.Indicators;

/// <summary>Why a result has no value although the map could give one.</summary>
public enum NoValueReasonKind
{
    /// <summary>
    /// The unit shown did not exist in the year and was formed from an old unit that was split between several new units
    /// (a <c>partial</c> contribution): that unit's data cannot be apportioned, so nothing is carried over.
    /// </summary>
    SplitPredecessor,

    /// <summary>The unit shown did not exist in the year and no recorded change says what it was formed from.</summary>
    FormedLater,

    /// <summary>The unit shown had ended before the year: later data cannot be carried back onto an older map.</summary>
    EndedBefore,

    /// <summary>The code evaluated names no unit on the map asked for, and no unit it went into in full.</summary>
    NotOnMap,

    /// <summary>
    /// A rate is rolled up or carried over from units of which some gave only its value, without numerator and denominator
    /// (<see cref="NoValueReason.Blocking"/> names them): a rate is never the mean of its units' rates, so nothing is combined.
    /// </summary>
    RateWithoutCounts,
}
