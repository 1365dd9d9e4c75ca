namespace ChildPlan.Indicators;

/// <summary>
/// Why a result has no value on the map it is shown on (no data status with a reason): the engine gives the facts,
/// reports and the command line give the words.
/// </summary>
/// <param name="Kind">What prevents a value.</param>
/// <param name="Unit">The unit that has no value (the one shown, or a unit it was formed from).</param>
/// <param name="Blocking">
/// The units that prevent it: for <see cref="NoValueReasonKind.SplitPredecessor"/> the old units that were split; for
/// <see cref="NoValueReasonKind.RateWithoutCounts"/> the units that gave a rate as a value only; otherwise empty.
/// </param>
public sealed record NoValueReason(NoValueReasonKind Kind, AdministrativeUnit Unit, IReadOnlyList<AdministrativeUnit> Blocking);
