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

/// <summary>A profile whose Id getter throws: every other profile, and every command, must keep working.</summary>
public sealed class IdThrowsProfile : IChildPlanProfile
{
    public string Id => throw new InvalidOperationException("no id on purpose");

    public string Name => "Không mã";

    public IReadOnlyList<Plan> Plans => [];

    public IReadOnlyList<AdministrativeUnit> Units => [];

    public IReadOnlyList<ProfileDataset> Datasets => [];
}

/// <summary>A profile whose Plans is null.</summary>
public sealed class NullPlansProfile : IChildPlanProfile
{
    public string Id => "null-plans";

    public string Name => "Không kế hoạch";

    public IReadOnlyList<Plan> Plans => null!;

    public IReadOnlyList<AdministrativeUnit> Units => [];

    public IReadOnlyList<ProfileDataset> Datasets => [];
}

/// <summary>A profile whose Id and Name are null.</summary>
public sealed class NullIdProfile : IChildPlanProfile
{
    public string Id => null!;

    public string Name => null!;

    public IReadOnlyList<Plan> Plans => [];

    public IReadOnlyList<AdministrativeUnit> Units => [];

    public IReadOnlyList<ProfileDataset> Datasets => [];
}

/// <summary>A profile whose units hold a null entry and whose Changes is null.</summary>
public sealed class NullEntriesProfile : IChildPlanProfile
{
    public string Id => "null-entries";

    public string Name => "Mục rỗng";

    public IReadOnlyList<Plan> Plans => [];

    public IReadOnlyList<AdministrativeUnit> Units => [null!];

    public IReadOnlyList<ProfileDataset> Datasets => [];
}

/// <summary>A profile whose Changes is null.</summary>
public sealed class NullChangesProfile : IChildPlanProfile
{
    public string Id => "null-changes";

    public string Name => "Không thay đổi";

    public IReadOnlyList<Plan> Plans => [];

    public IReadOnlyList<AdministrativeUnit> Units => [];

    public IReadOnlyList<ProfileDataset> Datasets => [];

    public AdministrativeChanges Changes => null!;
}
