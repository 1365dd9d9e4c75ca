using ChildPlan.Indicators;
using ChildPlan.Profiles.ThuaThienHue;
using NodaTime;

namespace ChildPlan.Tests.Profiles;

/// <summary>
/// Pins the encoded Thừa Thiên Huế plan <c>kh-208-2021</c> to its source document, Kế hoạch 208/KH-UBND of
/// 09/6/2021 (<c>shared/seeds/thua-thien-hue-plan-208-2021.txt</c>). Every expected value below was read off
/// the source text; the comment above each group names the section and the line of the seed file.
/// </summary>
public sealed class ThuaThienHuePlanTests
{
    private static readonly ThuaThienHueProfile Profile = new();

    private static Plan Plan => Profile.Plans.Single();

    private static Indicator Numbered(int number) => Plan.Indicators.Single(i => i.Number == number);

    private static Measure MeasureOf(Indicator indicator, string? measureId) =>
        indicator.FindMeasure(measureId) ?? throw new InvalidOperationException($"{indicator.Id} has no measure '{measureId}'.");

    private static IEnumerable<int> NumbersWhere(Func<Indicator, bool> predicate) =>
        Plan.Indicators.Where(predicate).Select(i => i.Number!.Value).Order();

    // ------------------------------------------------------------------------------------------
    // The document
    // ------------------------------------------------------------------------------------------

    // Header, seed lines 15-32: "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ", "Số: 208/KH-UBND",
    // "Thừa Thiên Huế, ngày 09 tháng 6 năm 2021", "KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 07/2021/NQ-HĐND …
    // GIAI ĐOẠN 2021 - 2025".
    [Fact]
    public void Plan_is_ke_hoach_208_KH_UBND_issued_on_9_June_2021_for_2021_to_2025()
    {
        Assert.Equal("kh-208-2021", Plan.Id);
        Assert.Equal("thua-thien-hue", Plan.ProfileId);
        Assert.Equal("46", Plan.AreaCode);
        Assert.Equal(new YearSpan(2021, 2025), Plan.Years);

        var document = Plan.Document;
        Assert.Equal("KH", document.Kind);
        Assert.Equal("208", document.Number);
        Assert.Equal("208/KH-UBND", document.Symbol);
        Assert.Equal("UBND tỉnh Thừa Thiên Huế", document.Issuer);
        Assert.Null(document.ParentIssuer);
        Assert.Equal("Thừa Thiên Huế", document.Place);
        Assert.Equal(new LocalDate(2021, 6, 9), document.Issued);
        Assert.Equal("thua-thien-hue-plan-208-2021.txt", document.File);
    }

    // Signature block, seed lines 287-294: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Thanh Bình".
    [Fact]
    public void Plan_is_signed_by_Nguyen_Thanh_Binh_as_vice_chair_for_the_chair()
    {
        Assert.Equal(new Signer("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"), Plan.Document.Signer);
    }

    // Line 34: "Thực hiện Nghị quyết số 07/2021/NQ-HĐND ngày 26/4/2021 của Hội đồng nhân dân tỉnh …";
    // Nơi nhận, lines 279-285.
    [Fact]
    public void Plan_implements_resolution_07_2021_NQ_HDND_and_goes_to_the_recipients_of_the_document()
    {
        var basis = Assert.Single(Plan.Document.LegalBases);
        Assert.StartsWith("Nghị quyết số 07/2021/NQ-HĐND ngày 26/4/2021", basis, StringComparison.Ordinal);
        Assert.Equal(
            ["TTHĐND (b/c)", "Ban VHXH -HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Các đơn vị nêu tại mục III", "VP: CVP, các PCVP", "Lưu: VT, TH, XH"],
            Plan.Document.Recipients);
    }

    // Nghị quyết 175/2024/QH15: Tỉnh Thừa Thiên Huế became Thành phố Huế (centrally run) on 01/01/2025, keeping code 46.
    [Fact]
    public void Province_46_is_Tinh_Thua_Thien_Hue_until_2024_and_Thanh_pho_Hue_from_2025()
    {
        var hierarchy = new AdministrativeHierarchy(Profile.Units, Profile.Changes);

        Assert.Equal("Tỉnh Thừa Thiên Huế", hierarchy.InYear("46", 2024)!.Name);
        Assert.Equal("Thành phố Huế", hierarchy.InYear("46", 2025)!.Name);
        Assert.All(Profile.Units.Where(u => u.Code == "46"), u => Assert.Equal((AdministrativeLevel.Province, (string?)null), (u.Level, u.ParentCode)));
    }

    // ------------------------------------------------------------------------------------------
    // I. Mục tiêu: 4 goals, 18 numbered indicators
    // ------------------------------------------------------------------------------------------

