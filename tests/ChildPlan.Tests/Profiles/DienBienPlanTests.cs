using ChildPlan.Hosting;
using ChildPlan.Indicators;
using ChildPlan.Profiles;
using ChildPlan.Profiles.DienBien;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ChildPlan.Tests.Profiles;

/// <summary>
/// Pins the encoded Điện Biên plans to their source documents. Every expected value below was read
/// off the source text itself; the comment above each group names the document, the section, and
/// the line of the seed file (<c>shared/seeds/…</c>) it comes from:
/// <list type="bullet">
/// <item><c>ctht-2021-2030</c> and <c>ctht-2013-2020</c>: <c>dien-bien-decision-333-2021-program-2021-2030.txt</c>
/// (Quyết định 333/QĐ-UBND; Part 1 section II.3 is the 2013–2020 review, Part 2 the 2021–2030 programme).</item>
/// <item><c>tuan-giao-2021-2025</c>: <c>tuan-giao-district-plan-2021-2025.txt</c>.</item>
/// </list>
/// The plans are obtained the way a host obtains them: registered with <c>AddDienBien()</c> and read
/// from the <see cref="IProfileCatalog"/>.
/// </summary>
public sealed class DienBienPlanTests
{
    private const string ProfileId = "dien-bien";
    private const string ProgrammeId = "ctht-2021-2030";
    private const string ReviewId = "ctht-2013-2020";
    private const string TuanGiaoId = "tuan-giao-2021-2025";

    private static readonly ServiceProvider Services = new ServiceCollection().AddChildPlan(b => b.AddDienBien()).BuildServiceProvider();

    private static IProfileCatalog Catalog => Services.GetRequiredService<IProfileCatalog>();

    private static IChildPlanProfile Profile => Catalog.GetProfile(ProfileId);

    private static Plan Programme => Catalog.GetPlan(ProfileId, ProgrammeId);

    private static Plan Review => Catalog.GetPlan(ProfileId, ReviewId);

    private static Plan TuanGiao => Catalog.GetPlan(ProfileId, TuanGiaoId);

    private static Indicator Numbered(int number) => Programme.Indicators.Single(i => i.Number == number);

    private static Measure MeasureOf(Indicator indicator, string? measureId) =>
        indicator.FindMeasure(measureId) ?? throw new InvalidOperationException($"{indicator.Id} has no measure '{measureId}'.");

    private static int GoalNumber(Plan plan, Indicator indicator) => plan.FindGoal(indicator.GoalId)!.Number!.Value;

    // Indicators of a goal in document order, for plans whose lines the document does not number.
    private static Indicator AtPosition(Plan plan, int goalNumber, int position) =>
        plan.Indicators.Where(i => GoalNumber(plan, i) == goalNumber).ElementAt(position - 1);

    private static void AssertTarget(Measure measure, int year, Comparison op, double value, double? max, int? from)
    {
        var target = Assert.Single(measure.Targets, t => t.Year == year);
        Assert.Equal(op, target.Comparison);
        Assert.Equal((decimal)value, target.Value);
        Assert.Equal((decimal?)max, target.Max);
        Assert.Equal(from, target.FromYear);
    }

    // ------------------------------------------------------------------------------------------
    // The profile as a host sees it
    // ------------------------------------------------------------------------------------------

