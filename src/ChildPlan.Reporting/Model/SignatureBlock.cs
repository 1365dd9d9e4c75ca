using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting.Model;

/// <summary>The signature block.</summary>
public sealed record SignatureBlock
{
    /// <summary><c>TM. ỦY BAN NHÂN DÂN</c>, or empty.</summary>
    public required string Authority { get; init; }

    /// <summary><c>KT. GIÁM ĐỐC</c>, or empty.</summary>
    public required string Capacity { get; init; }

    /// <summary><c>PHÓ GIÁM ĐỐC</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The signer's name, or empty for a draft.</summary>
    public required string Name { get; init; }
}
