namespace ChildPlan;

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

    /// <summary>A ministry (Bộ) of the central government.</summary>
    Ministry,
}