    // Lines 38, 50, 66, 78.
    [Theory]
    [InlineData(1, "Phát triển toàn diện trẻ em, chăm sóc sức khỏe, dinh dưỡng cho trẻ em")]
    [InlineData(2, "Mục tiêu về bảo vệ trẻ em")]
    [InlineData(3, "Mục tiêu về giáo dục, văn hóa, vui chơi, giải trí cho trẻ em")]
    [InlineData(4, "Mục tiêu về sự tham gia của trẻ em vào các vấn đề của trẻ em")]
    public void Goal_is_stated_in_section_I(int number, string title)
    {
        var goal = Assert.Single(Plan.Goals, g => g.Number == number);
        Assert.Equal(title, goal.Title);
        Assert.Equal($"I.{number}", goal.Source.Section);
    }

    [Fact]
    public void Plan_has_four_goals_and_eighteen_numbered_indicators_in_document_order()
    {
        Assert.Equal(4, Plan.Goals.Count);
        Assert.Equal(Enumerable.Range(1, 18), Plan.Indicators.Select(i => i.Number!.Value));
        Assert.Equal(Enumerable.Range(1, 18).Select(n => $"CT{n}"), Plan.Indicators.Select(i => i.Id));
    }

    // Goal 1 holds chỉ tiêu 1-5 (lines 40-48), goal 2 holds 6-12 (52-64), goal 3 holds 13-17 (68-76), goal 4 holds 18 (80).
    [Theory]
    [InlineData(1, 1, 5)]
    [InlineData(2, 6, 12)]
    [InlineData(3, 13, 17)]
    [InlineData(4, 18, 18)]
    public void Indicators_sit_under_the_goal_the_document_lists_them_in(int goalNumber, int first, int last)
    {
        var goalId = Plan.Goals.Single(g => g.Number == goalNumber).Id;

        Assert.Equal(Enumerable.Range(first, last - first + 1), NumbersWhere(i => i.GoalId == goalId));
    }

