using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Reporting.Model;

/// <summary>The plan, as reports cite it.</summary>
public sealed record PlanInfo
{
    /// <summary>Plan id.</summary>
    public required string Id { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>How the plan's document is cited (<c>Quyết định số 333/QĐ-UBND ngày 15/3/2021 của UBND tỉnh Điện Biên</c>).</summary>
    public required string Citation { get; init; }

    /// <summary>Years (<c>2021–2030</c>).</summary>
    public required string Years { get; init; }

    /// <summary>The issuer.</summary>
    public required string Issuer { get; init; }

    /// <summary>Whether the plan has any indicator to score.</summary>
    public required bool HasIndicators { get; init; }
}
