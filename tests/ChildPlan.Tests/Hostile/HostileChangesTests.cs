using ChildPlan.Formats;
using ChildPlan.Indicators;
using NodaTime;

namespace ChildPlan.Tests.Hostile;

/// <summary>Units and changes that contradict each other are refused with the unit or the change's JSON path.</summary>
public sealed class HostileChangesTests
{
    private static readonly AdministrativeUnit[] Units =
    [
        new("P", "Tỉnh Thử", AdministrativeLevel.Province, null),
        new("D", "Huyện Thử", AdministrativeLevel.District, "P") { ValidTo = new LocalDate(2025, 6, 30) },
        new("C1", "Xã Một", AdministrativeLevel.Commune, "D") { ValidTo = new LocalDate(2025, 6, 30) },
        new("C2", "Xã Hai", AdministrativeLevel.Commune, "D") { ValidTo = new LocalDate(2025, 6, 30) },
    ];

    private static AdministrativeChanges Changes(string units) =>
        ChangesFile.Parse($$"""{ "format": "childplan.changes/2", "units": [ {{units}} ] }""");

    [Fact]
    public void Two_units_holding_one_code_on_the_same_days_are_refused_naming_the_code()
    {
        AdministrativeUnit[] units = [.. Units, new("C1", "Phường Mới", AdministrativeLevel.Commune, "P") { ValidFrom = new LocalDate(2025, 6, 1) }];

        var e = Assert.Throws<ChildPlanInputException>(() => new AdministrativeHierarchy(units));

        Assert.Equal("unit 'C1': the code is held by two units on the same days (Xã Một, Phường Mới); units sharing a code need validity that does not overlap.", e.Message);
    }

    [Fact]
    public void A_change_from_an_unknown_unit_is_located_at_its_json_path()
    {
        var changes = Changes("""{ "effective": "2025-07-01", "successor": { "code": "C1", "name": "Xã Mới", "level": "commune", "parent": "P" }, "from": [ { "code": "C1", "share": "full" }, { "code": "ZZ", "share": "full" } ], "basis": "NQ 1" }""");

        var problem = Assert.Single(changes.Check(Units));

        Assert.Equal("changes.json: $.units[0]: the old unit 'ZZ' is not among the units on 2025-06-30, the day before the change.", problem.ToString());
    }

    [Fact]
    public void A_province_going_into_a_commune_is_refused_at_the_change()
    {
        var changes = Changes("""{ "effective": "2025-07-01", "successor": { "code": "C9", "name": "Xã Mới", "level": "commune", "parent": "P" }, "from": [ { "code": "P", "share": "full" } ], "basis": "NQ 1" }""");

        var e = Assert.Throws<ChildPlanInputException>(() => new AdministrativeHierarchy(Units, changes));

        Assert.Equal("changes.json: $.units[0]: the province 'P' cannot go into 'C9', a commune: a province goes into a province.", e.Message);
    }

    [Fact]
    public void A_commune_placed_under_a_commune_is_refused_at_the_change()
    {
        var changes = Changes("""{ "effective": "2025-07-01", "successor": { "code": "C9", "name": "Xã Mới", "level": "commune", "parent": "C0" }, "from": [ { "code": "C1", "share": "full" } ], "basis": "NQ 1" }""");
        AdministrativeUnit[] units = [.. Units, new("C0", "Xã Khác", AdministrativeLevel.Commune, "P")];

        var e = Assert.Throws<ChildPlanInputException>(() => new AdministrativeHierarchy(units, changes));

        Assert.Equal("changes.json: $.units[0]: 'C9' (commune) is placed under 'C0' (commune), which is not a level above it.", e.Message);
    }