    // Measures each chỉ tiêu bundles: 2 = sơ sinh, dưới 1 tuổi, dưới 5 tuổi (l.42); 3 = thấp còi, nhẹ cân,
    // thừa cân béo phì nông thôn / thành thị (l.44); 1, 4, 6, 9, 12, 13, 14, 15, 16 two each; the rest one.
    [Theory]
    [InlineData(1, "dang-ky", "dat-chuan")]
    [InlineData(2, "so-sinh", "duoi-1-tuoi", "duoi-5-tuoi")]
    [InlineData(3, "thap-coi", "nhe-can", "thua-can-nong-thon", "thua-can-thanh-thi")]
    [InlineData(4, "duoi-1-tuoi", "duoi-5-tuoi")]
    [InlineData(5)]
    [InlineData(6, "hoan-canh-dac-biet", "duoc-tro-giup")]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9, "tai-nan", "tu-vong")]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(12, "dang-ky-khai-sinh", "dung-han")]
    [InlineData(13, "mau-giao-5-tuoi", "pho-cap")]
    [InlineData(14, "vao-lop-1", "hoan-thanh-tieu-hoc")]
    [InlineData(15, "hoan-thanh-thcs", "bo-hoc-thcs")]
    [InlineData(16, "tat-ca", "duoi-5-tuoi")]
    [InlineData(17)]
    [InlineData(18)]
    public void Indicator_bundles_the_measures_the_document_names(int number, params string[] measureIds)
    {
        var indicator = Numbered(number);

        if (measureIds.Length == 0)
        {
            Assert.True(indicator.IsSingleMeasure);
        }
        else
        {
            Assert.Equal(measureIds, indicator.Measures.Select(m => m.Id));
        }
    }

    [Fact]
    public void Plan_has_32_measures_of_which_25_belong_to_the_eleven_bundled_indicators()
    {
        Assert.Equal(32, Plan.Indicators.Sum(i => i.Measures.Count));
        Assert.Equal(11, Plan.Indicators.Count(i => !i.IsSingleMeasure));
        Assert.Equal(25, Plan.Indicators.Where(i => !i.IsSingleMeasure).Sum(i => i.Measures.Count));
    }

    // Chỉ tiêu 3 (l.44): "xuống dưới 5% đối với nông thôn và dưới 8% đối với thành thị".
    [Fact]
    public void Overweight_of_indicator_3_is_split_into_a_rural_and_an_urban_measure()
    {
        var indicator = Numbered(3);

        Assert.Equal("rural", MeasureOf(indicator, "thua-can-nong-thon").Dimension["area"]);
        Assert.Equal("urban", MeasureOf(indicator, "thua-can-thanh-thi").Dimension["area"]);
        Assert.Empty(MeasureOf(indicator, "thap-coi").Dimension);
    }

    [Theory]
    [InlineData(2, "so-sinh", IndicatorUnit.PerThousandLiveBirths, Direction.Decrease)]
    [InlineData(2, "duoi-1-tuoi", IndicatorUnit.PerThousandLiveBirths, Direction.Decrease)]
    [InlineData(2, "duoi-5-tuoi", IndicatorUnit.PerThousandLiveBirths, Direction.Decrease)]
    [InlineData(3, "thua-can-thanh-thi", IndicatorUnit.Percent, Direction.Decrease)]
    [InlineData(4, "duoi-1-tuoi", IndicatorUnit.Percent, Direction.Increase)]
    [InlineData(6, "hoan-canh-dac-biet", IndicatorUnit.Percent, Direction.Decrease)]
    [InlineData(6, "duoc-tro-giup", IndicatorUnit.Percent, Direction.Increase)]
    [InlineData(7, null, IndicatorUnit.Percent, Direction.Decrease)]
    [InlineData(8, null, IndicatorUnit.Percent, Direction.Decrease)]
    [InlineData(9, "tai-nan", IndicatorUnit.PerHundredThousandChildren, Direction.Decrease)]
    [InlineData(9, "tu-vong", IndicatorUnit.PerHundredThousandChildren, Direction.Decrease)]
    [InlineData(11, null, IndicatorUnit.PercentChangePerYear, Direction.Decrease)]
    [InlineData(15, "hoan-thanh-thcs", IndicatorUnit.Percent, Direction.Increase)]
    [InlineData(15, "bo-hoc-thcs", IndicatorUnit.Percent, Direction.Decrease)]
    [InlineData(18, null, IndicatorUnit.Percent, Direction.Increase)]
    public void Measure_has_the_unit_and_direction_of_the_document(int number, string? measureId, IndicatorUnit unit, Direction direction)
    {
        var measure = MeasureOf(Numbered(number), measureId);

        Assert.Equal(unit, measure.Unit);
        Assert.Equal(direction, measure.Direction);
    }

    // Section I, target by target (seed line in each comment). The document gives no year: the milestone is
    // 2025, the end of the period; "duy trì" (chỉ tiêu 1) and "hằng năm" (chỉ tiêu 11) apply from 2021.
    // "dưới"/"xuống dưới" → <, "xuống" → <=, "trên"/"đạt trên" → >, "đạt"/"phấn đấu"/bare "100%" → >=.
    [Theory]
    // 1 (l.40): 100% xã/phường/thị trấn đăng ký xây dựng và duy trì trên 65% … đạt tiêu chuẩn
    [InlineData(1, "dang-ky", Comparison.AtLeast, 100, null, null)]
    [InlineData(1, "dat-chuan", Comparison.GreaterThan, 65, null, 2021)]
    // 2 (l.42): sơ sinh dưới 1; dưới 1 tuổi xuống 0.8; dưới 5 tuổi dưới 1 (p/1000), kept as written
    [InlineData(2, "so-sinh", Comparison.LessThan, 1, null, null)]
    [InlineData(2, "duoi-1-tuoi", Comparison.AtMost, 0.8, null, null)]
    [InlineData(2, "duoi-5-tuoi", Comparison.LessThan, 1, null, null)]
    // 3 (l.44): thấp còi xuống dưới 9%; nhẹ cân xuống dưới 7%; thừa cân béo phì dưới 5% nông thôn, dưới 8% thành thị
    [InlineData(3, "thap-coi", Comparison.LessThan, 9, null, null)]
    [InlineData(3, "nhe-can", Comparison.LessThan, 7, null, null)]
    [InlineData(3, "thua-can-nong-thon", Comparison.LessThan, 5, null, null)]
    [InlineData(3, "thua-can-thanh-thi", Comparison.LessThan, 8, null, null)]
    // 4 (l.46): dưới 1 tuổi 8 loại vắc xin đạt trên 95%; 90% trẻ em dưới 5 tuổi
    [InlineData(4, "duoi-1-tuoi", Comparison.GreaterThan, 95, null, null)]
    [InlineData(4, "duoi-5-tuoi", Comparison.AtLeast, 90, null, null)]
    // 5 (l.48): 100% cơ sở giáo dục … có công trình vệ sinh đạt chuẩn
    [InlineData(5, null, Comparison.AtLeast, 100, null, null)]
    // 6 (l.52): xuống dưới 1,5%, trong đó trên 90% … được chăm sóc, nuôi dưỡng, trợ giúp
    [InlineData(6, "hoan-canh-dac-biet", Comparison.LessThan, 1.5, null, null)]
    [InlineData(6, "duoc-tro-giup", Comparison.GreaterThan, 90, null, null)]
    // 7 (l.54): xuống dưới 0,01%
    [InlineData(7, null, Comparison.LessThan, 0.01, null, null)]
    // 8 (l.56): dưới 0,005%
    [InlineData(8, null, Comparison.LessThan, 0.005, null, null)]
    // 9 (l.58): tai nạn thương tích xuống 550/100.000; tử vong do tai nạn thương tích dưới 15/100.000
    [InlineData(9, "tai-nan", Comparison.AtMost, 550, null, null)]
    [InlineData(9, "tu-vong", Comparison.LessThan, 15, null, null)]
    // 10 (l.60): Phấn đấu 100% … được cứu trợ, hỗ trợ kịp thời
    [InlineData(10, null, Comparison.AtLeast, 100, null, null)]
    // 11 (l.62): duy trì mức giảm số cuộc tảo hôn từ 2% đến 3% hằng năm
    [InlineData(11, null, Comparison.Between, -3, -2.0, 2021)]
    // 12 (l.64): 100% … đăng ký khai sinh, trong đó có 90% … đúng hạn
    [InlineData(12, "dang-ky-khai-sinh", Comparison.AtLeast, 100, null, null)]
    [InlineData(12, "dung-han", Comparison.AtLeast, 90, null, null)]
    // 13 (l.68): mẫu giáo đạt tỷ lệ trên 99%; phổ cập đạt trên 90%
    [InlineData(13, "mau-giao-5-tuoi", Comparison.GreaterThan, 99, null, null)]
    [InlineData(13, "pho-cap", Comparison.GreaterThan, 90, null, null)]
    // 14 (l.70): vào lớp 1 đạt 100% và 100% hoàn thành cấp tiểu học
    [InlineData(14, "vao-lop-1", Comparison.AtLeast, 100, null, null)]
    [InlineData(14, "hoan-thanh-tieu-hoc", Comparison.AtLeast, 100, null, null)]
    // 15 (l.72): hoàn thành THCS đạt 90%; phấn đấu giảm … bỏ học THCS dưới 0.1%
    [InlineData(15, "hoan-thanh-thcs", Comparison.AtLeast, 90, null, null)]
    [InlineData(15, "bo-hoc-thcs", Comparison.LessThan, 0.1, null, null)]
    // 16 (l.74): đạt 80% (riêng trẻ em dưới 5 tuổi đạt 60%)
    [InlineData(16, "tat-ca", Comparison.AtLeast, 80, null, null)]
    [InlineData(16, "duoi-5-tuoi", Comparison.AtLeast, 60, null, null)]
    // 17 (l.76): Phấn đấu … đạt 60%
    [InlineData(17, null, Comparison.AtLeast, 60, null, null)]
    // 18 (l.80): Phấn đấu trên 85%
    [InlineData(18, null, Comparison.GreaterThan, 85, null, null)]
    public void Target_of_2025_matches_the_document(int number, string? measureId, Comparison op, double value, double? max, int? from)
    {
        var measure = MeasureOf(Numbered(number), measureId);

        var target = Assert.Single(measure.Targets);
        Assert.Equal(2025, target.Year);
        Assert.Equal(op, target.Comparison);
        Assert.Equal((decimal)value, target.Value);
        Assert.Equal((decimal?)max, target.Max);
        Assert.Equal(from, target.FromYear);
        Assert.False(string.IsNullOrWhiteSpace(target.Text));
    }

    // The Theory above covers every measure: 32 targets in all, one per measure.
    [Fact]
    public void Every_measure_has_exactly_one_target_and_no_baseline_because_the_document_states_none()
    {
        Assert.All(Plan.Indicators.SelectMany(i => i.Measures), m =>
        {
            Assert.Single(m.Targets);
            Assert.Null(m.Baseline);
        });
    }

    // Chỉ tiêu 2's levels look odd (l.42: under-1 "xuống 0.8" below neonatal "dưới 1"); they are kept, with a note.
    [Fact]
    public void Odd_looking_targets_of_indicators_2_and_8_are_kept_and_explained()
    {
        Assert.Contains("không sửa", Numbered(2).Note, StringComparison.Ordinal);
        Assert.Contains("0,005%", Numbered(8).Note, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------------------------------
    // III. Tổ chức thực hiện: 14 agencies and the indicators each leads or supports
    // ------------------------------------------------------------------------------------------

    // Lines 162, 180, 182, 196, 206, 216, 222, 228, 236, 242, 248, 250, 252, 264.
    [Theory]
    [InlineData("1", "so-ldtbxh", "Sở Lao động - Thương binh và Xã hội", AgencyKind.Department, 8)]
    [InlineData("2", "so-noi-vu", "Sở Nội vụ", AgencyKind.Department, 1)]
    [InlineData("3", "so-y-te", "Sở Y tế", AgencyKind.Department, 6)]
    [InlineData("4", "so-gddt", "Sở Giáo dục và Đào tạo", AgencyKind.Department, 4)]
    [InlineData("5", "so-vhtt", "Sở Văn hóa và Thể thao", AgencyKind.Department, 4)]
    [InlineData("6", "so-tu-phap", "Sở Tư pháp", AgencyKind.Department, 2)]
    [InlineData("7", "cong-an-tinh", "Công an tỉnh", AgencyKind.Police, 2)]
    [InlineData("8", "so-tttt", "Sở Thông tin và Truyền thông", AgencyKind.Department, 3)]
    [InlineData("9", "so-khdt", "Sở Kế hoạch và Đầu tư", AgencyKind.Department, 2)]
    [InlineData("10", "so-tai-chinh", "Sở Tài chính", AgencyKind.Department, 2)]
    [InlineData("11", "so-xay-dung", "Sở Xây dựng", AgencyKind.Department, 1)]
    [InlineData("12", "so-tnmt", "Sở Tài nguyên và Môi trường", AgencyKind.Department, 1)]
    [InlineData("13", "ubnd-huyen", "Ủy ban nhân dân thành phố Huế, các thị xã và các huyện", AgencyKind.PeopleCommittee, 5)]
    public void Agency_of_section_III_is_named_and_instructed_as_written(string number, string id, string name, AgencyKind kind, int duties)
    {
        var agency = Plan.FindAgency(id);

        Assert.NotNull(agency);
        Assert.Equal(number, agency.Number);
        Assert.Equal(name, agency.Name);
        Assert.Equal(kind, agency.Kind);
        Assert.False(agency.Requested);
        Assert.Equal(duties, agency.Duties.Count);
        Assert.Equal($"III.{number}", agency.Source.Section);
    }

    // III.14 (l.264): "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, … tổ chức kinh tế" — requested, not instructed.
    [Fact]
    public void Mass_organisations_of_section_III_14_are_requested()
    {
        var agency = Plan.FindAgency("doan-the");

        Assert.NotNull(agency);
        Assert.Equal("14", agency.Number);
        Assert.True(agency.Requested);
        Assert.Equal(AgencyKind.MassOrganisation, agency.Kind);
        Assert.StartsWith("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh Đoàn thanh niên cộng sản Hồ Chí Minh", agency.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_has_fourteen_numbered_agencies_and_the_two_unnumbered_ones_the_reporting_regime_needs()
    {
        Assert.Equal(Enumerable.Range(1, 14).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Plan.Agencies.Where(a => a.Number is not null).Select(a => a.Number));
        Assert.Equal(["so-nganh", "ubnd-tinh"], Plan.Agencies.Where(a => a.Number is null).Select(a => a.Id));
    }

    // Which chỉ tiêu each agency is given, as section III writes it:
    //   III.1 (l.166) "Chủ trì … thực hiện các chỉ tiêu 1,6, 8, 10, 18"
    //   III.3 (l.184) "Chủ trì, hướng dẫn triển khai, thực hiện các chỉ tiêu 2,3,4,9"
    //   III.4 (l.198) "Hướng dẫn triển khai, thực hiện các chỉ tiêu 5, 13, 14, 15, 16"
    //   III.5 (l.208) "Hướng dẫn, theo dõi, đôn đốc các địa phương triển khai, thực hiện chỉ tiêu 11, 17"
    //   III.6 (l.218) "Hướng dẫn, thực hiện chỉ tiêu 12"
    //   III.7 (l.224) "Chủ trì, phối hợp … để thực hiện tốt chỉ tiêu 7"
    // No other agency is given a chỉ tiêu to lead.
    [Theory]
    [InlineData("so-ldtbxh", 1, 6, 8, 10, 18)]
    [InlineData("so-noi-vu")]
    [InlineData("so-y-te", 2, 3, 4, 9)]
    [InlineData("so-gddt", 5, 13, 14, 15, 16)]
    [InlineData("so-vhtt", 11, 17)]
    [InlineData("so-tu-phap", 12)]
    [InlineData("cong-an-tinh", 7)]
    [InlineData("so-tttt")]
    [InlineData("so-khdt")]
    [InlineData("so-tai-chinh")]
    [InlineData("so-xay-dung")]
    [InlineData("so-tnmt")]
    [InlineData("ubnd-huyen")]
    [InlineData("doan-the")]
    [InlineData("so-nganh")]
    [InlineData("ubnd-tinh")]
    public void Agency_leads_exactly_the_indicators_section_III_gives_it(string agencyId, params int[] numbers)
    {
        Assert.Equal(numbers.Order(), NumbersWhere(i => i.Responsibility.IsLead(agencyId)));
    }

    // Coordinating agencies, as section III writes them:
    //   III.3 (l.186) Sở Y tế "Phối hợp … để thực hiện tốt chỉ tiêu 16"
    //   III.7 (l.224) Công an tỉnh "Chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội và các sở, ban, ngành
    //                 liên quan, địa phương … chỉ tiêu 7"
    //   III.1 (l.166) Sở LĐTBXH "Chủ trì, phối hợp với các cơ quan, đơn vị liên quan và địa phương … 1,6, 8, 10, 18"
    //   III.5 (l.208) Sở VHTT "đôn đốc các địa phương triển khai, thực hiện chỉ tiêu 11, 17"
    // "địa phương" is agency 13 (ubnd-huyen); "các sở, ban, ngành liên quan" / "các cơ quan, đơn vị liên quan" the group so-nganh.
    [Theory]
    [InlineData("so-ldtbxh", 7)]
    [InlineData("so-y-te", 16)]
    [InlineData("so-nganh", 1, 6, 7, 8, 10, 18)]
    [InlineData("ubnd-huyen", 1, 6, 7, 8, 10, 11, 17, 18)]
    [InlineData("so-gddt")]
    [InlineData("so-vhtt")]
    [InlineData("so-tu-phap")]
    [InlineData("cong-an-tinh")]
    [InlineData("so-noi-vu")]
    [InlineData("so-tttt")]
    [InlineData("so-khdt")]
    [InlineData("so-tai-chinh")]
    [InlineData("so-xay-dung")]
    [InlineData("so-tnmt")]
    [InlineData("doan-the")]
    [InlineData("ubnd-tinh")]
    public void Agency_supports_exactly_the_indicators_section_III_names_it_for(string agencyId, params int[] numbers)
    {
        Assert.Equal(numbers.Order(), NumbersWhere(i => i.Responsibility.Support.Contains(agencyId)));
    }

    // ------------------------------------------------------------------------------------------
    // II. Nhiệm vụ và giải pháp
    // ------------------------------------------------------------------------------------------

    // Items 1-5 (lines 84, 86, 88, 144, 150) and the sub-items a)-e) of 3 (lines 90, 98, 114, 124, 132, 138),
    // with their "-" bullets (3.b's last bullet has three "+" sub-bullets, kept as activities).
    [Theory]
    [InlineData("NV1", "1", 0, "Tăng cường sự lãnh đạo, chỉ đạo, hướng dẫn, phối hợp của cấp ủy")]
    [InlineData("NV2", "2", 0, "Các cấp, các ngành, đoàn thể, tổ chức xã hội và địa phương có trách nhiệm xây dựng kế hoạch")]
    [InlineData("NV3", "3", 0, "Thực hiện đồng bộ các nhiệm vụ, giải pháp")]
    [InlineData("NV3a", "3.a", 3, "Tăng cường truyền thông, giáo dục về kiến thức, kỹ năng thực hiện quyền, bổn phận của trẻ em")]
    [InlineData("NV3b", "3.b", 7, "Phát triển hệ thống cung cấp dịch vụ chăm sóc, bảo vệ trẻ em")]
    [InlineData("NV3c", "3.c", 4, "Tăng cường phòng ngừa, phát hiện, hỗ trợ trẻ em bị xâm hại")]
    [InlineData("NV3d", "3.d", 3, "Duy trì, phát triển hệ thống cơ sở dữ liệu về trẻ em")]
    [InlineData("NV3dd", "3.đ", 2, "Hội nhập và hợp tác quốc tế về công tác bảo vệ, chăm sóc trẻ em")]
    [InlineData("NV3e", "3.e", 2, "Tăng cường công tác kiểm tra, thanh tra việc thực hiện pháp luật")]
    [InlineData("NV4", "4", 2, "Nâng cao chất lượng bộ máy làm công tác bảo vệ, chăm sóc trẻ em các cấp")]
    [InlineData("NV5", "5", 4, "Tập trung nhiều nguồn lực để thực hiện các mục tiêu, chỉ tiêu")]
    public void Task_is_stated_in_section_II(string id, string number, int activities, string titleStart)
    {
        var task = Assert.Single(Plan.Tasks, t => t.Id == id);

        Assert.Equal(number, task.Number);
        Assert.Equal(activities, task.Activities.Count);
        Assert.StartsWith(titleStart, task.Title, StringComparison.Ordinal);
        Assert.Equal($"II.{number}", task.Source.Section);
    }

    [Fact]
    public void Section_II_has_eleven_items_in_document_order()
    {
        Assert.Equal(["NV1", "NV2", "NV3", "NV3a", "NV3b", "NV3c", "NV3d", "NV3dd", "NV3e", "NV4", "NV5"], Plan.Tasks.Select(t => t.Id));
    }

    // II.5 (lines 152-158) is where the document says the money comes from; it has no section called "kinh phí".
    [Fact]
    public void Funding_quotes_the_resources_of_section_II_5()
    {
        Assert.Equal(["II.5, gạch đầu dòng 1", "II.5, gạch đầu dòng 2", "II.5, gạch đầu dòng 4"], Plan.Funding.Select(f => f.Source.Section));
        Assert.Equal("Nguồn ngân sách nhà nước Trung ương, tỉnh, huyện và các nguồn thuộc các chương trình dự án.", Plan.Funding[0].Text);
    }

    // ------------------------------------------------------------------------------------------
    // Reporting: IV and III.1 / III.13
    // ------------------------------------------------------------------------------------------

    // Annual deadlines, all "trước ngày":
    //   III.13 (l.262) districts "Định kỳ hàng năm trước ngày 25/11 báo cáo UBND tỉnh … thông qua Sở LĐTBXH"
    //   IV.1 (l.270)   "các sở, ban ngành liên quan … định kỳ hàng năm trước ngày 30/11 báo cáo UBND tỉnh … thông qua Sở LĐTBXH"
    //   III.1 (l.178)  Sở LĐTBXH "Định kỳ hàng năm trước ngày 30/11 báo cáo UBND tỉnh tình hình triển khai các chỉ tiêu"
    //   IV.2 (l.272)   Sở LĐTBXH "tổng hợp, báo cáo UBND tỉnh tình hình thực hiện hàng năm trước ngày 05/12"
    [Theory]
    [InlineData("bc-nam-huyen", "ubnd-huyen", "so-ldtbxh", 11, 25, "III.13")]
    [InlineData("bc-nam-so-nganh", "so-nganh", "so-ldtbxh", 11, 30, "IV.1")]
    [InlineData("bc-nam-so-ldtbxh", "so-ldtbxh", null, 11, 30, "III.1")]
    [InlineData("bc-nam-tong-hop", "so-ldtbxh", null, 12, 5, "IV.2")]
    public void Annual_report_is_due_before_the_day_the_document_gives(string id, string from, string? via, int month, int day, string section)
    {
        var step = Assert.Single(Plan.Reporting, r => r.Id == id);

        Assert.Equal(ReportingStepKind.Annual, step.Kind);
        Assert.Equal(from, step.From);
        Assert.Equal("ubnd-tinh", step.To);
        Assert.Equal(via, step.Via);
        Assert.NotNull(step.Due);
        Assert.Equal(new AnnualDate(month, day), step.Due.Annual);
        Assert.Null(step.Due.Once);
        Assert.True(step.Due.Before);
        Assert.Equal(section, step.Source.Section);
    }

    // IV.1 (l.270): "UBND các huyện, thị xã và thành phố Huế, các sở, ban ngành liên quan chủ động xây dựng Kế hoạch
    // thực hiện cụ thể, báo cáo UBND tỉnh trước ngày 20/6/2021".
    [Theory]
    [InlineData("ke-hoach-huyen", "ubnd-huyen")]
    [InlineData("ke-hoach-so-nganh", "so-nganh")]
    public void Own_plans_are_due_once_before_20_June_2021(string id, string from)
    {
        var step = Assert.Single(Plan.Reporting, r => r.Id == id);

        Assert.Equal(ReportingStepKind.OneOff, step.Kind);
        Assert.Equal(from, step.From);
        Assert.Equal("ubnd-tinh", step.To);
        Assert.NotNull(step.Due);
        Assert.Equal(new LocalDate(2021, 6, 20), step.Due.Once);
        Assert.Null(step.Due.Annual);
        Assert.True(step.Due.Before);
    }

    // IV.2 (l.272): "báo cáo sơ kết giữa kỳ (02 năm), tổng kết 05 năm thực hiện Kế hoạch"; III.13 (l.260): evaluation
    // "giữa kỳ vào năm 2023"; III.13 (l.262): districts "Tổ chức sơ kết giữa kỳ và tổng kết kết quả thực hiện Kế hoạch".
    [Theory]
    [InlineData("so-ket-giua-ky", ReportingStepKind.Midterm, 2023, "so-ldtbxh")]
    [InlineData("tong-ket", ReportingStepKind.Final, 2025, "so-ldtbxh")]
    [InlineData("so-ket-giua-ky-huyen", ReportingStepKind.Midterm, 2023, "ubnd-huyen")]
    [InlineData("tong-ket-huyen", ReportingStepKind.Final, 2025, "ubnd-huyen")]
    public void Reviews_fall_after_two_and_after_five_years(string id, ReportingStepKind kind, int year, string from)
    {
        var step = Assert.Single(Plan.Reporting, r => r.Id == id);

        Assert.Equal(kind, step.Kind);
        Assert.Equal(year, step.Year);
        Assert.Equal(from, step.From);
        Assert.Equal("ubnd-tinh", step.To);
        Assert.Null(step.Due);
    }

    // IV.3 (l.274): "nếu có vướng mắc, các đơn vị kịp thời báo cáo về UBND tỉnh".
    [Fact]
    public void Problems_are_reported_to_the_province_when_they_arise_without_a_deadline()
    {
        var adHoc = Plan.Reporting.Where(r => r.Kind == ReportingStepKind.AdHoc).ToList();

        Assert.Equal(["so-nganh", "ubnd-huyen"], adHoc.Select(r => r.From).Order(StringComparer.Ordinal));
        Assert.All(adHoc, r =>
        {
            Assert.Equal("ubnd-tinh", r.To);
            Assert.Null(r.Due);
        });
    }

    [Fact]
    public void Reporting_regime_has_twelve_steps()
    {
        Assert.Equal(12, Plan.Reporting.Count);
    }

    [Fact]
    public void Every_item_of_the_plan_cites_document_208_KH_UBND()
    {
        var sources = Plan.Goals.Select(g => g.Source)
            .Concat(Plan.Indicators.Select(i => i.Source))
            .Concat(Plan.Tasks.Select(t => t.Source))
            .Concat(Plan.Agencies.Select(a => a.Source))
            .Concat(Plan.Reporting.Select(r => r.Source))
            .Concat(Plan.Funding.Select(f => f.Source));

        Assert.All(sources, s => Assert.Equal("208/KH-UBND", s.Document));
    }

    // ------------------------------------------------------------------------------------------
    // The sample dataset
    // ------------------------------------------------------------------------------------------

    [Fact]
    public void Dataset_is_sample_data_and_says_so_on_every_row()
    {
        var dataset = Profile.Datasets.Single();

        Assert.True(dataset.IsSample);
        Assert.Equal("kh-208-2021.sample.data.csv", dataset.Name);
        Assert.All(dataset.Observations, o => Assert.Equal("Dữ liệu mẫu (không phải số liệu thật)", o.Source));
    }

    [Theory]
    [InlineData("CT1/dat-chuan", 2022, AchievementStatus.Exceeded)]
    [InlineData("CT1/dat-chuan", 2025, AchievementStatus.Exceeded)]
    [InlineData("CT2/so-sinh", 2025, AchievementStatus.NotAchieved)]
    [InlineData("CT2/duoi-1-tuoi", 2025, AchievementStatus.Achieved)]
    [InlineData("CT3/thap-coi", 2025, AchievementStatus.Exceeded)]
    [InlineData("CT3/thua-can-thanh-thi", 2025, AchievementStatus.NotAchieved)]
    [InlineData("CT4/duoi-1-tuoi", 2025, AchievementStatus.Exceeded)]
    [InlineData("CT6/hoan-canh-dac-biet", 2025, AchievementStatus.Exceeded)]
    [InlineData("CT11", 2022, AchievementStatus.Achieved)]
    [InlineData("CT11", 2025, AchievementStatus.NotAchieved)]
    [InlineData("CT12/dang-ky-khai-sinh", 2025, AchievementStatus.Achieved)]
    [InlineData("CT13/mau-giao-5-tuoi", 2025, AchievementStatus.NotAchieved)]
    [InlineData("CT18", 2025, AchievementStatus.Exceeded)]
    [InlineData("CT3/thap-coi", 2022, AchievementStatus.NoTarget)]
    [InlineData("CT5", 2025, AchievementStatus.NoData)]
    public void Sample_dataset_evaluates_to_a_mix_of_results(string key, int year, AchievementStatus expected)
    {
        var evaluation = PlanEvaluator.Evaluate(Plan, Profile.Datasets.Single().Observations, new AdministrativeHierarchy(Profile.Units));

        var result = Assert.Single(evaluation.Results, r => r.Key == key && r.Year == year);
        Assert.Equal(expected, result.Status);
    }

    // Two rows are given as counts: 12 deaths under 1 in 15,000 live births is 0.8‰ (l.42: "xuống 0.8" — met exactly),
    // and 3,000 children in special circumstances out of 250,000 is 1.2% (l.52: "dưới 1,5%").
    [Fact]
    public void Sample_rates_given_as_counts_are_computed_from_them()
    {
        var evaluation = PlanEvaluator.Evaluate(Plan, Profile.Datasets.Single().Observations, new AdministrativeHierarchy(Profile.Units));

        Assert.Equal(0.8m, evaluation.Results.Single(r => r.Key == "CT2/duoi-1-tuoi" && r.Year == 2025).Actual?.Value);
        Assert.Equal(1.2m, evaluation.Results.Single(r => r.Key == "CT6/hoan-canh-dac-biet" && r.Year == 2025).Actual?.Value);
        Assert.Equal(-3m, evaluation.Results.Single(r => r.Key == "CT11" && r.Year == 2022).Actual?.Value);
    }
}
