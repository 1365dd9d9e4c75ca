namespace ChildPlan.Benchmarks.Data;

/// <summary>Small adapters between the collection interfaces the library and the benchmarks use.</summary>
public static class Collections
{
    /// <summary>The list as a read-only collection (a list is one; this only states it).</summary>
    public static IReadOnlyCollection<T> AsCollection<T>(this IReadOnlyList<T> list) => list;
}
