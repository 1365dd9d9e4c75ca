namespace ChildPlan;

/// <summary>The administrative document that issues a plan (Kế hoạch, Quyết định, …).</summary>
public sealed record PlanDocument
{
    /// <summary>Kind of document as abbreviated in its symbol: <c>KH</c>, <c>QĐ</c>, <c>CT</c>, <c>NQ</c>, <c>BC</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The document number, or <see langword="null"/> where the document leaves it blank.</summary>
    public string? Number { get; init; }

    /// <summary>Number and symbol as written (<c>333/QĐ-UBND</c>, <c>/KH-UBND</c>), or <see langword="null"/> where the text has no "Số:" line.</summary>
    public string? Symbol { get; init; }

    /// <summary>The document's own title (trích yếu).</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The part of the document the plan is taken from, as the document heads it (<c>Phần thứ nhất</c>), when the plan is not
    /// the document's subject (a review of an earlier programme inside the document issuing the next); else <see langword="null"/>.
    /// </summary>
    public string? Part { get; init; }

    /// <summary>The issuing agency (<c>UBND tỉnh Điện Biên</c>).</summary>
    public required string Issuer { get; init; }

    /// <summary>The issuer's parent agency shown above it in the header, if any.</summary>
    public string? ParentIssuer { get; init; }

    /// <summary>The place written on the place-date line (<c>Điện Biên</c>), or <see langword="null"/> where the text has none.</summary>
    public string? Place { get; init; }

    /// <summary>Date of issue (the day may be blank), or <see langword="null"/> where the text has no place-date line.</summary>
    public DocumentDate? Issued { get; init; }

    /// <summary>The signature block, where the document has one.</summary>
    public Signer? Signer { get; init; }

    /// <summary>Legal bases (Căn cứ …) as written.</summary>
    public IReadOnlyList<string> LegalBases { get; init; } = [];

    /// <summary>Recipients (Nơi nhận) as written.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>File name of the source text the plan was encoded from, if any.</summary>
    public string? File { get; init; }

    /// <summary>How items cite this document: its symbol, or its title (or issuer) where it has no symbol.</summary>
    public string Citation => Symbol ?? Title ?? Issuer;
}
