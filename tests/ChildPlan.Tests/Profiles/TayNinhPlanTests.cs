using ChildPlan.Profiles.TayNinh;
using ChildPlan.Indicators;
using NodaTime;

namespace ChildPlan.Tests.Profiles;

/// <summary>
/// Pins the encoded Tây Ninh plan (<c>kh-2023</c>) to its source document,
/// <c>shared/seeds/tay-ninh-city-plan-2023.txt</c>: the plan of UBND thành phố Tây Ninh for the National
/// Programme of Action for Children in 2023. Every expected value below was read off the source text; the
/// comment above each test names the section and the line of the seed file it comes from.
/// </summary>
public sealed class TayNinhPlanTests
{
    private const string Symbol = "/KH-UBND";

    private const string ReportToCity =
        "yêu cầu Thủ trưởng các cơ quan, ban, ngành Thành phố, Chủ tịch Ủy ban nhân dân các phường, xã triển khai thực hiện, "
        + "báo cáo kết quả thực hiện 6 tháng, 1 năm về UBND Thành phố (qua Phòng Lao động – Thương binh và Xã hội)";

    private const string ReportToDepartment = "tổng hợp, báo cáo về Sở Lao động – Thương binh và Xã hội theo quy định";

    private static readonly TayNinhProfile Profile = new();

    private static Plan Plan => Profile.Plans.Single();

    private static PlanTask Group(string number) => Assert.Single(Plan.Tasks, t => t.Number == number);

    private static Agency Numbered(string number) => Assert.Single(Plan.Agencies, a => a.Number == number);

    // ------------------------------------------------------------------------------------------
    // The document
    // ------------------------------------------------------------------------------------------

    [Fact]
    public void The_profile_holds_one_plan_kh_2023_for_the_city_of_Tay_Ninh()
    {
        Assert.Equal("tay-ninh", Profile.Id);
        Assert.Equal("kh-2023", Plan.Id);
        Assert.Equal("tay-ninh", Plan.ProfileId);
        Assert.Equal("703", Plan.AreaCode);
        Assert.Equal("Thực hiện Chương trình hành động quốc gia vì trẻ em năm 2023", Plan.Title);
    }

    // Title, seed line 9: "Thực hiện Chương trình hành động quốc gia vì trẻ em năm 2023"; a plan for one year.
    [Fact]
    public void The_plan_covers_the_single_year_2023()
    {
        Assert.Equal(new YearSpan(2023, 2023), Plan.Years);
    }

    // Header, seed lines 3-9: "Số: /KH-UBND" (number left blank), "TP, Tây Ninh, ngày tháng 4 năm 2023" (day left
    // blank), "KẾ HOẠCH Thực hiện Chương trình hành động quốc gia vì trẻ em năm 2023". The format needs a full date:
    // the plan file records 2023-04-01 and says so in its notes.
    [Fact]
    public void The_plan_is_a_KH_with_a_blank_number_issued_in_April_2023()
    {
        var document = Plan.Document;

        Assert.Equal("KH", document.Kind);
        Assert.Null(document.Number);
        Assert.Equal(Symbol, document.Symbol);
        Assert.Equal("Thực hiện Chương trình hành động quốc gia vì trẻ em năm 2023", document.Title);
        Assert.Equal("TP, Tây Ninh", document.Place);
        Assert.Equal(new DocumentDate(new YearMonth(2023, 4)), document.Issued);
        Assert.Equal("tay-ninh-city-plan-2023.txt", document.File);
        Assert.Contains(Plan.Notes, n => n.Contains("ngày tháng 4 năm 2023", StringComparison.Ordinal));
    }

    // The seed shows no issuer block above "Số:" (line 3); line 13 says "Ủy ban nhân dân Thành phố xây dựng Kế hoạch
    // … trên địa bàn thành phố Tây Ninh năm 2023". Nothing shows the province's committee above the issuer.
    [Fact]
    public void The_plan_is_issued_by_UBND_thanh_pho_Tay_Ninh_and_the_header_shows_no_parent_issuer()
    {
        Assert.Equal("UBND thành phố Tây Ninh", Plan.Document.Issuer);
        Assert.Null(Plan.Document.ParentIssuer);
    }

