namespace ChildPlan.Profiles.HaiDuong;

/// <summary>
/// The Tỉnh Hải Dương profile (<c>hai-duong</c>). Its plans are embedded plan files (Plans/*.plan.json), each item
/// with the section of the source document it comes from; see the package README.
/// </summary>
public sealed class HaiDuongProfile : EmbeddedProfile
{
    /// <summary>The profile id.</summary>
    public const string ProfileId = "hai-duong";

    /// <summary>Creates the profile; its plans are loaded and validated on first use.</summary>
    public HaiDuongProfile()
        : base(ProfileId, "Tỉnh Hải Dương")
    {
    }
}
