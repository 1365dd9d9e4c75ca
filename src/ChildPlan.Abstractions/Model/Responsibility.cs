namespace ChildPlan;

/// <summary>
/// Who leads (chủ trì) and who coordinates (phối hợp) an indicator or a task. A document may give one item
/// several leads (Điện Biên's chỉ tiêu 16: Sở Lao động - Thương binh và Xã hội under IV.1 and Công an tỉnh under
/// IV.3 both "chủ trì").
/// </summary>
/// <param name="Leads">Agency ids of the leads, in document order; empty where the document names none.</param>
/// <param name="Support">Agency ids of the coordinating agencies.</param>
public sealed record Responsibility(IReadOnlyList<string> Leads, IReadOnlyList<string> Support)
{
    /// <summary>No agency assigned.</summary>
    public static Responsibility None { get; } = new([], []);

    /// <summary>Whether <paramref name="agencyId"/> is one of the leads.</summary>
    public bool IsLead(string agencyId) => Leads.Contains(agencyId, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="agencyId"/> coordinates.</summary>
    public bool IsSupport(string agencyId) => Support.Contains(agencyId, StringComparer.Ordinal);

    /// <summary>Whether any agency is assigned.</summary>
    public bool IsAssigned => Leads.Count > 0 || Support.Count > 0;
}