    // Signature block, seed lines 116-117: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" with no name.
    [Fact]
    public void The_signature_block_has_capacity_and_title_but_no_name_as_written()
    {
        Assert.Equal(new Signer(null, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", null), Plan.Document.Signer);
        Assert.Contains(Plan.Notes, n => n.Contains("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", StringComparison.Ordinal));
    }

    // Seed line 11: "Thực hiện Kế hoạch Số 53/KH-SLĐTBXH ngày 22/3/2023 của Sở Lao động – Thương binh và Xã hội tỉnh …".
    [Fact]
    public void The_plan_implements_plan_53_of_the_provincial_labour_department()
    {
        var basis = Assert.Single(Plan.Document.LegalBases);

        Assert.Equal(
            "Kế hoạch Số 53/KH-SLĐTBXH ngày 22/3/2023 của Sở Lao động – Thương binh và Xã hội tỉnh về thực hiện Chương trình hành động quốc gia vì trẻ em năm 2023",
            basis);
    }

    // Nơi nhận, seed lines 109-120 (interrupted by the signature block at 116-117).
    [Fact]
    public void The_recipients_are_those_of_the_Noi_nhan_block()
    {
        Assert.Equal(
            [
                "Sở LĐTBXH",
                "TT. Thành ủy",
                "TT. HĐND Thành phố",
                "CT, các PCT UBND Thành phố",
                "UBMTTQVN Thành phố và các tổ chức chính trị xã hội",
                "Các cơ quan, đơn vị Thành phố",
                "UBND phường, xã",
                "Lưu: VT",
            ],
            Plan.Document.Recipients);
    }

    // ------------------------------------------------------------------------------------------
    // I. Mục đích
    // ------------------------------------------------------------------------------------------

    // I (seed lines 15-21): three un-numbered dashes.
    [Theory]
    [InlineData(1, "Nhằm nâng cao nhận thức và hành động của toàn xã hội trong công tác bảo vệ, chăm sóc trẻ em.")]
    [InlineData(3, "Tuyên truyền, phổ biến pháp luật về công tác bảo vệ, chăm sóc trẻ em")]
    public void A_purpose_of_section_I_is_a_goal_in_the_words_of_the_document(int dash, string title)
    {
        var goal = Plan.Goals[dash - 1];

        Assert.Equal($"MD{dash}", goal.Id);
        Assert.Equal(title, goal.Title);
        Assert.Null(goal.Number);
        Assert.Equal($"I, gạch đầu dòng {dash}", goal.Source.Section);
    }

    [Fact]
    public void The_plan_has_3_purposes_and_no_indicators_because_the_document_states_no_measurable_target()
    {
        Assert.Equal(["MD1", "MD2", "MD3"], Plan.Goals.Select(g => g.Id));
        Assert.StartsWith("Xây dựng môi trường sống an toàn, lành mạnh và thân thiện", Plan.Goals[1].Title, StringComparison.Ordinal);
        Assert.Empty(Plan.Indicators);
        Assert.Empty(Profile.Datasets);
    }

    // ------------------------------------------------------------------------------------------
    // II. Hoạt động của chương trình
    // ------------------------------------------------------------------------------------------

    // II (seed lines 23-67): three numbered groups with 2, 4 and 5 dashed contents; the first dash of II.3 carries
    // the two "+" lines (55, 57) below it.
    [Theory]
    [InlineData("1", 2, "Truyền thông, giáo dục, vận động xã hội nhằm nâng cao nhận thức, kiến thức và kỹ năng bảo vệ, chăm sóc trẻ em cho chính quyền các cấp, các tổ chức, gia đình, nhà trường, cộng đồng xã hội và bản thân trẻ em")]
    [InlineData("2", 4, "Củng cố hệ thống tổ chức, nhân lực và nâng cao năng lực cho đội ngũ công chức, viên chức, cộng tác viên làm công tác bảo vệ, chăm sóc trẻ em")]
    [InlineData("3", 5, "Xây dựng, phát triển hệ thống cung cấp dịch vụ bảo vệ trẻ em, tăng cường sự tham gia của trẻ em vào các vấn đề của trẻ em; Đánh giá thực hiện các chương trình, phong trào.")]
    public void An_activity_group_of_section_II_has_its_contents(string number, int contents, string title)
    {
        var group = Group(number);

        Assert.Equal($"HD{number}", group.Id);
        Assert.Equal(TaskKind.Activity, group.Kind);
        Assert.Equal(title, group.Title);
        Assert.Equal(contents, group.Activities.Count);
        Assert.Equal($"II.{number}", group.Source.Section);
    }

    // "Địa bàn thực hiện: Trên phạm vi toàn Thành phố." (seed lines 33, 47, 67).
    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    public void Every_activity_group_is_carried_out_across_the_whole_city(string number)
    {
        Assert.Equal("Trên phạm vi toàn Thành phố.", Group(number).Area);
    }

    // Section II names no agency for any group; who does what is in section IV.
    [Fact]
    public void The_plan_has_exactly_3_activity_groups_and_assigns_no_lead_to_them()
    {
        Assert.Equal(["HD1", "HD2", "HD3"], Plan.Tasks.Select(t => t.Id));
        Assert.All(Plan.Tasks, t => Assert.Empty(t.Responsibility.Leads));
        Assert.All(Plan.Tasks, t => Assert.Empty(t.Responsibility.Support));
    }

    // Seed lines 31, 45, 53-57, 59.
    [Fact]
    public void Activity_contents_are_quoted_verbatim()
    {
        Assert.Equal(
            "Phối hợp thực hiện các hình thức truyền thông trực tiếp và trực tuyến, nói chuyện chuyên đề trong các trường học về các kỹ năng phòng, chống bạo lực, xâm hại trẻ em; truyền thông diễn đàn trẻ em.",
            Group("1").Activities[1]);
        Assert.Equal("Tham dự các lớp tập huấn, hội nghị, hội thảo do cấp trên tổ chức về công tác bảo vệ, chăm sóc trẻ em.", Group("2").Activities[3]);
        Assert.Equal(
            "Củng cố và duy trì hệ thống bảo vệ trẻ em và phát triển hệ thống cung cấp dịch vụ bảo vệ trẻ em hoạt động có hiệu quả từ Thành phố đến phường, xã: + Ban Chỉ đạo Công tác trẻ em Thành phố. + Ban bảo vệ trẻ em phường, xã.",
            Group("3").Activities[0]);
        Assert.Equal("Duy trì hoạt động mạng lưới kết nối với Tổng đài 111 thông tin, thông báo, tố giác hành vi xâm hại trẻ em.", Group("3").Activities[1]);
    }

    // ------------------------------------------------------------------------------------------
    // III. Kinh phí thực hiện
    // ------------------------------------------------------------------------------------------

    // III (seed line 71).
    [Fact]
    public void The_plan_is_funded_from_the_2023_social_security_budget()
    {
        var funding = Assert.Single(Plan.Funding);

        Assert.Equal("Từ nguồn đảm bảo xã hội năm 2023 (Chương trình chăm sóc, bảo vệ trẻ em)", funding.Text);
        Assert.Equal("III", funding.Source.Section);
    }

    // ------------------------------------------------------------------------------------------
    // IV. Tổ chức thực hiện
    // ------------------------------------------------------------------------------------------

    // IV (seed lines 73-103): eleven numbered agencies; 10 begins with "Đề nghị" (requested).
    [Theory]
    [InlineData("1", "Phòng Lao động - Thương binh và Xã hội Thành phố", AgencyLevel.District, AgencyKind.Office, false, 2)]
    [InlineData("2", "Phòng Tư pháp Thành phố", AgencyLevel.District, AgencyKind.Office, false, 1)]
    [InlineData("3", "Công an Thành phố", AgencyLevel.District, AgencyKind.Police, false, 1)]
    [InlineData("4", "Phòng Giáo dục và Đào tạo Thành phố", AgencyLevel.District, AgencyKind.Office, false, 1)]
    [InlineData("5", "Trung tâm Y tế Thành phố", AgencyLevel.District, AgencyKind.ServiceUnit, false, 1)]
    [InlineData("6", "Trung tâm Văn hóa, Thể thao và Truyền thanh Thành phố", AgencyLevel.District, AgencyKind.ServiceUnit, false, 1)]
    [InlineData("7", "Phòng Văn hóa và Thông tin Thành phố", AgencyLevel.District, AgencyKind.Office, false, 1)]
    [InlineData("8", "Phòng Tài chính-Kế hoạch Thành phố", AgencyLevel.District, AgencyKind.Office, false, 1)]
    [InlineData("9", "Các cơ quan, ban, ngành", AgencyLevel.District, AgencyKind.Group, false, 1)]
    [InlineData("10", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội", AgencyLevel.Organisation, AgencyKind.MassOrganisation, true, 1)]
    [InlineData("11", "UBND các phường, xã", AgencyLevel.Commune, AgencyKind.PeopleCommittee, false, 1)]
    public void An_agency_of_section_IV_has_its_duties(string number, string name, AgencyLevel level, AgencyKind kind, bool requested, int duties)
    {
        var agency = Numbered(number);

        Assert.Equal(name, agency.Name);
        Assert.Equal(level, agency.Level);
        Assert.Equal(kind, agency.Kind);
        Assert.Equal(requested, agency.Requested);
        Assert.Equal(duties, agency.Duties.Count);
        Assert.Equal($"IV.{number}", agency.Source.Section);
    }

    [Fact]
    public void The_plan_has_11_numbered_agencies_of_which_only_the_Mat_tran_is_requested()
    {
        var numbered = Plan.Agencies.Where(a => a.Number is not null).ToList();

        Assert.Equal(Enumerable.Range(1, 11).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), numbered.Select(a => a.Number));
        Assert.Equal(["10"], numbered.Where(a => a.Requested).Select(a => a.Number));
    }

    // The closing paragraph (seed line 105) names the two bodies the reports go to; they have no section of their own.
    [Theory]
    [InlineData("ubnd-thanh-pho", "UBND thành phố Tây Ninh", AgencyLevel.District)]
    [InlineData("so-ldtbxh", "Sở Lao động – Thương binh và Xã hội", AgencyLevel.Province)]
    public void An_unnumbered_agency_is_one_the_reports_go_to(string id, string name, AgencyLevel level)
    {
        var agency = Plan.FindAgency(id);

        Assert.NotNull(agency);
        Assert.Null(agency.Number);
        Assert.Equal(name, agency.Name);
        Assert.Equal(level, agency.Level);
        Assert.Empty(agency.Duties);
        Assert.Equal("Đoạn kết", agency.Source.Section);
    }

    [Fact]
    public void The_plan_lists_13_agencies_the_11_of_section_IV_and_the_2_the_reports_go_to()
    {
        Assert.Equal(13, Plan.Agencies.Count);
        Assert.Equal(11, Plan.Agencies.Count(a => a.Number is not null));
    }

    // A sample of duties, seed lines 79, 83-85 (one paragraph broken across two lines), 95, 99 and 103.
    [Fact]
    public void Agency_duties_are_quoted_verbatim()
    {
        Assert.Equal(
            "Kiểm tra, đôn đốc đội ngũ công tác viên bảo vệ, chăm sóc trẻ em thu thập và cập nhật thông tin về trẻ em vào sổ theo dõi trẻ em và phần mềm quản lý đối tượng trẻ em đảm bảo đầy đủ, kịp thời và chính xác.",
            Numbered("1").Duties[1]);
        Assert.StartsWith("Tham mưu UBND Thành phố xây dựng kế hoạch triển khai thực hiện Chương trình hành động quốc gia vì trẻ em năm 2023;", Numbered("1").Duties[0], StringComparison.Ordinal);
        Assert.Equal(
            "Chủ trì, phối hợp với Phòng Lao động - Thương binh và Xã hội và các cơ quan, ban, ngành có liên quan và UBND các phường, xã trong việc phối hợp hỗ trợ, can thiệp, bảo vệ an toàn cho trẻ em là nạn nhân bị xâm hại; phòng ngừa tái phạm, quản lý, giáo dục trẻ em và người chưa thành niên vi phạm pháp luật; đấu tranh phòng, chống tội phạm xâm hại trẻ em.",
            Assert.Single(Numbered("3").Duties));
        Assert.Equal("Bố trí kinh phí để thực hiện kế hoạch theo quy định.", Assert.Single(Numbered("8").Duties));
        Assert.Equal("tuyên truyền và vận động xã hội tham gia thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ của Kế hoạch.", Assert.Single(Numbered("10").Duties));
        Assert.Equal(
            "Xây dựng triển khai thực hiện Kế hoạch, huy động nguồn lực triển khai Kế hoạch này tại địa phương; lồng ghép việc thực hiện có hiệu quả với các chương trình, đề án khác có liên quan tại địa phương.",
            Assert.Single(Numbered("11").Duties));
    }

    // ------------------------------------------------------------------------------------------
    // Reporting: the closing paragraph (seed line 105)
    // ------------------------------------------------------------------------------------------

    // "… yêu cầu Thủ trưởng các cơ quan, ban, ngành Thành phố, Chủ tịch Ủy ban nhân dân các phường, xã triển khai
    // thực hiện, báo cáo kết quả thực hiện 6 tháng, 1 năm về UBND Thành phố (qua Phòng Lao động – Thương binh và Xã
    // hội) tổng hợp, báo cáo về Sở Lao động – Thương binh và Xã hội theo quy định". No date is given.
    [Theory]
    [InlineData("bc-6-thang-co-quan", ReportingStepKind.SixMonthly, "co-quan-thanh-pho", "ubnd-thanh-pho", "phong-ldtbxh", ReportToCity)]
    [InlineData("bc-6-thang-xa", ReportingStepKind.SixMonthly, "ubnd-xa", "ubnd-thanh-pho", "phong-ldtbxh", ReportToCity)]
    [InlineData("bc-nam-co-quan", ReportingStepKind.Annual, "co-quan-thanh-pho", "ubnd-thanh-pho", "phong-ldtbxh", ReportToCity)]
    [InlineData("bc-nam-xa", ReportingStepKind.Annual, "ubnd-xa", "ubnd-thanh-pho", "phong-ldtbxh", ReportToCity)]
    [InlineData("bc-6-thang-thanh-pho", ReportingStepKind.SixMonthly, "ubnd-thanh-pho", "so-ldtbxh", null, ReportToDepartment)]
    [InlineData("bc-nam-thanh-pho", ReportingStepKind.Annual, "ubnd-thanh-pho", "so-ldtbxh", null, ReportToDepartment)]
    public void A_reporting_step_is_as_the_closing_paragraph_writes_it(string id, ReportingStepKind kind, string from, string to, string? via, string text)
    {
        var step = Assert.Single(Plan.Reporting, r => r.Id == id);

        Assert.Equal(kind, step.Kind);
        Assert.Equal(from, step.From);
        Assert.Equal(to, step.To);
        Assert.Equal(via, step.Via);
        Assert.Null(step.Due);
        Assert.Null(step.Year);
        Assert.Equal(text, step.Text);
        Assert.Equal("Đoạn kết", step.Source.Section);
    }

    [Fact]
    public void The_plan_has_6_reporting_steps_none_of_them_dated()
    {
        Assert.Equal(6, Plan.Reporting.Count);
        Assert.Equal(3, Plan.Reporting.Count(r => r.Kind == ReportingStepKind.SixMonthly));
        Assert.Equal(3, Plan.Reporting.Count(r => r.Kind == ReportingStepKind.Annual));
        Assert.All(Plan.Reporting, r => Assert.Null(r.Due));
    }

    // ------------------------------------------------------------------------------------------
    // Sources and units
    // ------------------------------------------------------------------------------------------

    [Fact]
    public void Every_item_of_the_plan_cites_its_document()
    {
        var sources = Plan.Goals.Select(g => g.Source)
            .Concat(Plan.Indicators.Select(i => i.Source))
            .Concat(Plan.Tasks.Select(t => t.Source))
            .Concat(Plan.Agencies.Select(a => a.Source))
            .Concat(Plan.Reporting.Select(r => r.Source))
            .Concat(Plan.Funding.Select(f => f.Source))
            .ToList();

        Assert.Equal(3 + 0 + 3 + 13 + 6 + 1, sources.Count);
        Assert.All(sources, s => Assert.Equal(Symbol, s.Document));
    }

    // units-2025-03-01.csv: 72 Tỉnh Tây Ninh, 703 Thành phố Tây Ninh; units-2025-07-01.csv: 80 Tỉnh Tây Ninh formed from 72 and 80.
    [Fact]
    public void The_province_72_and_the_city_703_end_on_30_June_2025_and_Tinh_Tay_Ninh_80_follows()
    {
        var hierarchy = new AdministrativeHierarchy(Profile.Units, Profile.Changes);

        Assert.Equal(new AdministrativeUnit("72", "Tỉnh Tây Ninh", AdministrativeLevel.Province, null) { ValidTo = new LocalDate(2025, 6, 30) }, hierarchy.Find("72"));
        Assert.Equal(new AdministrativeUnit("703", "Thành phố Tây Ninh", AdministrativeLevel.District, "72") { ValidTo = new LocalDate(2025, 6, 30) }, hierarchy.Find("703"));
        Assert.Equal("Tỉnh Tây Ninh", hierarchy.Find("80", new LocalDate(2025, 7, 1))!.Name);
        Assert.Equal("Tỉnh Long An", hierarchy.Find("80", new LocalDate(2025, 6, 30))!.Name);
        Assert.Equal("80", Profile.Changes.UnitOn("703", new LocalDate(2025, 7, 1))!.Successor.Code);
    }
}