    [Fact]
    public void Profile_registered_with_AddDienBien_offers_the_three_plans_of_the_two_documents()
    {
        Assert.Equal(new DienBienProfile().Name, Profile.Name); // the catalogue holds a snapshot of the registered profile
        Assert.Equal(
            [ReviewId, ProgrammeId, TuanGiaoId],
            Profile.Plans.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.All(Profile.Plans, p => Assert.Equal(ProfileId, p.ProfileId));
    }

    // Administrative units: Điện Biên province (code 11) and its district Tuần Giáo (code 099).
    // 333/QĐ-UBND covers the province; the Tuần Giáo plan (line 9: "trên địa bàn huyện Tuần Giáo") the district.
    [Fact]
    public void Units_are_province_11_and_Tuan_Giao_district_099_under_it()
    {
        var province = Assert.Single(Profile.Units, u => u.Code == "11");
        Assert.Equal(AdministrativeLevel.Province, province.Level);
        Assert.Null(province.ParentCode);

        var district = Assert.Single(Profile.Units, u => u.Code == "099");
        Assert.Equal(AdministrativeLevel.District, district.Level);
        Assert.Equal("11", district.ParentCode);
        Assert.Equal("Huyện Tuần Giáo", district.Name);
    }

    [Fact]
    public void Provincial_plans_cover_area_11_and_the_Tuan_Giao_plan_covers_area_099()
    {
        Assert.Equal("11", Programme.AreaCode);
        Assert.Equal("11", Review.AreaCode);
        Assert.Equal("099", TuanGiao.AreaCode);
    }

    // ------------------------------------------------------------------------------------------
    // ctht-2021-2030: Quyết định 333/QĐ-UBND, Part 2
    // ------------------------------------------------------------------------------------------

    // Header, seed lines 7-20: "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN", "Số: 333 /QĐ-UBND",
    // "Điện Biên, ngày 15 tháng 3 năm 2021", "QUYẾT ĐỊNH Ban hành Chương trình hành động vì trẻ em
    // tỉnh Điện Biên, giai đoạn 2021-2030".
    [Fact]
    public void Programme_2021_2030_is_decision_333_QD_UBND_issued_on_15_March_2021()
    {
        var document = Programme.Document;

        Assert.Equal("QĐ", document.Kind);
        Assert.Equal("333", document.Number);
        Assert.Equal("333/QĐ-UBND", document.Symbol);
        Assert.Equal(new LocalDate(2021, 3, 15), document.Issued);
        Assert.Equal("UBND tỉnh Điện Biên", document.Issuer);
        Assert.Null(document.ParentIssuer);
        Assert.Equal("Điện Biên", document.Place);
        Assert.Equal("Ban hành Chương trình hành động vì trẻ em tỉnh Điện Biên, giai đoạn 2021-2030", document.Title);
        Assert.Equal(new YearSpan(2021, 2030), Programme.Years);
    }

    // Signature block, seed lines 45-51: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Vũ A Bằng".
    [Fact]
    public void Programme_2021_2030_is_signed_by_Vu_A_Bang_as_vice_chair_for_the_chair()
    {
        Assert.Equal(new Signer("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ A Bằng"), Programme.Document.Signer);
    }

    // Legal bases, seed line 26: "Căn cứ Quyết định số 23/QĐ-TTg ngày 07/01/2021 … giai đoạn 2021-2030";
    // recipients, seed lines 42-43: "Như Điều 3", "Lưu: VT, KGVX".
    [Fact]
    public void Programme_2021_2030_rests_on_national_decision_23_QD_TTg_and_goes_to_the_recipients_of_Article_3()
    {
        Assert.Contains(Programme.Document.LegalBases, b => b.Contains("Quyết định số 23/QĐ-TTg ngày 07/01/2021", StringComparison.Ordinal));
        Assert.Contains("Như Điều 3", Programme.Document.Recipients);
    }

    // Part 2, I.2 (seed lines 217, 243, 259, 277): four specific goals a) to d).
    [Theory]
    [InlineData(1, "a", "Về phát triển toàn diện trẻ em, chăm sóc sức khỏe, dinh dưỡng cho trẻ em")]
    [InlineData(2, "b", "Về bảo vệ trẻ em")]
    [InlineData(3, "c", "Về giáo dục, văn hóa, vui chơi, giải trí cho trẻ em")]
    [InlineData(4, "d", "Về sự tham gia của trẻ em vào các vấn đề về trẻ em")]
    public void Programme_2021_2030_goal_is_stated_in_section_I_2(int number, string letter, string title)
    {
        var goal = Assert.Single(Programme.Goals, g => g.Number == number);

        Assert.Equal(title, goal.Title);
        Assert.Equal($"Phần thứ hai, I.2.{letter}", goal.Source.Section);
    }

    [Fact]
    public void Programme_2021_2030_has_four_goals()
    {
        Assert.Equal([1, 2, 3, 4], Programme.Goals.Select(g => g.Number!.Value));
    }

    // Part 2, I.2 (seed lines 219-283): "Chỉ tiêu 1" … "Chỉ tiêu 29", plus one line without a number
    // right after chỉ tiêu 25 (seed line 273), inside goal c).
    [Fact]
    public void Programme_2021_2030_has_29_numbered_indicators_and_one_unnumbered_line_under_25()
    {
        var indicators = Programme.Indicators;

        Assert.Equal(30, indicators.Count);
        Assert.Equal(Enumerable.Range(1, 29), indicators.Where(i => i.Number is not null).Select(i => i.Number!.Value));

        var unnumbered = Assert.Single(indicators, i => i.Number is null);
        Assert.Equal(3, GoalNumber(Programme, unnumbered));
        var position = indicators.ToList().IndexOf(unnumbered);
        Assert.Equal(25, indicators[position - 1].Number);
        Assert.Equal(26, indicators[position + 1].Number);
    }

    // Part 2, I.2: chỉ tiêu 1-12 under a) (lines 219-241), 13-19 under b) (245-257),
    // 20-26 under c) (261-275), 27-29 under d) (279-283).
    [Theory]
    [InlineData(1, 12, 1, "a")]
    [InlineData(13, 19, 2, "b")]
    [InlineData(20, 26, 3, "c")]
    [InlineData(27, 29, 4, "d")]
    public void Numbered_indicators_sit_under_the_goal_the_document_lists_them_in(int first, int last, int goalNumber, string letter)
    {
        for (var n = first; n <= last; n++)
        {
            var indicator = Numbered(n);
            Assert.Equal(goalNumber, GoalNumber(Programme, indicator));
            Assert.Equal($"Phần thứ hai, I.2.{letter}, chỉ tiêu {n}", indicator.Source.Section);
        }
    }

    // Part 2, I.2.c, seed line 273: "Tỷ lệ trẻ em khuyết tật có nhu cầu học tập được tiếp cận giáo dục
    // chuyên biệt, giáo dục hòa nhập và hỗ trợ phục hồi chức năng phù hợp đạt 80% vào năm 2025 và đạt 90% vào năm 2030."
    [Fact]
    public void Unnumbered_line_under_25_targets_80_percent_in_2025_and_90_percent_in_2030()
    {
        var line = Programme.Indicators.Single(i => i.Number is null);

        Assert.StartsWith("Tỷ lệ trẻ em khuyết tật có nhu cầu học tập", line.Name, StringComparison.Ordinal);
        var measure = Assert.Single(line.Measures);
        Assert.Equal(IndicatorUnit.Percent, measure.Unit);
        Assert.Equal(2, measure.Targets.Count);
        AssertTarget(measure, 2025, Comparison.AtLeast, 80, null, null);
        AssertTarget(measure, 2030, Comparison.AtLeast, 90, null, null);
    }

    // Part 2, I.2, target by target (seed line of each indicator in the comment).
    // "dưới" → <, "xuống"/"giảm … xuống còn" → <=, "đạt"/"phấn đấu"/"≥" → >=, "duy trì 100% đến năm 2030" → >= 100 over a window.
    [Theory]
    // 1 (l.219): đạt 65% vào năm 2025 và 75% vào năm 2030
    [InlineData(1, null, 2025, Comparison.AtLeast, 65, null, null)]
    [InlineData(1, null, 2030, Comparison.AtLeast, 75, null, null)]
    // 2 (l.221): đạt 80% vào năm 2025 và 85% vào năm 2030
    [InlineData(2, null, 2025, Comparison.AtLeast, 80, null, null)]
    [InlineData(2, null, 2030, Comparison.AtLeast, 85, null, null)]
    // 3 (l.223): dưới 9,5‰ vào năm 2025 và dưới 9‰ vào năm 2030
    [InlineData(3, null, 2025, Comparison.LessThan, 9.5, null, null)]
    [InlineData(3, null, 2030, Comparison.LessThan, 9, null, null)]
    // 4 (l.225): xuống 12,5‰ vào năm 2025 và 10‰ vào năm 2030
    [InlineData(4, null, 2025, Comparison.AtMost, 12.5, null, null)]
    [InlineData(4, null, 2030, Comparison.AtMost, 10, null, null)]
    // 5 (l.227): dưới 18,5‰ vào năm 2025 và dưới 15‰ vào năm 2030
    [InlineData(5, null, 2025, Comparison.LessThan, 18.5, null, null)]
    [InlineData(5, null, 2030, Comparison.LessThan, 15, null, null)]
    // 6 (l.229): xuống dưới 15% vào năm 2025 và dưới 10,5% vào năm 2030
    [InlineData(6, null, 2025, Comparison.LessThan, 15, null, null)]
    [InlineData(6, null, 2030, Comparison.LessThan, 10.5, null, null)]
    // 7 (l.231): xuống dưới 20% vào năm 2025 và dưới 19% vào năm 2030
    [InlineData(7, null, 2025, Comparison.LessThan, 20, null, null)]
    [InlineData(7, null, 2030, Comparison.LessThan, 19, null, null)]
    // 8 (l.233): dưới 5% đối với nông thôn và dưới 10% đối với thành thị vào năm 2025 và năm 2030
    [InlineData(8, "nong-thon", 2025, Comparison.LessThan, 5, null, null)]
    [InlineData(8, "nong-thon", 2030, Comparison.LessThan, 5, null, null)]
    [InlineData(8, "thanh-thi", 2025, Comparison.LessThan, 10, null, null)]
    [InlineData(8, "thanh-thi", 2030, Comparison.LessThan, 10, null, null)]
    // 9 (l.235): đạt ≥ 95% vào năm 2025 và 2030
    [InlineData(9, null, 2025, Comparison.AtLeast, 95, null, null)]
    [InlineData(9, null, 2030, Comparison.AtLeast, 95, null, null)]
    // 10 (l.237): (12 loại) đạt 95% vào năm 2025 và (14 loại) đạt 95% vào năm 2030
    [InlineData(10, null, 2025, Comparison.AtLeast, 95, null, null)]
    [InlineData(10, null, 2030, Comparison.AtLeast, 95, null, null)]
    // 11 (l.239): dưới 2% vào năm 2030
    [InlineData(11, null, 2030, Comparison.LessThan, 2, null, null)]
    // 12 (l.241): Phấn đấu 100% … vào năm 2025 và duy trì 100% đến năm 2030
    [InlineData(12, null, 2025, Comparison.AtLeast, 100, null, null)]
    [InlineData(12, null, 2030, Comparison.AtLeast, 100, null, 2026)]
    // 13 (l.245): xuống dưới 4% vào năm 2025 và 3,5% vào năm 2030
    [InlineData(13, null, 2025, Comparison.LessThan, 4, null, null)]
    [InlineData(13, null, 2030, Comparison.LessThan, 3.5, null, null)]
    // 14 (l.247): đạt 93% vào năm 2025 và 95% vào năm 2030
    [InlineData(14, null, 2025, Comparison.AtLeast, 93, null, null)]
    [InlineData(14, null, 2030, Comparison.AtLeast, 95, null, null)]
    // 15 (l.249): tai nạn thương tích xuống 550/100.000 (2025) và 500/100.000 (2030);
    //             tử vong do tai nạn thương tích xuống còn 16/100.000 (2025) và xuống còn 15/100.000 (2030)
    [InlineData(15, "tai-nan", 2025, Comparison.AtMost, 550, null, null)]
    [InlineData(15, "tai-nan", 2030, Comparison.AtMost, 500, null, null)]
    [InlineData(15, "tu-vong", 2025, Comparison.AtMost, 16, null, null)]
    [InlineData(15, "tu-vong", 2030, Comparison.AtMost, 15, null, null)]
    // 16 (l.251): 100 % trẻ em bị xâm hại … được can thiệp (no year: every year of the programme)
    [InlineData(16, null, 2030, Comparison.AtLeast, 100, null, 2021)]
    // 17 (l.253): Phấn đấu 100% trẻ em gặp thiên tai … (no year: every year of the programme)
    [InlineData(17, null, 2030, Comparison.AtLeast, 100, null, 2021)]
    // 18 (l.255): giảm số cuộc tảo hôn từ 2 đến 3% hằng năm giai đoạn từ năm 2025 đến năm 2030
    [InlineData(18, null, 2030, Comparison.Between, -3, -2.0, 2025)]
    // 19 (l.257): Duy trì … đăng ký khai sinh đạt 100% đến năm 2030
    [InlineData(19, null, 2030, Comparison.AtLeast, 100, null, 2021)]
    // 20 (l.261): đạt 99,1% vào năm 2025 và 99,3% vào năm 2030
    [InlineData(20, null, 2025, Comparison.AtLeast, 99.1, null, null)]
    [InlineData(20, null, 2030, Comparison.AtLeast, 99.3, null, null)]
    // 21 (l.263): đạt 99,9% vào năm 2025 và duy trì 99,9% vào năm 2030
    [InlineData(21, null, 2025, Comparison.AtLeast, 99.9, null, null)]
    [InlineData(21, null, 2030, Comparison.AtLeast, 99.9, null, null)]
    // 22 (l.265): đạt 97% vào năm 2025 và đạt 99% vào năm 2030
    [InlineData(22, null, 2025, Comparison.AtLeast, 97, null, null)]
    [InlineData(22, null, 2030, Comparison.AtLeast, 99, null, null)]
    // 23 (l.267): đạt 99,8% vào năm 2025 và đạt 99,9% vào năm 2030
    [InlineData(23, null, 2025, Comparison.AtLeast, 99.8, null, null)]
    [InlineData(23, null, 2030, Comparison.AtLeast, 99.9, null, null)]
    // 24 (l.269): 95% trường học có dịch vụ hỗ trợ tâm lý trẻ em vào năm 2025
    [InlineData(24, null, 2025, Comparison.AtLeast, 95, null, null)]
    // 25 (l.271): đạt 55% vào năm 2025 và 60% vào năm 2030
    [InlineData(25, null, 2025, Comparison.AtLeast, 55, null, null)]
    [InlineData(25, null, 2030, Comparison.AtLeast, 60, null, null)]
    // 26 (l.275): đạt 40% vào năm 2025 và 45% vào năm 2030
    [InlineData(26, null, 2025, Comparison.AtLeast, 40, null, null)]
    [InlineData(26, null, 2030, Comparison.AtLeast, 45, null, null)]
    // 27 (l.279): 30% … vào năm 2025 và 35% vào năm 2030
    [InlineData(27, null, 2025, Comparison.AtLeast, 30, null, null)]
    [InlineData(27, null, 2030, Comparison.AtLeast, 35, null, null)]
    // 28 (l.281): 85% … vào năm 2025 và 90% vào năm 2030
    [InlineData(28, null, 2025, Comparison.AtLeast, 85, null, null)]
    [InlineData(28, null, 2030, Comparison.AtLeast, 90, null, null)]
    // 29 (l.283): đạt 30% vào năm 2025 và 35% vào năm 2030
    [InlineData(29, null, 2025, Comparison.AtLeast, 30, null, null)]
    [InlineData(29, null, 2030, Comparison.AtLeast, 35, null, null)]
    public void Programme_2021_2030_target_matches_the_document(int number, string? measureId, int year, Comparison op, double value, double? max, int? from)
    {
        AssertTarget(MeasureOf(Numbered(number), measureId), year, op, value, max, from);
    }

    // The Theory above lists 56 targets of the 29 numbered indicators (two milestones for most, one for
    // 11, 16, 17, 18, 19 and 24, four for 8 and 15); with the unnumbered line's two (l.273) that is 58.
    // Nothing beyond what the document states may be encoded.
    [Fact]
    public void Programme_2021_2030_has_no_targets_beyond_the_58_the_document_states()
    {
        Assert.Equal(58, Programme.Indicators.SelectMany(i => i.Measures).Sum(m => m.Targets.Count));
    }

    // Units and directions, Part 2, I.2: ‰ per 1.000 live births for 3-5 (l.223-227), per 100.000 for 15
    // (l.249), a yearly fall in the number of child marriages for 18 (l.255), percentages elsewhere;
    // "Giảm" (reduce) for 3-8, 11 ("lây truyền … dưới 2%"), 13, 15, 18; "Duy trì" (maintain) for 19.
    [Theory]
    [InlineData(1, IndicatorUnit.Percent, Direction.Increase)]
    [InlineData(3, IndicatorUnit.PerThousandLiveBirths, Direction.Decrease)]
    [InlineData(4, IndicatorUnit.PerThousandLiveBirths, Direction.Decrease)]
    [InlineData(5, IndicatorUnit.PerThousandLiveBirths, Direction.Decrease)]
    [InlineData(6, IndicatorUnit.Percent, Direction.Decrease)]
    [InlineData(7, IndicatorUnit.Percent, Direction.Decrease)]
    [InlineData(8, IndicatorUnit.Percent, Direction.Decrease)]
    [InlineData(9, IndicatorUnit.Percent, Direction.Increase)]
    [InlineData(11, IndicatorUnit.Percent, Direction.Decrease)]
    [InlineData(13, IndicatorUnit.Percent, Direction.Decrease)]
    [InlineData(14, IndicatorUnit.Percent, Direction.Increase)]
    [InlineData(15, IndicatorUnit.PerHundredThousandChildren, Direction.Decrease)]
    [InlineData(18, IndicatorUnit.PercentChangePerYear, Direction.Decrease)]
    [InlineData(19, IndicatorUnit.Percent, Direction.Maintain)]
    [InlineData(22, IndicatorUnit.Percent, Direction.Increase)]
    [InlineData(29, IndicatorUnit.Percent, Direction.Increase)]
    public void Programme_2021_2030_indicator_has_the_unit_and_direction_of_the_document(int number, IndicatorUnit unit, Direction direction)
    {
        Assert.All(Numbered(number).Measures, m =>
        {
            Assert.Equal(unit, m.Unit);
            Assert.Equal(direction, m.Direction);
        });
    }

    // Chỉ tiêu 8 (l.233): "dưới 5% đối với nông thôn và dưới 10% đối với thành thị" — two measures split by area.
    [Fact]
    public void Indicator_8_is_split_into_a_rural_and_an_urban_measure()
    {
        var measures = Numbered(8).Measures;

        Assert.Equal(2, measures.Count);
        Assert.Equal("rural", MeasureOf(Numbered(8), "nong-thon").Dimension["area"]);
        Assert.Equal("urban", MeasureOf(Numbered(8), "thanh-thi").Dimension["area"]);
    }

    // Chỉ tiêu 15 (l.249): two rates in one number, injuries and deaths from injuries, both per 100.000 children.
    [Fact]
    public void Indicator_15_bundles_the_injury_rate_and_the_injury_death_rate_per_100000_children()
    {
        var indicator = Numbered(15);

        Assert.Equal(["tai-nan", "tu-vong"], indicator.Measures.Select(m => m.Id));
        Assert.All(indicator.Measures, m => Assert.Equal(IndicatorUnit.PerHundredThousandChildren, m.Unit));
    }

    // Chỉ tiêu 18 (l.255): "duy trì mức giảm số cuộc tảo hôn từ 2 đến 3% hằng năm giai đoạn từ năm 2025 đến
    // năm 2030": a fall of 2-3% every year from 2025 to 2030, and no rate stated before 2025.
    [Fact]
    public void Indicator_18_is_a_yearly_fall_of_2_to_3_percent_in_every_year_from_2025_to_2030()
    {
        var measure = Assert.Single(Numbered(18).Measures);
        var target = Assert.Single(measure.Targets);

        Assert.Equal(IndicatorUnit.PercentChangePerYear, measure.Unit);
        Assert.Equal(Comparison.Between, target.Comparison);
        Assert.Equal(-3m, target.Value);
        Assert.Equal(-2m, target.Max);
        Assert.True(target.AppliesTo(2025));
        Assert.True(target.AppliesTo(2028));
        Assert.True(target.AppliesTo(2030));
        Assert.False(target.AppliesTo(2024));
    }

    // Baselines the encoding takes from Part 1 of the same decision: 63% child-friendly communes
    // (II.3.1, l.117 "đạt 63%"), 15,9% underweight (II.3.2, l.123-125 "năm 2020 là 15,9%"), 26,4% stunting
    // (II.3.2, l.121 "năm 2020 là 26,4%"), 3,8% children in special circumstances (I, l.71: 8.163 of 214.825).
    [Theory]
    [InlineData(1, 2020, 63)]
    [InlineData(6, 2020, 15.9)]
    [InlineData(7, 2020, 26.4)]
    [InlineData(13, 2020, 3.8)]
    public void Programme_2021_2030_baseline_comes_from_Part_1(int number, int year, double value)
    {
        var baseline = Assert.Single(Numbered(number).Measures).Baseline;

        Assert.NotNull(baseline);
        Assert.Equal(year, baseline.Year);
        Assert.Equal((decimal)value, baseline.Value);
    }

    // Part 2, II (seed lines 287-343): eight numbered task groups, with the number of dashed activities of each.
    [Theory]
    [InlineData("1", 3, "Tăng cường sự chỉ đạo, hướng dẫn, phối hợp của các cấp, các ngành đối với việc thực hiện các mục tiêu, chỉ tiêu của Chương trình")]
    [InlineData("2", 1, "Tăng cường tuyên truyền về chính sách pháp luật bảo đảm thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em")]
    [InlineData("3", 2, "Tăng cường truyền thông, giáo dục về kiến thức, kỹ năng thực hiện quyền, bổn phận của trẻ em; vận động xã hội thực hiện các mục tiêu về trẻ em và giải quyết các vấn đề về trẻ em")]
    [InlineData("4", 3, "Phát triển hệ thống dịch vụ đáp ứng thực hiện quyền trẻ em có sự lồng ghép và phối hợp giữa các dịch vụ y tế, giáo dục, tư pháp và các dịch vụ an sinh xã hội, ưu tiên hệ thống dịch vụ bảo vệ trẻ em")]
    [InlineData("5", 3, "Bảo đảm nguồn lực thực hiện quyền trẻ em và các mục tiêu, chỉ tiêu về trẻ em, ưu tiên bố trí nguồn lực về bảo vệ trẻ em")]
    [InlineData("6", 2, "Tăng cường hội nhập và hợp tác quốc tế về thực hiện quyền trẻ em, giải quyết các vấn đề về trẻ em")]
    [InlineData("7", 4, "Vận động nguồn lực và sự tham gia của xã hội")]
    [InlineData("8", 3, "Tăng cường công tác kiểm tra, thanh tra; xây dựng cơ sở dữ liệu theo dõi, đánh giá việc thực hiện pháp luật, chính sách, chương trình, mục tiêu, chỉ tiêu về trẻ em")]
    public void Programme_2021_2030_task_group_is_stated_in_section_II(string number, int activities, string title)
    {
        var task = Assert.Single(Programme.Tasks, t => t.Number == number);

        Assert.Equal(title, task.Title);
        Assert.Equal(activities, task.Activities.Count);
        Assert.Equal($"Phần thứ hai, II.{number}", task.Source.Section);
    }

    [Fact]
    public void Programme_2021_2030_has_eight_task_groups()
    {
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], Programme.Tasks.Select(t => t.Number));
    }

    // Part 2, IV (seed lines 353-431): eleven numbered sections, one per agency or group of agencies;
    // section 11 opens with "Đề nghị" (requested, not instructed).
    [Theory]
    [InlineData("1", "so-ldtbxh", "Sở Lao động - Thương binh và Xã hội", AgencyKind.Department, false)]
    [InlineData("2", "so-tu-phap", "Sở Tư pháp", AgencyKind.Department, false)]
    [InlineData("3", "cong-an-tinh", "Công an tỉnh", AgencyKind.Police, false)]
    [InlineData("4", "so-gddt", "Sở Giáo dục và Đào tạo", AgencyKind.Department, false)]
    [InlineData("5", "so-y-te", "Sở Y tế", AgencyKind.Department, false)]
    [InlineData("6", "so-vhttdl", "Sở Văn hoá, Thể thao và Du lịch", AgencyKind.Department, false)]
    [InlineData("7", "so-tttt", "Sở Thông tin và Truyền thông", AgencyKind.Department, false)]
    [InlineData("8", "so-tai-chinh", "Sở Tài chính", AgencyKind.Department, false)]
    [InlineData("9", "so-nganh", "Các Sở, ban, ngành, các tổ chức chính trị - xã hội tỉnh", AgencyKind.Group, false)]
    [InlineData("10", "ubnd-huyen", "UBND các huyện, thị xã, thành phố", AgencyKind.PeopleCommittee, false)]
    [InlineData("11", "doan-the", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn Thanh niên cộng sản Hồ Chí Minh, Hội Liên hiệp Phụ nữ tỉnh, Hội Bảo trợ người khuyết tật và Bảo vệ quyền trẻ em tỉnh và các đoàn thể, tổ chức hội có liên quan", AgencyKind.MassOrganisation, true)]
    public void Programme_2021_2030_agency_section_is_stated_in_section_IV(string number, string id, string name, AgencyKind kind, bool requested)
    {
        var agency = Assert.Single(Programme.Agencies, a => a.Number == number);

        Assert.Equal(id, agency.Id);
        Assert.Equal(name, agency.Name);
        Assert.Equal(kind, agency.Kind);
        Assert.Equal(requested, agency.Requested);
        Assert.NotEmpty(agency.Duties);
        Assert.Equal($"Phần thứ hai, IV.{number}", agency.Source.Section);
    }

    [Fact]
    public void Programme_2021_2030_has_eleven_numbered_agency_sections()
    {
        Assert.Equal(
            ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"],
            Programme.Agencies.Where(a => a.Number is not null).Select(a => a.Number));
    }

    // Part 2, IV: which section names which chỉ tiêu.
    //   IV.1 (l.355) Sở LĐTBXH: "Chủ trì … các chỉ tiêu 1, 2, 13, 14, 16, 17, 25, 27, 28, 29"
    //   IV.2 (l.371) Sở Tư pháp: "Chủ trì … thực hiện chỉ tiêu 19"
    //   IV.4 (l.383) Sở GD&ĐT: "Hướng dẫn triển khai, thực hiện các chỉ tiêu 12, 20, 21, 22, 23, 24"
    //   IV.5 (l.393) Sở Y tế: "Hướng dẫn triển khai, thực hiện các chỉ tiêu 3, 4, 5, 6, 7, 8, 9,10,11,15"
    //   IV.6 (l.403) Sở VHTTDL: "Hướng dẫn, triển khai, thực hiện chỉ tiêu 18, 26"
    //   IV.3 (l.379) Công an tỉnh: "Chủ trì, phối hợp với Sở Lao động – Thương binh và Xã hội … để thực hiện chỉ tiêu 16"
    //   IV.7, 8, 9, 10, 11 name no chỉ tiêu.
    [Theory]
    [InlineData("so-ldtbxh", "1", 1, 2, 13, 14, 16, 17, 25, 27, 28, 29)]
    [InlineData("so-tu-phap", "2", 19)]
    [InlineData("cong-an-tinh", "3", 16)]
    [InlineData("so-gddt", "4", 12, 20, 21, 22, 23, 24)]
    [InlineData("so-y-te", "5", 3, 4, 5, 6, 7, 8, 9, 10, 11, 15)]
    [InlineData("so-vhttdl", "6", 18, 26)]
    [InlineData("so-tttt", "7")]
    [InlineData("so-tai-chinh", "8")]
    [InlineData("so-nganh", "9")]
    [InlineData("ubnd-huyen", "10")]
    [InlineData("doan-the", "11")]
    public void Section_IV_agency_leads_exactly_the_indicators_it_is_assigned(string agencyId, string section, params int[] numbers)
    {
        Assert.Equal(section, Programme.FindAgency(agencyId)?.Number);

        var led = Programme.Indicators
            .Where(i => i.Number is not null && i.Responsibility.IsLead(agencyId))
            .Select(i => i.Number!.Value)
            .Order();

        Assert.Equal(numbers.Order(), led);
    }

    // Chỉ tiêu 16 has two leads: IV.1 (l.355) Sở LĐTBXH "Chủ trì, phối hợp với các Sở, ban, ngành, các tổ chức
    // chính trị - xã hội tỉnh … các chỉ tiêu 1, 2, 13, 14, 16, …" and IV.3 (l.379) Công an tỉnh "Chủ trì, phối hợp
    // với Sở Lao động – Thương binh và Xã hội và các Sở, ban, ngành, tổ chức chính trị - xã hội có liên quan … để thực
    // hiện chỉ tiêu 16". Both lead, in document order; the departments coordinate; neither lead is also a support.
    [Fact]
    public void Indicator_16_has_two_leads_so_ldtbxh_of_IV_1_and_cong_an_tinh_of_IV_3()
    {
        var responsibility = Numbered(16).Responsibility;

        Assert.Equal(["so-ldtbxh", "cong-an-tinh"], responsibility.Leads);
        Assert.Equal(["so-nganh"], responsibility.Support);
        Assert.Single(Programme.Indicators, i => i.Responsibility.Leads.Count > 1);
    }

    // Reporting, Part 2, IV.1 (l.367): "Tham mưu cho UBND tỉnh tổ chức sơ kết Chương trình vào cuối năm 2025
    // và tổng kết việc thực hiện Chương trình vào cuối năm 2030"; IV.10 (l.429): districts "sơ kết vào năm
    // 2025, tổng kết vào năm 2030 …, báo cáo UBND tỉnh".
    [Theory]
    [InlineData(ReportingStepKind.Midterm, 2025, "so-ldtbxh")]
    [InlineData(ReportingStepKind.Final, 2030, "so-ldtbxh")]
    [InlineData(ReportingStepKind.Midterm, 2025, "ubnd-huyen")]
    [InlineData(ReportingStepKind.Final, 2030, "ubnd-huyen")]
    public void Programme_2021_2030_has_the_midterm_and_final_reviews_of_section_IV(ReportingStepKind kind, int year, string from)
    {
        var step = Assert.Single(Programme.Reporting, r => r.Kind == kind && r.From == from && r.To == "ubnd-tinh");

        Assert.Equal(year, step.Year);
        Assert.Equal("ubnd-tinh", step.To);
    }

    // IV.9 (l.419): the departments "định kỳ hằng năm hoặc đột xuất báo cáo kết quả thực hiện Chương trình
    // về Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo UBND tỉnh".
    [Fact]
    public void Departments_report_every_year_to_so_ldtbxh()
    {
        Assert.Contains(Programme.Reporting, r => r.Kind == ReportingStepKind.Annual && r.From == "so-nganh" && r.To == "so-ldtbxh");
    }

    // IV.9 (l.419): "định kỳ hằng năm hoặc đột xuất báo cáo … về Sở Lao động - Thương binh và Xã hội": the ad-hoc
    // ("hoặc đột xuất") report goes the same way as the annual one, without a date.
    [Fact]
    public void Departments_also_report_ad_hoc_to_so_ldtbxh_as_section_IV_9_says_hoac_dot_xuat()
    {
        var step = Assert.Single(Programme.Reporting, r => r.Kind == ReportingStepKind.AdHoc);

        Assert.Equal(("so-nganh", "so-ldtbxh", (string?)null), (step.From, step.To, step.Via));
        Assert.Null(step.Due);
        Assert.Equal("Phần thứ hai, IV.9", step.Source.Section);
        Assert.Contains("hoặc đột xuất", step.Text, StringComparison.Ordinal);
    }

    // IV.10 (l.429): districts "sơ kết vào năm 2025, tổng kết vào năm 2030 về kết quả thực hiện chương trình ở địa
    // phương, báo cáo UBND tỉnh và các ngành có liên quan": each review goes to UBND tỉnh and to "các ngành có liên
    // quan", a group of the plan's own (IV.10), not the departments of IV.9.
    [Theory]
    [InlineData(ReportingStepKind.Midterm, 2025)]
    [InlineData(ReportingStepKind.Final, 2030)]
    public void District_reviews_also_go_to_the_sectors_concerned_as_section_IV_10_says(ReportingStepKind kind, int year)
    {
        var steps = Programme.Reporting.Where(r => r.Kind == kind && r.From == "ubnd-huyen").ToList();

        Assert.Equal(["ubnd-tinh", "nganh-lien-quan"], steps.Select(s => s.To));
        Assert.All(steps, s => Assert.Equal((year, "Phần thứ hai, IV.10"), (s.Year!.Value, s.Source.Section)));
        var sectors = Programme.FindAgency("nganh-lien-quan")!;
        Assert.Equal(("Các ngành có liên quan", AgencyKind.Group, AgencyLevel.Province, "Phần thứ hai, IV.10"), (sectors.Name, sectors.Kind, sectors.Level, sectors.Source.Section));
        Assert.Null(sectors.Number);
    }

    // The decision gives years for the reviews ("cuối năm 2025", "năm 2030") and "hằng năm", but never a day:
    // no step may carry a due date.
    [Fact]
    public void No_reporting_step_of_the_programme_has_a_due_date_because_the_decision_gives_none()
    {
        Assert.NotEmpty(Programme.Reporting);
        Assert.All(Programme.Reporting, r => Assert.Null(r.Due));
    }

    // Funding, Part 2, III (seed lines 345-349): two numbered paragraphs, "1. Kinh phí thực hiện chương trình được
    // bố trí trong dự toán hằng năm …" and "2. Các Sở, ban, ngành, UBND các huyện, thị xã, thành phố … lập dự toán
    // ngân sách hằng năm …".
    [Fact]
    public void Programme_2021_2030_funding_is_the_two_paragraphs_of_section_III()
    {
        Assert.Equal(["Phần thứ hai, III.1", "Phần thứ hai, III.2"], Programme.Funding.Select(f => f.Source.Section));
        Assert.StartsWith("Kinh phí thực hiện chương trình được bố trí trong dự toán hằng năm", Programme.Funding[0].Text, StringComparison.Ordinal);
    }

    // Every goal, indicator, task, agency, reporting step and funding source cites the document of its plan.
    [Theory]
    [InlineData(ProgrammeId, "333/QĐ-UBND")]
    [InlineData(ReviewId, "333/QĐ-UBND")]
    [InlineData(TuanGiaoId, "/KH-UBND")]
    public void Every_item_of_the_plan_cites_its_document(string planId, string symbol)
    {
        var plan = Catalog.GetPlan(ProfileId, planId);
        var sources = plan.Goals.Select(g => g.Source)
            .Concat(plan.Indicators.Select(i => i.Source))
            .Concat(plan.Tasks.Select(t => t.Source))
            .Concat(plan.Agencies.Select(a => a.Source))
            .Concat(plan.Reporting.Select(r => r.Source))
            .Concat(plan.Funding.Select(f => f.Source))
            .ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.Equal(symbol, s.Document));
    }

    // ------------------------------------------------------------------------------------------
    // ctht-2013-2020: Quyết định 333/QĐ-UBND, Part 1, II.3 (the review of the 2013-2020 programme)
    // ------------------------------------------------------------------------------------------

    // Part 1, II.3 (seed lines 109-151): four goal areas 3.1-3.4 with 4, 4, 7 and 2 dashed lines.
    [Theory]
    [InlineData(1, "Lĩnh vực Bảo vệ, chăm sóc trẻ em", 4)]
    [InlineData(2, "Lĩnh vực sức khỏe, dinh dưỡng", 4)]
    [InlineData(3, "Lĩnh vực Giáo dục và Đào tạo", 7)]
    [InlineData(4, "Lĩnh vực nước sạch, vệ sinh môi trường", 2)]
    public void Review_2013_2020_goal_has_the_lines_of_section_II_3(int number, string title, int indicators)
    {
        var goal = Assert.Single(Review.Goals, g => g.Number == number);

        Assert.Equal(title, goal.Title);
        Assert.Equal($"Phần thứ nhất, II.3.{number}", goal.Source.Section);
        Assert.Equal(indicators, Review.Indicators.Count(i => i.GoalId == goal.Id));
    }

    [Fact]
    public void Review_2013_2020_has_4_goals_and_17_unnumbered_indicators()
    {
        Assert.Equal(4, Review.Goals.Count);
        Assert.Equal(17, Review.Indicators.Count);
        Assert.All(Review.Indicators, i => Assert.Null(i.Number));
        Assert.Equal(new YearSpan(2013, 2020), Review.Years);
    }

    // The review's lines are un-numbered; the ids R1..R17 follow them in document order (goal, dash).
    [Theory]
    [InlineData("R1", 1, 1)]
    [InlineData("R4", 1, 4)]
    [InlineData("R5", 2, 1)]
    [InlineData("R8", 2, 4)]
    [InlineData("R9", 3, 1)]
    [InlineData("R15", 3, 7)]
    [InlineData("R16", 4, 1)]
    [InlineData("R17", 4, 2)]
    public void Review_indicator_id_follows_the_dashes_of_section_II_3(string id, int goal, int dash)
    {
        var indicator = AtPosition(Review, goal, dash);

        Assert.Equal(id, indicator.Id);
        Assert.Equal($"Phần thứ nhất, II.3.{goal}, gạch đầu dòng {dash}", indicator.Source.Section);
    }

    // Part 1, II.3, targets for 2015 and 2020 (seed line in each comment).
    [Theory]
    // R1 (l.111): xuống dưới 6% … vào năm 2015 và xuống dưới 5% vào năm 2020
    [InlineData("R1", 2015, Comparison.LessThan, 6)]
    [InlineData("R1", 2020, Comparison.LessThan, 5)]
    // R2 (l.113): lên 80% vào năm 2015 và lên 90% vào năm 2020
    [InlineData("R2", 2015, Comparison.AtLeast, 80)]
    [InlineData("R2", 2020, Comparison.AtLeast, 90)]
    // R3 (l.115): đạt 95% vào năm 2015 và trên 98% vào năm 2020
    [InlineData("R3", 2015, Comparison.AtLeast, 95)]
    [InlineData("R3", 2020, Comparison.GreaterThan, 98)]
    // R4 (l.117): lên 41% vào năm 2015 và lên 54% vào năm 2020
    [InlineData("R4", 2015, Comparison.AtLeast, 41)]
    [InlineData("R4", 2020, Comparison.AtLeast, 54)]
    // R5 (l.121): xuống 29% vào năm 2015 và xuống còn 24% vào năm 2020
    [InlineData("R5", 2015, Comparison.AtMost, 29)]
    [InlineData("R5", 2020, Comparison.AtMost, 24)]
    // R6 (l.123): xuống 20% vào năm 2015 và xuống 10% vào năm 2020
    [InlineData("R6", 2015, Comparison.AtMost, 20)]
    [InlineData("R6", 2020, Comparison.AtMost, 10)]
    // R7 (l.127): xuống 40% vào năm 2015 và xuống còn 35% vào năm 2020
    [InlineData("R7", 2015, Comparison.AtMost, 40)]
    [InlineData("R7", 2020, Comparison.AtMost, 35)]
    // R10 (l.135): đạt 18% vào năm 2015 và đạt 25% vào năm 2020
    [InlineData("R10", 2015, Comparison.AtLeast, 18)]
    [InlineData("R10", 2020, Comparison.AtLeast, 25)]
    // R12 (l.139): đạt 98% vào năm 2015 và 100% vào năm 2020
    [InlineData("R12", 2015, Comparison.AtLeast, 98)]
    [InlineData("R12", 2020, Comparison.AtLeast, 100)]
    // R13 (l.141): là 85% vào năm 2015 và đạt 95% vào năm 2020
    [InlineData("R13", 2015, Comparison.AtLeast, 85)]
    [InlineData("R13", 2020, Comparison.AtLeast, 95)]
    // R15 (l.145): đạt 50% vào năm 2015 và đạt 70% vào năm 2020
    [InlineData("R15", 2015, Comparison.AtLeast, 50)]
    [InlineData("R15", 2020, Comparison.AtLeast, 70)]
    // R16 (l.149): đạt 85% vào năm 2015 và đạt 95% vào năm 2020
    [InlineData("R16", 2015, Comparison.AtLeast, 85)]
    [InlineData("R16", 2020, Comparison.AtLeast, 95)]
    // R17 (l.151): đạt 45,3% vào năm 2015 và đạt 65% vào năm 2020
    [InlineData("R17", 2015, Comparison.AtLeast, 45.3)]
    [InlineData("R17", 2020, Comparison.AtLeast, 65)]
    public void Review_2013_2020_target_matches_the_document(string id, int year, Comparison op, double value)
    {
        var measure = Assert.Single(Review.FindIndicator(id)!.Measures);

        AssertTarget(measure, year, op, value, null, null);
    }

    // R8 (l.129): "Tỷ lệ Trạm Y tế xã có hộ sinh hoặc y sĩ sản nhi duy trì đạt trên 95%" — no year, every year;
    // R9 (l.133): "Hoàn thành mục tiêu phổ cập giáo dục mầm non cho trẻ em 5 tuổi vào năm 2020" — done or not.
    [Fact]
    public void Review_keeps_R8_above_95_percent_every_year_and_R9_is_a_completion_by_2020()
    {
        var r8 = Assert.Single(Review.FindIndicator("R8")!.Measures);
        AssertTarget(r8, 2020, Comparison.GreaterThan, 95, null, 2013);

        var r9 = Assert.Single(Review.FindIndicator("R9")!.Measures);
        Assert.Equal(IndicatorUnit.YesNo, r9.Unit);
        AssertTarget(r9, 2020, Comparison.EqualTo, 1, null, null);
    }

    // The verdicts Part 1, II.3 records: "(đạt)", "vượt chỉ tiêu", "không đạt" (seed line in each comment).
    [Theory]
    [InlineData("R1", 2020, AchievementStatus.Achieved)]      // l.111 "(đạt)"
    [InlineData("R2", 2020, AchievementStatus.Achieved)]      // l.113 "(đạt)"
    [InlineData("R3", 2020, AchievementStatus.Exceeded)]      // l.115 "đạt trên 99%, vượt chỉ tiêu"
    [InlineData("R4", 2020, AchievementStatus.Exceeded)]      // l.117 "đạt 63%, vượt chỉ tiêu"
    [InlineData("R5", 2015, AchievementStatus.NotAchieved)]   // l.121 "không đạt … năm 2015 là 29,3%"
    [InlineData("R5", 2020, AchievementStatus.NotAchieved)]   // l.121 "… năm 2020 là 26,4%"
    [InlineData("R6", 2020, AchievementStatus.NotAchieved)]   // l.123-125 "không đạt vì: năm 2020 là 15,9%"
    [InlineData("R7", 2015, AchievementStatus.Achieved)]      // l.127 "chỉ tiêu này đạt: Năm 2015 là 32,8%"
    [InlineData("R7", 2020, AchievementStatus.Achieved)]      // l.127 "năm 2020 là 31,0%"
    [InlineData("R9", 2020, AchievementStatus.Achieved)]      // l.133 "đã hoàn thành năm 2014"
    [InlineData("R10", 2015, AchievementStatus.Achieved)]     // l.135 "đã đạt 18% năm 2015"
    [InlineData("R10", 2020, AchievementStatus.Exceeded)]     // l.135 "đạt 44,7% năm 2020 (vượt chỉ tiêu)"
    [InlineData("R11", 2015, AchievementStatus.Exceeded)]     // l.137 "đã đạt 96% năm 2015 và 99,6% năm 2020, vượt chỉ tiêu"
    [InlineData("R11", 2020, AchievementStatus.Exceeded)]
    [InlineData("R12", 2015, AchievementStatus.NotAchieved)]  // l.139 "không đạt: Năm 2015 là 97,3% và năm 2020 là 97,7%"
    [InlineData("R12", 2020, AchievementStatus.NotAchieved)]
    [InlineData("R13", 2015, AchievementStatus.Exceeded)]     // l.141 "vượt chỉ tiêu: 89,3% năm 2015, 95,9% năm 2020"
    [InlineData("R13", 2020, AchievementStatus.Exceeded)]
    [InlineData("R14", 2020, AchievementStatus.Achieved)]     // l.143 "(đạt)"
    [InlineData("R15", 2020, AchievementStatus.Exceeded)]     // l.145 "vượt chỉ tiêu: Đạt 95,22%"
    [InlineData("R16", 2015, AchievementStatus.NotAchieved)]  // l.149 "không đạt: Năm 2015 là 75,33% và ước năm 2020 là 84,13%"
    [InlineData("R16", 2020, AchievementStatus.NotAchieved)]
    [InlineData("R17", 2020, AchievementStatus.NotAchieved)]  // l.151 "(không đạt)"
    public void Review_records_the_verdict_of_the_document(string id, int year, AchievementStatus status)
    {
        var recorded = Assert.Single(Review.FindIndicator(id)!.Assessments, a => a.Year == year);

        Assert.Equal(status, recorded.Status);
    }

    // The Theory above holds all 23 verdicts; R8 (l.129) gives a result (97,7%) but no verdict.
    [Fact]
    public void Review_records_23_verdicts_and_none_for_R8()
    {
        Assert.Equal(23, Review.Indicators.Sum(i => i.Assessments.Count));
        Assert.Empty(Review.FindIndicator("R8")!.Assessments);
    }

    // The profile's dataset holds the results Part 1 reports (I, l.71; II.3, l.111-151). Evaluated by the
    // engine, every verdict the document records where there is data must come out the same: "không đạt" is
    // not achieved, "vượt chỉ tiêu" is exceeded, "đạt" is achieved or better.
    [Fact]
    public void Evaluating_the_profile_dataset_reproduces_every_verdict_the_document_records()
    {
        var dataset = Profile.Datasets.Single(d => d.PlanId == ReviewId);
        Assert.False(dataset.IsSample);

        var evaluation = PlanEvaluator.Evaluate(Review, dataset.Observations, new AdministrativeHierarchy(Profile.Units));
        var judged = evaluation.Results.Where(r => r.Recorded is not null && r.Actual is not null).ToList();

        var disagreements = judged
            .Where(r => r.Recorded!.Status switch
            {
                AchievementStatus.NotAchieved => r.Status != AchievementStatus.NotAchieved,
                AchievementStatus.Exceeded => r.Status != AchievementStatus.Exceeded,
                AchievementStatus.Achieved => r.Status is not (AchievementStatus.Achieved or AchievementStatus.Exceeded),
                _ => true,
            })
            .Select(r => $"{r.Key} {r.Year}: document says {r.Recorded!.Status}, computed {r.Status} from {r.Actual!.Value}")
            .ToList();

        Assert.Empty(disagreements);
        Assert.Equal(20, judged.Count);
        Assert.Contains(judged, r => r.Recorded!.Status == AchievementStatus.Achieved);
        Assert.Contains(judged, r => r.Recorded!.Status == AchievementStatus.Exceeded);
        Assert.Contains(judged, r => r.Recorded!.Status == AchievementStatus.NotAchieved);
    }

    // R2 (l.113), R14 (l.143) and R17 (l.151) get a verdict but no figure: the dataset must not invent one.
    [Theory]
    [InlineData("R2")]
    [InlineData("R14")]
    [InlineData("R17")]
    public void Review_indicator_without_a_figure_in_the_document_has_no_data(string id)
    {
        var dataset = Profile.Datasets.Single(d => d.PlanId == ReviewId);
        Assert.DoesNotContain(dataset.Observations, o => o.IndicatorId == id);

        var evaluation = PlanEvaluator.Evaluate(Review, dataset.Observations, new AdministrativeHierarchy(Profile.Units));
        var result = Assert.Single(evaluation.Results, r => r.Indicator.Id == id && r.Year == 2020);
        Assert.Equal(AchievementStatus.NoData, result.Status);
    }

    // Figures of Part 1 as the dataset gives them to the engine (seed line in each comment).
    [Theory]
    [InlineData("R3", 2020, 99)]      // l.115 "đạt trên 99%"
    [InlineData("R4", 2020, 63)]      // l.117 "đạt 63%"
    [InlineData("R5", 2015, 29.3)]    // l.121 "năm 2015 là 29,3%"
    [InlineData("R5", 2020, 26.4)]    // l.121 "năm 2020 là 26,4%"
    [InlineData("R6", 2020, 15.9)]    // l.125 "năm 2020 là 15,9%"
    [InlineData("R7", 2015, 32.8)]    // l.127 "Năm 2015 là 32,8%"
    [InlineData("R7", 2020, 31.0)]    // l.127 "năm 2020 là 31,0%"
    [InlineData("R8", 2020, 97.7)]    // l.129 "năm 2020 đạt 97,7%"
    [InlineData("R10", 2015, 18)]     // l.135 "đã đạt 18% năm 2015"
    [InlineData("R10", 2020, 44.7)]   // l.135 "đạt 44,7% năm 2020"
    [InlineData("R11", 2015, 96)]     // l.137 "đã đạt 96% năm 2015"
    [InlineData("R11", 2020, 99.6)]   // l.137 "99,6% năm 2020"
    [InlineData("R12", 2015, 97.3)]   // l.139 "Năm 2015 là 97,3%"
    [InlineData("R12", 2020, 97.7)]   // l.139 "năm 2020 là 97,7%"
    [InlineData("R13", 2015, 89.3)]   // l.141 "89,3% năm 2015"
    [InlineData("R13", 2020, 95.9)]   // l.141 "95,9% năm 2020"
    [InlineData("R15", 2020, 95.22)]  // l.145 "Đạt 95,22%"
    [InlineData("R16", 2015, 75.33)]  // l.149 "Năm 2015 là 75,33%"
    [InlineData("R16", 2020, 84.13)]  // l.149 "ước năm 2020 là 84,13%"
    public void Review_dataset_gives_the_figure_of_the_document(string id, int year, double value)
    {
        var dataset = Profile.Datasets.Single(d => d.PlanId == ReviewId);
        var evaluation = PlanEvaluator.Evaluate(Review, dataset.Observations, new AdministrativeHierarchy(Profile.Units));

        var result = Assert.Single(evaluation.Results, r => r.Indicator.Id == id && r.Year == year);
        Assert.NotNull(result.Actual);
        Assert.Equal((decimal)value, result.Actual.Value);
    }

    // Part 1, I (l.71): "Toàn tỉnh hiện có 214.825 trẻ em dưới 16 tuổi; trẻ em có hoàn cảnh đặc biệt là 8.163 em":
    // the rate is computed from the counts, 8.163 / 214.825 = 3,80%.
    [Fact]
    public void Review_R1_in_2020_is_8163_children_in_special_circumstances_of_214825_or_3_80_percent()
    {
        var dataset = Profile.Datasets.Single(d => d.PlanId == ReviewId);
        var evaluation = PlanEvaluator.Evaluate(Review, dataset.Observations, new AdministrativeHierarchy(Profile.Units));

        var result = Assert.Single(evaluation.Results, r => r.Indicator.Id == "R1" && r.Year == 2020);
        Assert.NotNull(result.Actual);
        Assert.Equal(8163m, result.Actual.Numerator);
        Assert.Equal(214825m, result.Actual.Denominator);
        Assert.Equal(3.80m, Math.Round(result.Actual.Value, 2));
    }

    // ------------------------------------------------------------------------------------------
    // tuan-giao-2021-2025: Kế hoạch of UBND huyện Tuần Giáo, 14/9/2021
    // ------------------------------------------------------------------------------------------

    // Header, seed lines 3-9: "Số: /KH-UBND" (number left blank), "Tuần Giáo, ngày 14 tháng 9 năm 2021",
    // "KẾ HOẠCH Triển khai thực hiện các mục tiêu … giai đoạn 2021 - 2025, trên địa bàn huyện Tuần Giáo";
    // line 13: "UBND huyện Tuần Giáo ban hành Kế hoạch".
    [Fact]
    public void Tuan_Giao_plan_has_no_document_number_and_was_issued_on_14_September_2021()
    {
        var document = TuanGiao.Document;

        Assert.Equal("KH", document.Kind);
        Assert.Null(document.Number);
        Assert.Equal("/KH-UBND", document.Symbol);
        Assert.Equal(new LocalDate(2021, 9, 14), document.Issued);
        Assert.Equal("Tuần Giáo", document.Place);
        Assert.Equal("UBND huyện Tuần Giáo", document.Issuer);
        Assert.Equal(new YearSpan(2021, 2025), TuanGiao.Years);
    }

    // The seed text (lines 1-5) shows no issuer block at all above the number line, so nothing shows a
    // parent agency above the issuer (a district People's Committee's own header has none: "ỦY BAN NHÂN
    // DÂN HUYỆN TUẦN GIÁO"). ParentIssuer is "shown above it in the header, if any".
    [Fact]
    public void Tuan_Giao_plan_shows_no_parent_issuer_because_the_document_header_names_none()
    {
        Assert.Null(TuanGiao.Document.ParentIssuer);
    }

    // Signature block, seed lines 276-280: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Mùa Va Hồ".
    [Fact]
    public void Tuan_Giao_plan_is_signed_by_Mua_Va_Ho_as_vice_chair_for_the_chair()
    {
        Assert.Equal(new Signer("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Mùa Va Hồ"), TuanGiao.Document.Signer);
    }

    // Legal bases, seed line 11: "Căn cứ Quyết định số 333/QĐ-UBND ngày 15/3/2021 của UBND tỉnh …" — the
    // district plan implements the provincial programme.
    [Fact]
    public void Tuan_Giao_plan_rests_on_the_provincial_decision_333()
    {
        Assert.Contains(TuanGiao.Document.LegalBases, b => b.Contains("333/QĐ-UBND ngày 15/3/2021", StringComparison.Ordinal));
    }

    // I.2 (seed lines 23-50): 2.1 protection with 5 dashes (l.25-33), 2.2 participation with 3 (l.37-39),
    // 2.3 solutions with 8 (l.43-50); none is numbered.
    [Theory]
    [InlineData(1, "Các mục tiêu về bảo vệ trẻ em", 5)]
    [InlineData(2, "Các mục tiêu về sự tham gia của trẻ em vào các vấn đề về trẻ em", 3)]
    [InlineData(3, "Các mục tiêu giải pháp", 8)]
    public void Tuan_Giao_goal_has_the_targets_of_section_I_2(int number, string title, int targets)
    {
        var goal = Assert.Single(TuanGiao.Goals, g => g.Number == number);

        Assert.Equal(title, goal.Title);
        Assert.Equal($"I.2.{number}", goal.Source.Section);
        Assert.Equal(targets, TuanGiao.Indicators.Count(i => i.GoalId == goal.Id));
    }

    [Fact]
    public void Tuan_Giao_plan_has_3_goals_with_5_3_and_8_unnumbered_targets()
    {
        Assert.Equal([1, 2, 3], TuanGiao.Goals.Select(g => g.Number!.Value));
        Assert.Equal(
            [5, 3, 8],
            TuanGiao.Goals.Select(g => TuanGiao.Indicators.Count(i => i.GoalId == g.Id)));
        Assert.All(TuanGiao.Indicators, i => Assert.Null(i.Number));
    }

    // I.2, target by target, located by goal and dash (seed line in each comment); most are "vào năm 2025",
    // those without a year hold for every year of the plan.
    [Theory]
    // 2.1 dash 1 (l.25): Giảm … xuống dưới 4% vào năm 2025
    [InlineData(1, 1, null, Comparison.LessThan, 4, null, null)]
    // 2.1 dash 2 (l.27): Ít nhất 93% … vào năm 2025
    [InlineData(1, 2, null, Comparison.AtLeast, 93, null, null)]
    // 2.1 dash 3 (l.29): 100% trẻ em bị xâm hại … được can thiệp (no year)
    [InlineData(1, 3, null, Comparison.AtLeast, 100, null, 2021)]
    // 2.1 dash 4 (l.31): Có từ 3 - 5% trẻ em có nguy cơ cao … được can thiệp (no year)
    [InlineData(1, 4, null, Comparison.Between, 3, 5.0, 2021)]
    // 2.1 dash 5 (l.33): Phấn đấu 100% trẻ em gặp thiên tai … (no year)
    [InlineData(1, 5, null, Comparison.AtLeast, 100, null, 2021)]
    // 2.2 dash 1 (l.37): 30% trẻ em từ 07 tuổi trở lên … vào năm 2025
    [InlineData(2, 1, null, Comparison.AtLeast, 30, null, null)]
    // 2.2 dash 2 (l.38): 85% trẻ em … vào năm 2025
    [InlineData(2, 2, null, Comparison.AtLeast, 85, null, null)]
    // 2.2 dash 3 (l.39): đạt 30% trở lên vào năm 2025
    [InlineData(2, 3, null, Comparison.AtLeast, 30, null, null)]
    // 2.3 dash 1 (l.43): 100% Ban Bảo vệ trẻ em được duy trì hoạt động thường xuyên (no year)
    [InlineData(3, 1, null, Comparison.AtLeast, 100, null, 2021)]
    // 2.3 dash 2 (l.44): Ít nhất 90% … hoạt động có hiệu quả vào năm 2025 (trong đó có từ 20% … trở lên …)
    [InlineData(3, 2, "hieu-qua", Comparison.AtLeast, 90, null, null)]
    [InlineData(3, 2, "quan-ly-truong-hop", Comparison.AtLeast, 20, null, null)]
    // 2.3 dash 3 (l.45): đạt ít nhất 40% xã vào năm 2025
    [InlineData(3, 3, null, Comparison.AtLeast, 40, null, null)]
    // 2.3 dash 4 (l.46): Có ít nhất 01 cơ sở cung cấp dịch vụ bảo vệ trẻ em tại cấp huyện … vào năm 2025
    [InlineData(3, 4, null, Comparison.AtLeast, 1, null, null)]
    // 2.3 dash 5 (l.47): Ít nhất có 8 xã, thị trấn … vào năm 2025
    [InlineData(3, 5, null, Comparison.AtLeast, 8, null, null)]
    // 2.3 dash 6 (l.48): 100% người làm công tác bảo vệ trẻ em … được tập huấn … vào năm 2025
    [InlineData(3, 6, null, Comparison.AtLeast, 100, null, null)]
    // 2.3 dash 7 (l.49): 90% hộ gia đình, 100% Trường học … vào năm 2025
    [InlineData(3, 7, "ho-gia-dinh", Comparison.AtLeast, 90, null, null)]
    [InlineData(3, 7, "truong-hoc", Comparison.AtLeast, 100, null, null)]
    public void Tuan_Giao_target_matches_the_document(int goal, int dash, string? measureId, Comparison op, double value, double? max, int? from)
    {
        var indicator = AtPosition(TuanGiao, goal, dash);

        Assert.Equal($"I.2.{goal}, gạch đầu dòng {dash}", indicator.Source.Section);
        AssertTarget(MeasureOf(indicator, measureId), 2025, op, value, max, from);
    }

    // Units: "ít nhất 01 cơ sở" (l.46) and "ít nhất có 8 xã, thị trấn" (l.47) are counts; "Nhân bản một số
    // tài liệu mẫu" (l.50) gives no figure, so it is done or not; the rest are percentages.
    [Theory]
    [InlineData(3, 4, IndicatorUnit.Count)]
    [InlineData(3, 5, IndicatorUnit.Count)]
    [InlineData(3, 8, IndicatorUnit.YesNo)]
    [InlineData(1, 1, IndicatorUnit.Percent)]
    [InlineData(1, 4, IndicatorUnit.Percent)]
    [InlineData(3, 3, IndicatorUnit.Percent)]
    public void Tuan_Giao_target_has_the_unit_of_the_document(int goal, int dash, IndicatorUnit unit)
    {
        Assert.All(AtPosition(TuanGiao, goal, dash).Measures, m => Assert.Equal(unit, m.Unit));
    }

    // II (seed lines 52-126): five numbered groups of activities with their dashed activities.
    [Theory]
    [InlineData("1", 8, "Thực hiện truyền thông, phổ biến kiến thức, chính sách pháp luật về bảo vệ trẻ em, phòng chống xâm hại trẻ em")]
    [InlineData("2", 5, "củng cố tổ chức bộ máy, nhân sự và nâng cao năng lực cung cấp dịch vụ của hệ thống bảo vệ trẻ em")]
    [InlineData("3", 4, "Phát triển mạng lưới cung cấp dịch vụ và hoạt động cung cấp dịch vụ bảo vệ trẻ em, phòng chống xâm hại trẻ em")]
    [InlineData("4", 9, "Tăng cường phòng chống xâm hại trẻ em trên môi trường mạng")]
    [InlineData("5", 6, "Tăng cường phòng, chống xâm hại trẻ em trong môi trường gia đình")]
    public void Tuan_Giao_activity_group_is_stated_in_section_II(string number, int activities, string title)
    {
        var task = Assert.Single(TuanGiao.Tasks, t => t.Number == number);

        Assert.Equal(title, task.Title);
        Assert.Equal(activities, task.Activities.Count);
        Assert.Equal($"II.{number}", task.Source.Section);
    }

    // Section II is headed "HOẠT ĐỘNG TRỌNG TÂM" (key activities, seed line 52): its groups are activities.
    [Fact]
    public void Tuan_Giao_plan_has_five_activity_groups()
    {
        Assert.Equal(["1", "2", "3", "4", "5"], TuanGiao.Tasks.Select(t => t.Number));
        Assert.All(TuanGiao.Tasks, t => Assert.Equal(TaskKind.Activity, t.Kind));
    }

    // Funding, III (seed lines 128-132): "1. Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách hàng
    // năm …" and "2. Các cơ quan, ban, ngành huyện, UBND các xã, thị trấn … lập dự toán ngân sách hàng năm …".
    [Fact]
    public void Tuan_Giao_funding_is_the_two_paragraphs_of_section_III()
    {
        Assert.Equal(["III.1", "III.2"], TuanGiao.Funding.Select(f => f.Source.Section));
        Assert.StartsWith("Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách hàng năm", TuanGiao.Funding[0].Text, StringComparison.Ordinal);
    }

    // IV (seed lines 136-258): thirteen numbered agencies; 11 and 12 begin with "Đề nghị" (requested).
    [Theory]
    [InlineData("1", "Phòng Lao động - Thương binh và Xã hội", AgencyLevel.District, false)]
    [InlineData("2", "Phòng Giáo dục và Đào tạo", AgencyLevel.District, false)]
    [InlineData("3", "Công an huyện", AgencyLevel.District, false)]
    [InlineData("4", "Phòng Văn hóa và Thông tin", AgencyLevel.District, false)]
    [InlineData("5", "Trung Tâm Văn hóa Truyền Thanh và Truyền hình", AgencyLevel.District, false)]
    [InlineData("6", "Phòng Tư pháp", AgencyLevel.District, false)]
    [InlineData("7", "Phòng Y tế, Trung tâm Y tế", AgencyLevel.District, false)]
    [InlineData("8", "Phòng Dân tộc", AgencyLevel.District, false)]
    [InlineData("9", "Phòng Tài chính và Kế hoạch", AgencyLevel.District, false)]
    [InlineData("10", "Các cơ quan, ban, ngành huyện", AgencyLevel.District, false)]
    [InlineData("11", "Đoàn thanh niên cộng sản Hồ Chí Minh", AgencyLevel.Organisation, true)]
    [InlineData("12", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Hội Liên hiệp Phụ nữ huyện và các tổ chức chính trị - xã hội", AgencyLevel.Organisation, true)]
    [InlineData("13", "UBND các xã, thị trấn", AgencyLevel.Commune, false)]
    public void Tuan_Giao_agency_is_stated_in_section_IV(string number, string name, AgencyLevel level, bool requested)
    {
        var agency = Assert.Single(TuanGiao.Agencies, a => a.Number == number);

        Assert.Equal(name, agency.Name);
        Assert.Equal(level, agency.Level);
        Assert.Equal(requested, agency.Requested);
        Assert.NotEmpty(agency.Duties);
        Assert.Equal($"IV.{number}", agency.Source.Section);
    }

    [Fact]
    public void Tuan_Giao_plan_has_13_numbered_agencies_of_which_two_are_requested()
    {
        var numbered = TuanGiao.Agencies.Where(a => a.Number is not null).ToList();

        Assert.Equal(Enumerable.Range(1, 13).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), numbered.Select(a => a.Number));
        Assert.Equal(["11", "12"], numbered.Where(a => a.Requested).Select(a => a.Number));
    }

    // V (seed line 262): "Các cơ quan, ban, ngành, đoàn thể huyện và UBND các xã, thị trấn … định kỳ hàng năm
    // (trước ngày 20/11) hoặc đột xuất (khi có yêu cầu) báo cáo kết quả thực hiện về UBND huyện (qua phòng
    // Lao động - Thương binh và Xã hội)". "Trước ngày 20/11": the 20th itself is too late.
    [Theory]
    [InlineData("co-quan-huyen")]
    [InlineData("ubnd-xa")]
    public void Tuan_Giao_annual_report_is_due_before_20_November(string from)
    {
        var step = Assert.Single(TuanGiao.Reporting, r => r.Kind == ReportingStepKind.Annual && r.From == from);

        Assert.Equal("ubnd-huyen", step.To);
        Assert.Equal("phong-ldtbxh", step.Via);
        Assert.NotNull(step.Due);
        Assert.Equal(new AnnualDate(11, 20), step.Due.Annual);
        Assert.True(step.Due.Before);
        Assert.Equal(new LocalDate(2023, 11, 19), step.Due.LastDayInYear(2023));
        Assert.Equal("V", step.Source.Section);
    }

    // 20/11 is the only day the plan gives (seed line 262); every dated step carries it, and the plan's
    // ad-hoc reports ("đột xuất (khi có yêu cầu)") carry none.
    [Fact]
    public void The_only_deadline_of_the_Tuan_Giao_plan_is_before_20_November()
    {
        Assert.All(TuanGiao.Reporting.Where(r => r.Due is not null), r =>
        {
            Assert.Equal(new AnnualDate(11, 20), r.Due!.Annual);
            Assert.True(r.Due.Before);
        });
        Assert.All(TuanGiao.Reporting.Where(r => r.Kind == ReportingStepKind.AdHoc), r => Assert.Null(r.Due));
        Assert.Contains(TuanGiao.Reporting, r => r.Kind == ReportingStepKind.AdHoc);
    }

    // V (seed line 262): both the district bodies and "UBND các xã, thị trấn" report "hoặc đột xuất (khi có yêu cầu)"
    // to UBND huyện through Phòng Lao động - Thương binh và Xã hội, as they report every year.
    [Theory]
    [InlineData("co-quan-huyen")]
    [InlineData("ubnd-xa")]
    public void Tuan_Giao_bodies_and_communes_both_report_ad_hoc_as_section_V_says(string from)
    {
        var step = Assert.Single(TuanGiao.Reporting, r => r.Kind == ReportingStepKind.AdHoc && r.From == from);

        Assert.Equal(("ubnd-huyen", "phong-ldtbxh", "V"), (step.To, step.Via, step.Source.Section));
        Assert.Null(step.Due);
        Assert.Equal("hoặc đột xuất (khi có yêu cầu)", step.Text);
    }
}
