namespace ChildPlan.Tests.Reporting;

/// <summary>Results of agencies built in code for the two activity-only plans (the results file reader is tested on its own).</summary>
internal static class TestResults
{
    public const string HaiDuongFile = "kh-ct18.sample.results.csv";

    /// <summary>
    /// Hải Dương kh-ct18, 2019: HD1 from two departments (units written differently but the same; the file lists them out of plan order), HD2 not started, HD3 not
    /// applicable, HD7 from a district and the police, HD8 with money; duties of two departments and two districts; one
    /// first-half result. Everyone else (Sở Y tế, Sở Thông tin và Truyền thông, ten districts …) has not reported.
    /// </summary>
    public static ResultSet HaiDuong(bool sample = true, string hd1Text = "Tổ chức tập huấn kỹ năng phòng, chống xâm hại cho học sinh.") => new(
        "kh-ct18",
        HaiDuongFile,
        sample,
        [
            Year("so-gddt", "HD1", ResultStatus.Completed, hd1Text, new Quantity(30, "Lớp tập huấn"), new Quantity(2000, "Lượt người")),
            Year("so-ldtbxh", "HD1", ResultStatus.InProgress, "Phối hợp tổ chức tập huấn cho cán bộ làm công tác trẻ em cấp xã.", new Quantity(15, " lớp  tập huấn "), new Quantity(1200, "lượt người"), new Quantity(4, "buổi truyền thông")),
            Year("so-vhttdl", "HD2", ResultStatus.NotStarted, "Chưa bố trí được kinh phí."),
            Year("mttq-tinh", "HD3", ResultStatus.NotApplicable, "Không thuộc chức năng."),
            Year("295", "HD7", ResultStatus.Completed, "Phát hiện, xử lý kịp thời 3 vụ việc.", new Quantity(3, "vụ việc")),
            Year("cong-an-tinh", "HD7", ResultStatus.NotApplicable, string.Empty),
            Year("so-ldtbxh", "HD8", ResultStatus.Completed, "Bố trí kinh phí hỗ trợ trẻ em.", new Quantity(500, "triệu đồng")),
            Year("so-ldtbxh", "so-ldtbxh#1", ResultStatus.Completed, "Đã tham mưu kế hoạch."),
            Year("so-gddt", "so-gddt#1", ResultStatus.Completed, "100% trường học triển khai."),
            Year("so-gddt", "so-gddt#2", ResultStatus.InProgress, "Đang rà soát."),
            Year("295", "ubnd-huyen#1", ResultStatus.Completed, "Chỉ đạo 19 xã, thị trấn triển khai."),
            Year("294", "ubnd-huyen#1", ResultStatus.InProgress, "Đang triển khai."),
            Result("so-gddt", "HD1", ReportingPeriod.FirstHalf(2019), ResultStatus.InProgress, "Sáu tháng đầu năm: đã tổ chức 10 lớp.", new Quantity(10, "lớp tập huấn")),
        ]);

    /// <summary>Tây Ninh kh-2023, 2023 (the plan names funding): HD1 from two offices with money, one commune on its duty.</summary>
    public static ResultSet TayNinh() => new(
        "kh-2023",
        "kh-2023.results.csv",
        false,
        [
            Result("phong-ldtbxh", "HD1", ReportingPeriod.WholeYear(2023), ResultStatus.Completed, "Tổ chức truyền thông.", new Quantity(20, "lớp"), new Quantity(50, "triệu đồng")),
            Result("phong-gddt", "HD1", ReportingPeriod.WholeYear(2023), ResultStatus.Completed, "Tuyên truyền trong trường học.", new Quantity(30.5m, "Triệu đồng"), new Quantity(1, "tỷ đồng")),
            Result("25456", "ubnd-xa#1", ReportingPeriod.WholeYear(2023), ResultStatus.InProgress, "Đang triển khai."),
        ]);

    private static AgencyResult Year(string reporter, string item, ResultStatus status, string text, params Quantity[] quantities) =>
        Result(reporter, item, ReportingPeriod.WholeYear(2019), status, text, quantities);

    private static AgencyResult Result(string reporter, string item, ReportingPeriod period, ResultStatus status, string text, params Quantity[] quantities)
    {
        Assert.True(ResultItem.TryParse(item, out var parsed, out var error), error);
        return new AgencyResult { Reporter = reporter, Item = parsed!, Period = period, Status = status, Text = text, Quantities = quantities, Source = "Báo cáo số 1/BC" };
    }
}
