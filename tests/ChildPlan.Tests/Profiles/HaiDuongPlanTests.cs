using ChildPlan.Profiles.HaiDuong;
using ChildPlan.Indicators;
using NodaTime;

namespace ChildPlan.Tests.Profiles;

/// <summary>
/// Pins the encoded Hải Dương plan (<c>kh-ct18</c>) to its source document,
/// <c>shared/seeds/hai-duong-plan-directive-18-2017.txt</c>: the plan of UBND tỉnh Hải Dương implementing
/// Chỉ thị 18/CT-TTg of 16/5/2017. Every expected value below was read off the seed text; the comment
/// above each group names the section and the seed line it comes from. The text starts at "KẾ HOẠCH"
/// (line 1) and ends with "Nơi nhận" (lines 65-73): it has no "Số:" line, no place-date line and no
/// signature block, which the header tests pin as well.
/// </summary>
public sealed class HaiDuongPlanTests
{
    private static readonly HaiDuongProfile Profile = new();

    private static Plan Plan => Profile.Plans.Single();

    private static Agency AgencyNumbered(string number) => Plan.Agencies.Single(a => a.Number == number);

    // ------------------------------------------------------------------------------------------
    // The profile
    // ------------------------------------------------------------------------------------------

    [Fact]
    public void Profile_hai_duong_holds_the_single_plan_kh_ct18_for_the_province_area_30()
    {
        Assert.Equal("hai-duong", Profile.Id);
        Assert.Equal("kh-ct18", Plan.Id);
        Assert.Equal("hai-duong", Plan.ProfileId);
        Assert.Equal("30", Plan.AreaCode);
    }

    // units-2025-03-01.csv / units-2025-07-01.csv (formed_from 30;31), Nghị quyết 202/2025/QH15.
    [Fact]
    public void Province_30_Hai_Duong_ends_on_30_June_2025_into_Thanh_pho_Hai_Phong_31()
    {
        var hierarchy = new AdministrativeHierarchy(Profile.Units, Profile.Changes);

        Assert.Equal(new AdministrativeUnit("30", "Tỉnh Hải Dương", AdministrativeLevel.Province, null) { ValidTo = new LocalDate(2025, 6, 30) }, hierarchy.Find("30"));
        Assert.Equal("Thành phố Hải Phòng", hierarchy.Find("31", new LocalDate(2025, 7, 1))!.Name);
        Assert.Equal(["30", "31"], hierarchy.PredecessorsOf(hierarchy.Find("31", new LocalDate(2025, 7, 1))!).Select(p => p.Unit.Code));
    }

    [Fact]
    public void Profile_has_no_dataset_because_the_plan_has_nothing_to_measure()
    {
        Assert.Empty(Profile.Datasets);
    }

    // ------------------------------------------------------------------------------------------
    // Document header
    // ------------------------------------------------------------------------------------------

    // Lines 1-2: "KẾ HOẠCH / TRIỂN KHAI CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC TĂNG CƯỜNG GIẢI PHÁP PHÒNG,
    // CHỐNG BẠO LỰC, XÂM HẠI TRẺ EM"; line 4: "Ủy ban nhân dân tỉnh xây dựng Kế hoạch triển khai thực hiện".
    [Fact]
    public void Document_is_a_KH_of_UBND_tinh_Hai_Duong_titled_as_line_2_writes_it()
    {
        var document = Plan.Document;

        Assert.Equal("KH", document.Kind);
        Assert.Equal("UBND tỉnh Hải Dương", document.Issuer);
        Assert.Null(document.ParentIssuer);
        Assert.Equal(
            "Triển khai Chỉ thị của Thủ tướng Chính phủ về việc tăng cường giải pháp phòng, chống bạo lực, xâm hại trẻ em",
            document.Title);
        Assert.Equal(document.Title, Plan.Title);
        Assert.Equal("hai-duong-plan-directive-18-2017.txt", document.File);
    }

