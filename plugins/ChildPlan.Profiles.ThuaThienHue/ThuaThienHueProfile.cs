namespace ChildPlan.Profiles.ThuaThienHue;

/// <summary>
/// The Tỉnh Thừa Thiên Huế profile (<c>thua-thien-hue</c>). Its plans are embedded plan files (Plans/*.plan.json), each item
/// with the section of the source document it comes from; see the package README.
/// </summary>
public sealed class ThuaThienHueProfile : EmbeddedProfile
{
    /// <summary>The profile id.</summary>
    public const string ProfileId = "thua-thien-hue";

    /// <summary>Creates the profile; its plans are loaded and validated on first use.</summary>
    public ThuaThienHueProfile()
        : base(ProfileId, "Tỉnh Thừa Thiên Huế")
    {
    }
}
