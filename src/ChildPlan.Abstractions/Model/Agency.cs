namespace ChildPlan;

/// <summary>The administrative level of an agency.</summary>
public enum AgencyLevel
{
    /// <summary>Province (tỉnh) or centrally-run city.</summary>
    Province,

    /// <summary>District (huyện, thị xã, thành phố thuộc tỉnh).</summary>
    District,

    /// <summary>Commune (xã, phường, thị trấn).</summary>
    Commune,

    /// <summary>An organisation outside the administrative hierarchy (mass organisations, associations).</summary>
    Organisation,
}

/// <summary>What kind of body an agency is.</summary>
public enum AgencyKind
{
    /// <summary>A People's Committee (UBND).</summary>
    PeopleCommittee,

    /// <summary>A provincial department (Sở).</summary>
    Department,

    /// <summary>A district office (Phòng).</summary>
    Office,

    /// <summary>The police (Công an).</summary>
    Police,

    /// <summary>A mass organisation, which a plan requests ("Đề nghị") rather than instructs.</summary>
    MassOrganisation,

    /// <summary>A court or procuracy (Tòa án, Viện kiểm sát).</summary>
    Judicial,

    /// <summary>A public service unit (Trung tâm).</summary>
    ServiceUnit,

    /// <summary>A collective named together ("các Sở, ban, ngành").</summary>
    Group,
}

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

/// <summary>Who leads (chủ trì) and who coordinates (phối hợp) an indicator or a task.</summary>
/// <param name="Lead">Agency id of the lead, or <see langword="null"/> where the document names none.</param>
/// <param name="Support">Agency ids of the coordinating agencies.</param>
public sealed record Responsibility(string? Lead, IReadOnlyList<string> Support)
{
    /// <summary>No agency assigned.</summary>
    public static Responsibility None { get; } = new(null, []);
}
