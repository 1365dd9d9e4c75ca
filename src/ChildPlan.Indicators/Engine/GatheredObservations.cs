using System.Collections;

namespace ChildPlan.Indicators;

/// <summary>
/// The observations a rolled-up value rests on, gathered the first time they are read: a province's value rests on every
/// commune's row, and copying them for each result (and each level below it) is what a roll-up would otherwise spend most on.
/// </summary>
internal sealed class GatheredObservations(Func<List<Observation>> gather) : IReadOnlyList<Observation>
{
    private Observation[]? items;

    /// <inheritdoc />
    public int Count => Items.Length;

    private Observation[] Items => LazyInitializer.EnsureInitialized(ref items, () => [.. gather()]);

    /// <inheritdoc />
    public Observation this[int index] => Items[index];

    /// <inheritdoc />
    public IEnumerator<Observation> GetEnumerator() => ((IEnumerable<Observation>)Items).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