    // The text has no "Số:" line, no place-date line and no signature block: none of them is invented.
    [Fact]
    public void The_document_has_no_number_symbol_place_date_or_signer_because_the_text_has_none()
    {
        var document = Plan.Document;

        Assert.Null(document.Number);
        Assert.Null(document.Symbol);
        Assert.Null(document.Place);
        Assert.Null(document.Issued);
        Assert.Null(document.Signer);
        Assert.Equal(document.Title, document.Citation);
    }

    // The years are not in the text; they are inferred and a note says so.
    [Fact]
    public void The_years_are_inferred_and_the_notes_say_so()
    {
        Assert.Equal(new YearSpan(2017, 2020), Plan.Years);
        Assert.Contains(Plan.Notes, n => n.StartsWith("Giai đoạn không được văn bản nêu. ChildPlan ghi 2017-2020", StringComparison.Ordinal));
    }

    // Line 4: "Thủ tướng Chính phủ ban hành Chỉ thị số 18/CT-TTg ngày 16/5/2017 về tăng cường giải pháp
    // phòng, chống bạo lực, xâm hại trẻ em."
    [Fact]
    public void Legal_basis_is_directive_18_CT_TTg_of_16_May_2017()
    {
        var basis = Assert.Single(Plan.Document.LegalBases);

        Assert.Equal("Chỉ thị số 18/CT-TTg ngày 16/5/2017 về tăng cường giải pháp phòng, chống bạo lực, xâm hại trẻ em", basis);
    }

    // Lines 65-73, "Nơi nhận".
    [Fact]
    public void Recipients_are_the_eight_lines_of_Noi_nhan()
    {
        Assert.Equal(
            [
                "TTTU, TT HĐND tỉnh ( b/c)",
                "Cục BVCSTE",
                "CT, PCT UBND tỉnh",
                "Ban văn hóa xã hội HĐND tỉnh",
                "UBMTTQVN tỉnh và các đoàn thể",
                "UBND các huyện, TX, TP",
                "Các Sở, ngành liên quan",
                "Lưu VT,VX.Lai (36)",
            ],
            Plan.Document.Recipients);
    }

    // ------------------------------------------------------------------------------------------
    // I. MỤC ĐÍCH, YÊU CẦU (lines 5-9)
    // ------------------------------------------------------------------------------------------

    [Fact]
    public void Section_I_gives_four_purposes_and_requirements()
    {
        Assert.Equal(["MD1", "MD2", "MD3", "MD4"], Plan.Goals.Select(g => g.Id));
        Assert.Equal([1, 2, 3, 4], Plan.Goals.Select(g => g.Number!.Value));
    }

    [Theory]
    [InlineData(1, "Quán triệt sự chỉ đạo của Thủ tướng Chính phủ và những nội dung hoạt động nhằm tăng cường giải pháp phòng, chống bạo lực trẻ em, xâm hại trẻ em; đưa ra những giải pháp thực hiện nhiệm vụ được giao một cách khoa học, hợp lý và có lộ trình thực hiện rõ ràng, phù hợp.")]
    [InlineData(2, "Đảm bảo tính hệ thống, toàn diện, bền vững và tính khả thi khi xây dựng và triển khai thực hiện các hoạt động.")]
    [InlineData(3, "Huy động nguồn lực thực hiện các nhiệm vụ được giao, ưu tiên nguồn lực cho các vấn đề bức xúc nhất, đảm bảo thực hiện có hiệu quả các mục tiêu phòng, chống bạo lực trẻ em, xâm hại trẻ em.")]
    [InlineData(4, "Tăng cường hoạt động kiểm tra, giám sát, đánh giá tình hình thực hiện Chỉ thị.")]
    public void Purpose_is_written_as_section_I_writes_it(int number, string title)
    {
        var goal = Assert.Single(Plan.Goals, g => g.Number == number);

        Assert.Equal($"MD{number}", goal.Id);
        Assert.Equal(title, goal.Title);
        Assert.Equal($"I.{number}", goal.Source.Section);
    }

    // ------------------------------------------------------------------------------------------
    // II. NỘI DUNG HOẠT ĐỘNG (lines 10-18) and III. GIẢI PHÁP THỰC HIỆN (lines 19-23)
    // ------------------------------------------------------------------------------------------

