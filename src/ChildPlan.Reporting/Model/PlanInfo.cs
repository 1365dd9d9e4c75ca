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

    /// <summary>What the document is about, as a sentence continues after "về" (<c>triển khai thực hiện các mục tiêu …</c>).</summary>
    public required string Subject { get; init; }

    /// <summary>
    /// Whether the plan is taken from a part of its document rather than being its subject (the 2013–2020 review in
    /// Part 1 of the decision issuing the 2021–2030 programme): reports then cite the document as their basis (Căn cứ),
    /// not as the plan they carry out (Thực hiện).
    /// </summary>
    public required bool IsPart { get; init; }

    /// <summary>The plan as a sentence names it (<c>Chương trình hành động vì trẻ em tỉnh Điện Biên, giai đoạn 2013-2020</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Years (<c>2021–2030</c>).</summary>
    public required string Years { get; init; }

    /// <summary>The issuer.</summary>
    public required string Issuer { get; init; }

    /// <summary>Whether the plan has any indicator to score.</summary>
    public required bool HasIndicators { get; init; }
}
