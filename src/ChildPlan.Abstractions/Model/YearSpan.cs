namespace ChildPlan;

/// <summary>An inclusive span of calendar years (<c>2021–2030</c>).</summary>
public readonly record struct YearSpan
{
    /// <summary>Creates a span; <paramref name="from"/> must not be after <paramref name="to"/>.</summary>
    public YearSpan(int from, int to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), $"The span ends ({to}) before it starts ({from}).");
        }

        From = from;
        To = to;
    }

    /// <summary>First year.</summary>
    public int From { get; }

    /// <summary>Last year (inclusive).</summary>
    public int To { get; }

    /// <summary>Whether <paramref name="year"/> lies inside the span.</summary>
    public bool Contains(int year) => year >= From && year <= To;

    /// <inheritdoc />
    public override string ToString() => From == To ? $"{From}" : $"{From}–{To}";
}