    [Fact]
    public void A_unit_that_went_in_full_into_two_units_is_refused_at_the_second_change()
    {
        var changes = Changes("""
            { "effective": "2025-07-01", "successor": { "code": "C1", "name": "Xã Mới", "level": "commune", "parent": "P" }, "from": [ { "code": "C1", "share": "full" } ], "basis": "NQ 1" },
            { "effective": "2025-07-01", "successor": { "code": "C2", "name": "Xã Mới Hai", "level": "commune", "parent": "P" }, "from": [ { "code": "C1", "share": "full" }, { "code": "C2", "share": "full" } ], "basis": "NQ 1" }
            """);

        var e = Assert.Throws<ChildPlanInputException>(() => new AdministrativeHierarchy(Units, changes));

        Assert.StartsWith("changes.json: $.units[1]: the old unit 'C1' went in full into 'C1' already (changes.json: $.units[0])", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "effective": "2025-07-01", "successor": { "code": "C1", "name": "X", "level": "commune" }, "from": [ { "code": "C1", "share": "half" } ], "basis": "NQ" }""", "changes.json: $.units[0].from[0].share:")]
    [InlineData("""{ "effective": "2025-07-01", "successor": { "code": "C1", "name": "X", "level": "commune" }, "from": [], "basis": "NQ" }""", "changes.json: $.units[0].from: expected at least one old unit.")]
    [InlineData("""{ "effective": "2025-07-01", "successor": { "code": "C1", "name": "X", "level": "commune" }, "basis": "NQ" }""", "changes.json: $.units[0].from: is required.")]
    [InlineData("""{ "effective": "2025-07-01", "successor": { "code": "C1", "name": "X", "level": "commune" }, "from": [ { "code": "C1", "share": "full" }, { "code": "C1", "share": "partial" } ], "basis": "NQ" }""", "changes.json: $.units[0].from: old unit 'C1' is listed twice.")]
    [InlineData("""{ "code": "C1", "effective": "2025-07-01", "successor": { "code": "C1", "name": "X", "level": "commune" }, "from": [], "basis": "NQ" }""", "changes.json: $.units[0].code: unknown property")]
    public void A_bad_unit_change_is_refused_with_its_json_path(string change, string expected)
    {
        var e = Assert.Throws<ChildPlanInputException>(() => Changes(change));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_1_change_reads_as_one_old_unit_that_went_in_full()
    {
        var changes = ChangesFile.Parse("""{ "format": "childplan.changes/1", "units": [ { "code": "D", "effective": "2025-07-01", "successor": { "code": "P", "name": "Tỉnh Thử", "level": "province" }, "basis": "Luật" } ] }""");

        Assert.Equal([new UnitContribution("D", UnitShare.Full)], changes.Units.Single().From);
        Assert.Null(changes.Units.Single().Clause);
    }

    [Fact]
    public void A_units_file_with_a_reused_code_is_written_and_read_back_the_same()
    {
        AdministrativeUnit[] units =
        [
            new("11", "Tỉnh Điện Biên", AdministrativeLevel.Province, null),
            new("03127", "Phường Him Lam", AdministrativeLevel.Commune, "11") { ValidTo = new LocalDate(2025, 6, 30) },
            new("03127", "Phường Điện Biên Phủ", AdministrativeLevel.Commune, "11") { ValidFrom = new LocalDate(2025, 7, 1) },
            new("9", "Xã \"Dấu, phẩy\"", AdministrativeLevel.Commune, "11"),
        ];
        var text = new StringWriter();

        AdministrativeUnitFile.Write(text, units);

        Assert.Equal(units, AdministrativeUnitFile.Read(new StringReader(text.ToString()), "units.csv"));
    }

    [Theory]
    [InlineData("dien-bien")]
    [InlineData("hai-duong")]
    [InlineData("tay-ninh")]
    [InlineData("thua-thien-hue")]
    public void A_profiles_changes_are_written_out_and_read_back_the_same(string id)
    {
        ChildPlan.Profiles.IChildPlanProfile profile = id switch
        {
            "dien-bien" => new ChildPlan.Profiles.DienBien.DienBienProfile(),
            "hai-duong" => new ChildPlan.Profiles.HaiDuong.HaiDuongProfile(),
            "tay-ninh" => new ChildPlan.Profiles.TayNinh.TayNinhProfile(),
            _ => new ChildPlan.Profiles.ThuaThienHue.ThuaThienHueProfile(),
        };
        static byte[] Written(AdministrativeChanges changes)
        {
            using var stream = new MemoryStream();
            ChangesFile.Write(changes, stream);
            return stream.ToArray();
        }

        var once = Written(profile.Changes);
        var again = ChangesFile.Read(new MemoryStream(once), "changes.json");

        Assert.Equal(once, Written(again));
        Assert.Equal(profile.Changes.Units.Count, again.Units.Count);
        Assert.Equal(profile.Changes.Units.SelectMany(u => u.From), again.Units.SelectMany(u => u.From));
        Assert.Equal(profile.Changes.Units.Select(u => (u.Successor, u.Effective, u.Basis, u.Clause, u.Note)), again.Units.Select(u => (u.Successor, u.Effective, u.Basis, u.Clause, u.Note)));
        Assert.Equal(profile.Changes.Agencies.Select(a => (a.AgencyId, a.Effective, a.SuccessorName, a.SuccessorId, a.Basis, a.Note, string.Join(",", a.PlanIds))), again.Agencies.Select(a => (a.AgencyId, a.Effective, a.SuccessorName, a.SuccessorId, a.Basis, a.Note, string.Join(",", a.PlanIds))));
    }
}
