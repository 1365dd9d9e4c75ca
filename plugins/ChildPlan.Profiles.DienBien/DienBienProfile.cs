namespace ChildPlan.Profiles.DienBien;

/// <summary>
/// The Điện Biên profile: the provincial Programme of Action for Children 2021–2030
/// (<c>ctht-2021-2030</c>, Quyết định 333/QĐ-UBND of 15/3/2021), the reviewed 2013–2020 programme
/// with the results the review reports (<c>ctht-2013-2020</c>, Part 1 of the same decision), and
/// the Tuần Giáo district plan for child protection and participation 2021–2025
/// (<c>tuan-giao-2021-2025</c>). Administrative units: the province (11) and Tuần Giáo district (099).
/// </summary>
public sealed class DienBienProfile : EmbeddedProfile
{
    /// <summary>The profile id.</summary>
    public const string ProfileId = "dien-bien";

    /// <summary>Creates the profile; its plans are loaded and validated on first use.</summary>
    public DienBienProfile()
        : base(ProfileId, "Tỉnh Điện Biên")
    {
    }
}
