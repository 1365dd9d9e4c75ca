using System.Collections.Frozen;

namespace ChildPlan;

/// <summary>
/// A lookup by id over one of a record's lists, built on first use and rebuilt when the record (through <c>with</c>) holds
/// another list. It takes no part in the record's equality or hash code: two plans are equal whether or not either was
/// searched.
/// </summary>
/// <typeparam name="T">The items looked up.</typeparam>
internal struct IdLookup<T> : IEquatable<IdLookup<T>>
    where T : class
{
    private Built? built;

    /// <summary>
    /// The first item of <paramref name="items"/> whose <paramref name="key"/> is <paramref name="id"/> (ordinal), as
    /// <c>items.FirstOrDefault(i =&gt; key(i) == id)</c> would find it.
    /// </summary>
    public static T? Find(ref IdLookup<T> lookup, IReadOnlyList<T> items, string id, Func<T, string> key)
    {
        if (id is null)
        {
            return items.FirstOrDefault(i => key(i) is null);
        }

        var current = lookup.built;
        if (current is null || !ReferenceEquals(current.Items, items) || current.Count != items.Count)
        {
            current = new Built(items, key);
            lookup.built = current;
        }

        return current.Map.GetValueOrDefault(id);
    }

    /// <inheritdoc />
    public readonly bool Equals(IdLookup<T> other) => true;

    /// <inheritdoc />
    public override readonly bool Equals(object? obj) => obj is IdLookup<T>;

    /// <inheritdoc />
    public override readonly int GetHashCode() => 0;

    private sealed class Built
    {
        public Built(IReadOnlyList<T> items, Func<T, string> key)
        {
            Items = items;
            Count = items.Count;
            var map = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (item is not null && key(item) is { } id)
                {
                    map.TryAdd(id, item);
                }
            }

            Map = map.ToFrozenDictionary(StringComparer.Ordinal);
        }

        public IReadOnlyList<T> Items { get; }

        public int Count { get; }

        public FrozenDictionary<string, T> Map { get; }
    }
}
