namespace ChildPlan.Profiles.TayNinh;

/// <summary>
/// The Tỉnh Tây Ninh profile (<c>tay-ninh</c>). Its plans are embedded plan files (Plans/*.plan.json), each item
/// with the section of the source document it comes from; see the package README.
/// </summary>
public sealed class TayNinhProfile : EmbeddedProfile
{
    /// <summary>The profile id.</summary>
    public const string ProfileId = "tay-ninh";

    /// <summary>Creates the profile; its plans are loaded and validated on first use.</summary>
    public TayNinhProfile()
        : base(ProfileId, "Tỉnh Tây Ninh")
    {
    }
}
