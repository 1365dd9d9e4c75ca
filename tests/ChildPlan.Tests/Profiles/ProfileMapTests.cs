using ChildPlan.Indicators;
using ChildPlan.Profiles;
using NodaTime;

namespace ChildPlan.Tests.Profiles;

/// <summary>
/// Each profile's units cover its province on both maps, pinned to the admin-units reference: units-2025-03-01.csv (the
/// national list on 01/03/2025), units-2025-07-01.csv and communes-2025-07-01-from.csv (Nghị quyết 1661, 1669, 1675,
/// 1682/NQ-UBTVQH15). Regenerate with tools/admin-units/generate.py.
/// </summary>
public sealed class ProfileMapTests
{
    private static readonly LocalDate OldMap = new(2025, 3, 1);
    private static readonly LocalDate NewMap = new(2025, 7, 1);

    private static IChildPlanProfile Profile(string id) => id switch
    {
        "dien-bien" => new ChildPlan.Profiles.DienBien.DienBienProfile(),
        "thua-thien-hue" => new ChildPlan.Profiles.ThuaThienHue.ThuaThienHueProfile(),
        "hai-duong" => new ChildPlan.Profiles.HaiDuong.HaiDuongProfile(),
        _ => new ChildPlan.Profiles.TayNinh.TayNinhProfile(),
    };

    [Theory]
    [InlineData("dien-bien", "11", 10, 129, "11", "Tỉnh Điện Biên", 45)]
    [InlineData("thua-thien-hue", "46", 9, 134, "46", "Thành phố Huế", 40)]
    [InlineData("hai-duong", "30", 12, 207, "31", "Thành phố Hải Phòng", 64)]
    [InlineData("tay-ninh", "72", 9, 94, "80", "Tỉnh Tây Ninh", 36)]
    public void Every_district_and_commune_of_the_province_is_on_both_maps(string id, string province, int districts, int communes, string successor, string successorName, int newCommunes)
    {
        var map = new AdministrativeHierarchy(Profile(id).Units, Profile(id).Changes);

        var oldDistricts = map.ChildrenOn(province, OldMap).ToList();
        Assert.Equal(districts, oldDistricts.Count);
        Assert.All(oldDistricts, d => Assert.Equal((AdministrativeLevel.District, (LocalDate?)new LocalDate(2025, 6, 30)), (d.Level, d.ValidTo)));
        Assert.Equal(communes, oldDistricts.Sum(d => map.ChildrenOn(d.Code, OldMap).Count()));
        Assert.Equal(successorName, map.Find(successor, NewMap)!.Name);
        var formed = map.ChildrenOn(successor, NewMap).ToList();
        Assert.Equal(newCommunes, formed.Count);
        Assert.All(formed, c => Assert.Equal((AdministrativeLevel.Commune, (LocalDate?)NewMap), (c.Level, c.ValidFrom)));
        Assert.All(formed, c => Assert.NotEmpty(map.PredecessorsOf(c)));
        Assert.Empty(Profile(id).Changes.Check(Profile(id).Units));
    }

    // Khoản 44 Điều 1 Nghị quyết 1661/NQ-UBTVQH15; Luật Tổ chức chính quyền địa phương số 72/2025/QH15 (preamble of 1661).
    [Fact]
    public void Dien_Bien_records_Phuong_Dien_Bien_Phu_formed_in_full_from_six_communes_under_clause_44_of_1661()
    {
        var changes = Profile("dien-bien").Changes;

        var change = Assert.Single(changes.Units, c => c.Successor.Code == "03127");
        Assert.Equal("Phường Điện Biên Phủ", change.Successor.Name);
        Assert.Equal(["03127", "03130", "03133", "03136", "03142", "03145"], change.From.Select(f => f.Code));
        Assert.True(change.IsWhole);
        Assert.Equal("Nghị quyết 1661/NQ-UBTVQH15", change.Basis);
        Assert.Equal("Khoản 44 Điều 1: Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các phường Him Lam, Tân Thanh, Mường Thanh, Thanh Bình, Thanh Trường và xã Thanh Minh thành phường mới có tên gọi là phường Điện Biên Phủ.", change.Clause);
        Assert.Equal(new LocalDate(2025, 7, 1), change.Effective);
        var districts = Assert.Single(changes.Units, c => c.From.Any(f => f.Code == "099"));
        Assert.Equal(("11", "Luật Tổ chức chính quyền địa phương số 72/2025/QH15", 10), (districts.Successor.Code, districts.Basis, districts.From.Count));
        Assert.All(changes.Units.Where(c => c.Successor.Level == AdministrativeLevel.Commune), c => Assert.Equal("Nghị quyết 1661/NQ-UBTVQH15", c.Basis));
    }

    // communes-2025-07-01-from.csv: old phường Trần Phú (10528, Thành phố Hải Dương) was split between phường Lê Thanh
    // Nghị (khoản 26) and phường Tân Hưng (khoản 30) of Nghị quyết 1669/NQ-UBTVQH15.
    [Fact]
    public void Hai_Duong_records_a_commune_split_between_two_new_ones_as_partial_in_both()
    {
        var changes = Profile("hai-duong").Changes;

        var into = changes.Units.Where(c => c.From.Any(f => f.Code == "10528")).ToList();

        Assert.Equal(["10532", "10537"], into.Select(c => c.Successor.Code).Order(StringComparer.Ordinal));
        Assert.All(into, c => Assert.Equal(UnitShare.Partial, c.From.Single(f => f.Code == "10528").Share));
        Assert.All(into, c => Assert.Equal("Nghị quyết 1669/NQ-UBTVQH15", c.Basis));
        Assert.Null(changes.UnitOn("10528", new LocalDate(2025, 7, 1)));
    }

    [Theory]
    [InlineData("dien-bien")]
    [InlineData("thua-thien-hue")]
    [InlineData("hai-duong")]
    [InlineData("tay-ninh")]
    public void Names_are_official_names_only(string id)
    {
        var profile = Profile(id);

        Assert.All(profile.Units, u => Assert.DoesNotContain("(", u.Name, StringComparison.Ordinal));
        Assert.All(profile.Changes.Units, c => Assert.DoesNotContain("(", c.Successor.Name, StringComparison.Ordinal));
    }
}