    [Fact]
    public void Section_II_has_eight_activity_lines_and_section_III_four_solutions()
    {
        Assert.Equal(12, Plan.Tasks.Count);
        Assert.Equal(
            ["HD1", "HD2", "HD3", "HD4", "HD5", "HD6", "HD7", "HD8"],
            Plan.Tasks.Where(t => t.Kind == TaskKind.Activity).Select(t => t.Id));
        Assert.Equal(
            ["GP1", "GP2", "GP3", "GP4"],
            Plan.Tasks.Where(t => t.Kind == TaskKind.Solution).Select(t => t.Id));
        Assert.DoesNotContain(Plan.Tasks, t => t.Kind == TaskKind.Task);
    }

    // Each line of II and III is one paragraph without dashes, and names no lead or coordinating agency.
    [Fact]
    public void Activity_lines_and_solutions_are_whole_paragraphs_with_no_agency_assigned()
    {
        Assert.All(Plan.Tasks, t =>
        {
            Assert.Empty(t.Activities);
            Assert.Equal(Responsibility.None, t.Responsibility);
            Assert.Null(t.Area);
        });
    }

    [Theory]
    [InlineData("HD1", "1", "II.1", "Tuyên truyền, phổ biến các quy định về bảo vệ trẻ em trong Luật Trẻ em năm 2016, Nghị định 56/2017/NĐ-CP ngày 09/5/2017", "triển khai thực hiện có hiệu quả.")]
    [InlineData("HD2", "2", "II.2", "Đẩy mạnh công tác tuyên truyền, vận động nâng cao ý thức, trách nhiệm", "trong công tác bảo vệ, chăm sóc trẻ em.")]
    [InlineData("HD3", "3", "II.3", "Tăng cường giáo dục kiến thức, kỹ năng bảo vệ trẻ em, đặc biệt về phòng chống bạo lực", "kỹ năng tự bảo vệ, tự phòng ngừa bạo lực trẻ em, xâm hại trẻ em.")]
    [InlineData("HD4", "4", "II.4", "Tăng cường tuyên truyền về Đường dây tư vấn và hỗ trợ trẻ em 18001567", "xử lý vụ việc bạo lực, xâm hại trẻ em tại địa phương.")]
    [InlineData("HD5", "5", "II.5", "Tăng cường phối hợp liên ngành trong công tác phòng ngừa", "làm công tác bảo vệ, chăm sóc trẻ em của các cấp.")]
    [InlineData("HD6", "6", "II.6", "Tăng cường quản lý các cơ sở bảo trợ xã hội nuôi dưỡng trẻ em", "dịch vụ bảo vệ trẻ em theo quy định của pháp luật.")]
    [InlineData("HD7", "7", "II.7", "Kịp thời phát hiện, ngăn chặn các hành vi bạo lực trẻ em, xâm hại trẻ em.", "vụ việc bạo lực, xâm hại trẻ em phức tạp được xã hội quan tâm.")]
    [InlineData("HD8", "8", "II.8", "Chủ động bố trí ngân sách của địa phương và tăng cường huy động nguồn lực xã hội", "thực hiện các mô hình bảo vệ, chăm sóc trẻ em.")]
    [InlineData("GP1", "1", "III.1", "Tổ chức triển khai, quán triệt tinh thần và nội dung Chỉ thị.", "Tổ chức triển khai, quán triệt tinh thần và nội dung Chỉ thị.")]
    [InlineData("GP2", "2", "III.2", "Đẩy mạnh công tác tuyên truyền, giáo dục nâng cao nhận thức", "đối với công tác phòng, chống bạo lực trẻ em, xâm hại trẻ em.")]
    [InlineData("GP3", "3", "III.3", "Tăng cường sự phối hợp, tham gia, đầu tư nguồn lực của các cấp", "cho các cơ quan, đơn vị, địa phương.")]
    [InlineData("GP4", "4", "III.4", "Các cấp, các ngành, các địa phương xây dựng kế hoạch triển khai thực hiện Chỉ thị;", "đánh giá tình hình thực hiện Chỉ thị.")]
    public void Task_is_the_numbered_line_of_its_section(string id, string number, string section, string start, string end)
    {
        var task = Assert.Single(Plan.Tasks, t => t.Id == id);

        Assert.Equal(number, task.Number);
        Assert.Equal(section, task.Source.Section);
        Assert.StartsWith(start, task.Title, StringComparison.Ordinal);
        Assert.EndsWith(end, task.Title, StringComparison.Ordinal);
    }

