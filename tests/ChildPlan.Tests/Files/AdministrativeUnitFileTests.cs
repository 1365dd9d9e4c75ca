using ChildPlan.Formats;

namespace ChildPlan.Tests.Files;

public sealed class AdministrativeUnitFileTests
{
    [Fact]
    public void Codes_keep_their_leading_zeros_and_parents_link_units()
    {
        var units = AdministrativeUnitFile.Read(new StringReader("code,name,level,parent\n11,Tỉnh Điện Biên,province,\n099,Huyện Tuần Giáo,district,11\n"), "units.csv");

        Assert.Equal(new AdministrativeUnit("099", "Huyện Tuần Giáo", AdministrativeLevel.District, "11"), units[1]);
        Assert.Null(units[0].ParentCode);
    }

    [Theory]
    [InlineData("code,name,level,parent\n11,Tỉnh,region,\n", "units.csv:2: level 'region' is not one of province, district, commune.")]
    [InlineData("code,name,level,parent\n099,Huyện,district,11\n", "units.csv:2: parent '11' of unit '099' is not in the file.")]
    [InlineData("code,name,level,parent\n11,A,province,\n11,B,province,\n", "units.csv:3: code '11' is also held by the unit at line 2 (A) on days this unit is valid; rows sharing a code need valid_to and valid_from that do not overlap.")]
    [InlineData("code,name,level,parent,valid_from,valid_to\n11,A,province,,,2025-06-30\n11,B,province,,2025-06-30,\n", "units.csv:3: code '11' is also held by the unit at line 2 (A) on days this unit is valid; rows sharing a code need valid_to and valid_from that do not overlap.")]
    [InlineData("code,name,level,parent,valid_from,valid_to\n11,A,province,,2025-07-01,2025-06-30\n", "units.csv:2: unit '11' ends (2025-06-30) before it begins (2025-07-01).")]
    public void Bad_units_files_are_refused_with_the_line(string content, string expected)
    {
        var e = Assert.Throws<ChildPlanInputException>(() => AdministrativeUnitFile.Read(new StringReader(content), "units.csv"));

        Assert.Equal(expected, e.Message);
    }
}
