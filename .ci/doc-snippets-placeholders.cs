// Names the docs use for the reader's own code, compiled by .ci/doc-snippets with every C# block of the docs and
// package READMEs: the profile a plugin author writes (MyProvinceProfile in a package README, QuangNinhProfile in
// docs/authoring-a-profile.md, the plugin the template creates). Only their names and types matter.
using ChildPlan;
using ChildPlan.Profiles;

internal sealed class MyProvinceProfile : IChildPlanProfile
{
    public string Id => "my-province";

    public string Name => "My province";

    public IReadOnlyList<Plan> Plans => [];

    public IReadOnlyList<AdministrativeUnit> Units => [];

    public IReadOnlyList<ProfileDataset> Datasets => [];
}

internal sealed class QuangNinhProfile : IChildPlanProfile
{
    public string Id => "quang-ninh";

    public string Name => "Quang Ninh";

    public IReadOnlyList<Plan> Plans => [];

    public IReadOnlyList<AdministrativeUnit> Units => [];

    public IReadOnlyList<ProfileDataset> Datasets => [];
}