    // Line 14 has no full stop before "Chủ động thông báo"; the encoding keeps the text as written.
    [Fact]
    public void Activity_line_4_keeps_the_missing_full_stop_as_written()
    {
        var task = Plan.Tasks.Single(t => t.Id == "HD4");

        Assert.Contains("hành vi bạo lực, xâm hại trẻ em Chủ động thông báo, phối hợp với các cơ quan chức năng", task.Title, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------------------------------
    // IV. TỔ CHỨC THỰC HIỆN (lines 24-58)
    // ------------------------------------------------------------------------------------------

    [Fact]
    public void Section_IV_has_nine_numbered_agency_sections()
    {
        Assert.Equal(
            ["1", "2", "3", "4", "5", "6", "7", "8", "9"],
            Plan.Agencies.Where(a => a.Number is not null).Select(a => a.Number));
    }

    // Headings at lines 25, 31, 34, 38, 41, 46, 48, 54, 57, and the number of duties under each:
    // dashed lines, plus un-dashed paragraphs (line 33 under Công an tỉnh, line 47 for Sở TT&TT,
    // the text after the colon of line 57 and line 58 for the Mặt trận).
    [Theory]
    [InlineData("1", "so-ldtbxh", "Sở Lao động - Thương binh và Xã hội", AgencyLevel.Province, AgencyKind.Department, 4)]
    [InlineData("2", "cong-an-tinh", "Công an tỉnh", AgencyLevel.Province, AgencyKind.Police, 2)]
    [InlineData("3", "so-gddt", "Sở Giáo dục và Đào tạo", AgencyLevel.Province, AgencyKind.Department, 3)]
    [InlineData("4", "so-y-te", "Sở Y tế", AgencyLevel.Province, AgencyKind.Department, 2)]
    [InlineData("5", "so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch", AgencyLevel.Province, AgencyKind.Department, 4)]
    [InlineData("6", "so-tttt", "Sở Thông tin và Truyền thông", AgencyLevel.Province, AgencyKind.Department, 1)]
    [InlineData("7", "ubnd-huyen", "Ủy ban nhân dân các huyện, thị xã, thành phố", AgencyLevel.District, AgencyKind.PeopleCommittee, 5)]
    [InlineData("8", "tand-vksnd-tinh", "Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh", AgencyLevel.Province, AgencyKind.Judicial, 2)]
    [InlineData("9", "mttq-tinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên", AgencyLevel.Organisation, AgencyKind.MassOrganisation, 2)]
    public void Agency_section_is_stated_in_section_IV_with_its_duties(string number, string id, string name, AgencyLevel level, AgencyKind kind, int duties)
    {
        var agency = AgencyNumbered(number);

        Assert.Equal(id, agency.Id);
        Assert.Equal(name, agency.Name);
        Assert.Equal(level, agency.Level);
        Assert.Equal(kind, agency.Kind);
        Assert.Equal(duties, agency.Duties.Count);
        Assert.Equal($"IV.{number}", agency.Source.Section);
    }

    [Fact]
    public void Section_IV_lists_25_duties_in_all()
    {
        Assert.Equal(25, Plan.Agencies.Sum(a => a.Duties.Count));
    }

    // Line 57: "9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên: …" is the only
    // section that requests rather than instructs.
    [Fact]
    public void Only_the_Fatherland_Front_and_its_member_organisations_are_requested()
    {
        var requested = Assert.Single(Plan.Agencies, a => a.Requested);

        Assert.Equal("mttq-tinh", requested.Id);
        Assert.Equal("9", requested.Number);
    }

    // Duty texts, a sample: first and last duty of sections with several, and the single duty of IV.6.
    [Theory]
    [InlineData("1", 0, "Là cơ quan thường trực giúp UBND tỉnh thực hiện Kế hoạch này; đôn đốc, kiểm tra các sở ban, ngành, UBND các huyện, thị xã, thành phố thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về bảo vệ trẻ em, đặc biệt là việc phòng ngừa, ngăn chặn nguy cơ gây tổn hại cho trẻ em và kịp thời can thiệp, hỗ trợ cho trẻ em khi bị bạo lực, xâm hại; tổng hợp kết quả báo cáo UBND tỉnh và Bộ Lao động Thương binh và Xã hội")]
    [InlineData("1", 2, "Chủ trì phối hợp với các sở, ban, ngành, UBND các huyện, thành phố, thị xã rà soát, kiến nghị việc sửa đổi, bổ sung một số quy định về bảo vệ trẻ em để nâng cao hiệu quả công tác phòng, chống bạo lực, xâm hại trẻ em.")]
    [InlineData("2", 1, "Hướng dẫn quy trình, biện pháp phòng ngừa, đấu tranh đối với hành vi bạo lực, xâm hại trẻ em; các biện pháp điều tra thân thiện đối với trẻ em đặc biệt là trẻ em bị xâm hại tình dục; nâng cao năng lực, kỹ năng cho lực lượng công an các cấp về điều tra, xử lý tội phạm xâm hại trẻ em.")]
    [InlineData("3", 1, "Chủ động phát hiện các trường hợp học sinh có dấu hiệu bị bạo lực, xâm hại, thông báo, cung cấp thông tin và phối hợp với các cơ quan có thẩm quyền để thực hiện việc xử lý; điều tra, bảo vệ trẻ em.")]
    [InlineData("4", 0, "Chỉ đạo, hướng dẫn các cơ sở khám bệnh, chữa bệnh ưu tiên tiếp nhận, điều trị, tư vấn chăm sóc sức khỏe cho trẻ em bị bạo lực, xâm hại; nâng cao năng lực, kỹ năng cho cán bộ y tế trong việc chăm sóc, tư vấn sức khỏe đối với trẻ em bị bạo lực, xâm hại; chỉ đạo xây dựng môi trường an toàn cho trẻ em.")]
    [InlineData("5", 1, "Chỉ đạo, hướng dẫn các huyện, thị xã, thành phố tổ chức chiến dịch truyền thông trong Tháng hành động quốc gia về phòng, chống bạo lực gia đình; Ngày quốc tế xóa bỏ bạo lực với phụ nữ và trẻ em gái.")]
    [InlineData("7", 4, "Chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về việc để xảy ra tình trạng không xử lý kịp thời các vụ việc bạo lực, xâm hại trẻ em xảy ra trên địa bàn; không kịp thời hỗ trợ, can thiệp cho trẻ em khi bị bạo lực, xâm hại.")]
    [InlineData("8", 1, "Chỉ đạo TAND, VKSND cấp huyện phối hợp với các ngành, địa phương có liên quan kịp thời giải quyết những vướng mắc trong công tác điều tra truy tố, xét xử đối với loại tội phạm bạo lực, xâm hại trẻ em.")]
    [InlineData("9", 0, "Tăng cường giám sát việc thực thi pháp luật về bảo vệ trẻ em; tuyên truyền, vận động hội viên, đoàn viên và toàn xã hội lên án mạnh mẽ, kịp thời phát hiện, tố giác các hành vi bạo lực, xâm hại trẻ em, đặc biệt là xâm hại tình dục trẻ em.")]
    [InlineData("9", 1, "Tiếp nhận, thu thập thông tin về các hành vi, vụ việc bạo lực, xâm hại trẻ em, kịp thời chuyển tới các cơ quan có thẩm quyền để can thiệp, xử lý; tư vấn, tham gia hỗ trợ, can thiệp cho trẻ em khi bị bạo lực xâm hại theo quy định của pháp luật.")]
    public void Duty_is_written_as_section_IV_writes_it(string number, int index, string duty)
    {
        Assert.Equal(duty, AgencyNumbered(number).Duties[index]);
    }

    [Fact]
    public void Single_duty_of_the_information_department_opens_and_closes_as_written()
    {
        var duty = Assert.Single(AgencyNumbered("6").Duties);

        Assert.StartsWith("Chỉ đạo các cơ quan báo chí đổi mới các hoạt động truyền thông giáo dục", duty, StringComparison.Ordinal);
        Assert.EndsWith("có nội dung đồi trụy, kích động bạo lực.", duty, StringComparison.Ordinal);
    }

    // The second "IV. CHẾ ĐỘ BÁO CÁO" (line 59) names two more bodies: "Các Sở, ngành, đoàn thể" who
    // report, and "UBND tỉnh" who is reported to; IV.1 (line 26) a third, the Ministry the department reports
    // to ("tổng hợp kết quả báo cáo UBND tỉnh và Bộ Lao động Thương binh và Xã hội"). None has duties of its own.
    [Fact]
    public void Reporting_adds_three_unnumbered_agencies_without_duties()
    {
        var unnumbered = Plan.Agencies.Where(a => a.Number is null).ToList();

        Assert.Equal(["so-nganh-doan-the", "ubnd-tinh", "bo-ldtbxh"], unnumbered.Select(a => a.Id));
        Assert.All(unnumbered, a =>
        {
            Assert.Empty(a.Duties);
            Assert.False(a.Requested);
        });
        Assert.Equal(["IV. Chế độ báo cáo", "IV. Chế độ báo cáo", "IV.1"], unnumbered.Select(a => a.Source.Section));
        Assert.Equal(AgencyKind.Group, unnumbered[0].Kind);
        Assert.Equal(AgencyKind.PeopleCommittee, unnumbered[1].Kind);
        Assert.Equal(AgencyLevel.Province, unnumbered[1].Level);
        Assert.Equal(("Bộ Lao động - Thương binh và Xã hội", AgencyKind.Ministry, AgencyLevel.National), (unnumbered[2].Name, unnumbered[2].Kind, unnumbered[2].Level));
    }

    // IV.1 (line 26): Sở Lao động - Thương binh và Xã hội "tổng hợp kết quả báo cáo UBND tỉnh và Bộ Lao động Thương
    // binh và Xã hội", without a period or a day. It consolidates the six-monthly and annual reports sent through it
    // (line 60), so each period has a step to UBND tỉnh and one to the Ministry, undated.
    [Theory]
    [InlineData("bc-6-thang-so-tinh", ReportingStepKind.SixMonthly, "ubnd-tinh")]
    [InlineData("bc-6-thang-so-bo", ReportingStepKind.SixMonthly, "bo-ldtbxh")]
    [InlineData("bc-nam-so-tinh", ReportingStepKind.Annual, "ubnd-tinh")]
    [InlineData("bc-nam-so-bo", ReportingStepKind.Annual, "bo-ldtbxh")]
    public void The_labour_department_reports_its_consolidation_to_UBND_tinh_and_the_Ministry(string id, ReportingStepKind kind, string to)
    {
        var step = Assert.Single(Plan.Reporting, r => r.Id == id);

        Assert.Equal((kind, "so-ldtbxh", to, (string?)null), (step.Kind, step.From, step.To, step.Via));
        Assert.Null(step.Due);
        Assert.Equal("IV.1", step.Source.Section);
        Assert.Equal("tổng hợp kết quả báo cáo UBND tỉnh và Bộ Lao động Thương binh và Xã hội", step.Text);
    }

    // ------------------------------------------------------------------------------------------
    // IV. CHẾ ĐỘ BÁO CÁO (lines 59-61)
    // ------------------------------------------------------------------------------------------

    // Line 60: "Các Sở, ngành, đoàn thể, UBND các huyện, thị xã, thành phố … định kỳ 6 tháng (vào ngày 15/6)
    // và hàng năm (vào ngày 15/12) báo cáo kết quả thực hiện về UBND tỉnh qua Sở Lao động - Thương binh và
    // Xã hội." "vào ngày" is on the day, not "trước ngày".
    [Theory]
    [InlineData("bc-6-thang-so-nganh", ReportingStepKind.SixMonthly, "so-nganh-doan-the", 6, 15)]
    [InlineData("bc-6-thang-huyen", ReportingStepKind.SixMonthly, "ubnd-huyen", 6, 15)]
    [InlineData("bc-nam-so-nganh", ReportingStepKind.Annual, "so-nganh-doan-the", 12, 15)]
    [InlineData("bc-nam-huyen", ReportingStepKind.Annual, "ubnd-huyen", 12, 15)]
    public void Periodic_report_goes_to_UBND_tinh_via_the_labour_department_on_its_day(string id, ReportingStepKind kind, string from, int month, int day)
    {
        var step = Assert.Single(Plan.Reporting, r => r.Id == id);

        Assert.Equal(kind, step.Kind);
        Assert.Equal(from, step.From);
        Assert.Equal("ubnd-tinh", step.To);
        Assert.Equal("so-ldtbxh", step.Via);
        Assert.NotNull(step.Due);
        Assert.Equal(new AnnualDate(month, day), step.Due.Annual);
        Assert.Null(step.Due.Once);
        Assert.False(step.Due.Before);
        Assert.Equal("IV. Chế độ báo cáo, đoạn 1", step.Source.Section);
    }

    // Every deadline of the plan is 15/6 for a six-monthly report or 15/12 for an annual one; nothing else is dated.
    [Fact]
    public void Every_deadline_is_15_June_six_monthly_or_15_December_annual()
    {
        var dated = Plan.Reporting.Where(r => r.Due is not null).ToList();

        Assert.Equal(4, dated.Count);
        Assert.All(dated, r => Assert.Equal("IV. Chế độ báo cáo, đoạn 1", r.Source.Section));
        Assert.All(dated, r =>
        {
            var expected = r.Kind switch
            {
                ReportingStepKind.SixMonthly => new AnnualDate(6, 15),
                ReportingStepKind.Annual => new AnnualDate(12, 15),
                _ => throw new InvalidOperationException($"{r.Id} is dated but is {r.Kind}."),
            };
            Assert.Equal(expected, r.Due!.Annual);
            Assert.False(r.Due.Before);
        });
        Assert.Equal(2, dated.Count(r => r.Kind == ReportingStepKind.SixMonthly));
        Assert.Equal(2, dated.Count(r => r.Kind == ReportingStepKind.Annual));
    }

    // Line 61: "Trong quá trình thực hiện, nếu có vướng mắc báo cáo UBND tỉnh (qua Sở Lao động Thương binh
    // và Xã hội) để hướng dẫn, giải quyết." No date.
    [Fact]
    public void Problems_are_reported_ad_hoc_to_UBND_tinh_via_the_labour_department_without_a_date()
    {
        var adHoc = Plan.Reporting.Where(r => r.Kind == ReportingStepKind.AdHoc).ToList();

        Assert.Equal(["so-nganh-doan-the", "ubnd-huyen"], adHoc.Select(r => r.From));
        Assert.All(adHoc, r =>
        {
            Assert.Null(r.Due);
            Assert.Equal("ubnd-tinh", r.To);
            Assert.Equal("so-ldtbxh", r.Via);
            Assert.Equal("IV. Chế độ báo cáo, đoạn 2", r.Source.Section);
        });
        Assert.Equal(10, Plan.Reporting.Count);
    }

    // ------------------------------------------------------------------------------------------
    // What the plan does not have
    // ------------------------------------------------------------------------------------------

    [Fact]
    public void Plan_has_no_indicators_and_no_funding_paragraph()
    {
        Assert.Empty(Plan.Indicators);
        Assert.Empty(Plan.Funding);
    }

    [Fact]
    public void Every_item_has_a_source_in_this_document()
    {
        var sources = Plan.Goals.Select(g => g.Source)
            .Concat(Plan.Tasks.Select(t => t.Source))
            .Concat(Plan.Agencies.Select(a => a.Source))
            .Concat(Plan.Reporting.Select(r => r.Source))
            .Concat(Plan.Funding.Select(f => f.Source))
            .ToList();

        Assert.Equal(4 + 12 + 12 + 10, sources.Count);
        Assert.All(sources, s =>
        {
            Assert.Equal(Plan.Document.Citation, s.Document);
            Assert.False(string.IsNullOrWhiteSpace(s.Section));
        });
    }
}
