namespace ChildPlan.Profiles.Sample;

/// <summary>
/// The SAMPLE_UNIT_TITLE SAMPLE_PROVINCE_NAME profile (<c>sample-province</c>). Its plans are the plan files embedded from
/// Plans/*.plan.json, each item with the section of the source document it comes from, and its
/// administrative units are Data/units.csv; see README.md.
/// </summary>
public sealed class SampleProvinceProfile : EmbeddedProfile
{
    /// <summary>The profile id.</summary>
    public const string ProfileId = "sample-province";

    /// <summary>Creates the profile; its plans are loaded and validated on first use.</summary>
    public SampleProvinceProfile()
        : base(ProfileId, "SAMPLE_UNIT_TITLE SAMPLE_PROVINCE_NAME")
    {
    }
}
