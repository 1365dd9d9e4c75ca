namespace ChildPlan;

/// <summary>An agency the plan assigns work to, with its duties as the document lists them.</summary>
public sealed record Agency
{
    /// <summary>Id unique within the plan (<c>so-y-te</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The number of the section assigning the agency's duties, if any.</summary>
    public string? Number { get; init; }

    /// <summary>The agency's name as the document writes it.</summary>
    public required string Name { get; init; }

    /// <summary>Its level.</summary>
    public required AgencyLevel Level { get; init; }

    /// <summary>Its kind.</summary>
    public required AgencyKind Kind { get; init; }

    /// <summary>Whether the plan requests ("Đề nghị") rather than instructs it.</summary>
    public bool Requested { get; init; }

    /// <summary>Duties as the document lists them.</summary>
    public IReadOnlyList<string> Duties { get; init; } = [];

    /// <summary>Where the agency's duties are stated.</summary>
    public required SourceReference Source { get; init; }
}
