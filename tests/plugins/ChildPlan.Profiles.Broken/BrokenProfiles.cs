namespace ChildPlan.Profiles.Broken;

/// <summary>A profile whose embedded plan file is invalid.</summary>
public sealed class BadPlanProfile() : EmbeddedProfile("bad-plan", "Hỏng", "bad/");

/// <summary>A profile whose constructor throws.</summary>
public sealed class ThrowingProfile : EmbeddedProfile
{
    public ThrowingProfile()
        : base("throwing", "Ném")
    {
        throw new InvalidOperationException("registration failed on purpose");
    }
}

/// <summary>A profile that takes the id of an installed one.</summary>
public sealed class DuplicateProfile() : EmbeddedProfile("dien-bien", "Trùng", "none/");

/// <summary>A profile whose content throws an exception no loader expects.</summary>
public sealed class GetterThrowsProfile : IChildPlanProfile
{
    public string Id => "getter-throws";

    public string Name => "Lỗi";

    public IReadOnlyList<Plan> Plans => throw new NotSupportedException("plans are not supported here");

    public IReadOnlyList<AdministrativeUnit> Units => [];

    public IReadOnlyList<ProfileDataset> Datasets => [];
}
