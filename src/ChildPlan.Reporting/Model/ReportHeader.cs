using ChildPlan.Reporting.Localization;

namespace ChildPlan.Reporting.Model;

/// <summary>The two-column header of an administrative document (Decree 30/2020/NĐ-CP, Appendix I).</summary>
public sealed record ReportHeader
{
    /// <summary>The parent agency, upright capitals (<c>UBND TỈNH ĐIỆN BIÊN</c>), or <see langword="null"/>.</summary>
    public string? ParentAgency { get; init; }

    /// <summary>The issuing agency, bold capitals (<c>SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI</c>).</summary>
    public required string IssuingAgency { get; init; }

    /// <summary>The number line (<c>Số:      /BC-SLĐTBXH</c>).</summary>
    public required string Number { get; init; }

    /// <summary>The place-date line (<c>Điện Biên, ngày 05 tháng 12 năm 2025</c>).</summary>
    public required string PlaceDate { get; init; }

    /// <summary>The national name, always <c>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</c>.</summary>
    public string Nation { get; init; } = ReportText.Nation;

    /// <summary>The motto, always <c>Độc lập - Tự do - Hạnh phúc</c>.</summary>
    public string Motto { get; init; } = ReportText.Motto;
}
