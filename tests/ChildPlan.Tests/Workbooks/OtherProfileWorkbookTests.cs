using ClosedXML.Excel;
using ChildPlan.Indicators;
using ChildPlan.Profiles.HaiDuong;
using ChildPlan.Profiles.TayNinh;
using ChildPlan.Profiles.ThuaThienHue;
using ChildPlan.Reporting.Workbooks;
using static ChildPlan.Tests.Workbooks.WorkbookFixtures;

namespace ChildPlan.Tests.Workbooks;

/// <summary>
/// The plans of the other provinces have the shapes the Điện Biên plans lack: Hải Dương's plan has no
/// indicators, no number and no date; Tây Ninh's leaves the day blank; Thừa Thiên Huế ships sample data.
/// </summary>
public sealed class OtherProfileWorkbookTests
{
    private static readonly HaiDuongProfile HaiDuong = new();
    private static readonly TayNinhProfile TayNinh = new();
    private static readonly ThuaThienHueProfile ThuaThienHue = new();

    private static IXLCell Fact(XLWorkbook workbook, string label) => Find(workbook.Worksheet(1), label).CellRight();

    [Fact]
    public void A_plan_of_activities_only_gives_a_sheet_per_goal_saying_it_has_no_indicators()
    {
        var plan = HaiDuong.Plans.Single();
        Assert.Empty(plan.Indicators);
        var evaluation = PlanEvaluator.Evaluate(plan, [], new AdministrativeHierarchy(HaiDuong.Units));

        using var workbook = Open(Monitoring(evaluation, new WorkbookOptions { Created = Created, UnitName = "Tỉnh Hải Dương" }));

        Assert.Equal(1 + plan.Goals.Count, workbook.Worksheets.Count);
        foreach (var sheet in workbook.Worksheets.Skip(1))
        {
            Find(sheet, "Mục tiêu này không có chỉ tiêu định lượng để theo dõi.");
        }

        Assert.Equal("Văn bản không ghi số, ký hiệu", Fact(workbook, "Số, ký hiệu văn bản:").GetString());
        Assert.Equal("Văn bản không ghi ngày", Fact(workbook, "Ngày ban hành:").GetString());
        Assert.Equal("UBND tỉnh Hải Dương", Fact(workbook, "Cơ quan ban hành:").GetString());
        Find(workbook.Worksheet(1), "Kế hoạch không có chỉ tiêu định lượng (chỉ có nhiệm vụ, hoạt động), nên không có kết quả để theo dõi.");
    }

    [Fact]
    public void A_plan_of_activities_only_gives_a_collection_template_with_nothing_to_fill()
    {
        var plan = HaiDuong.Plans.Single();

        var bytes = Bytes(s => CollectionWorkbook.Write(plan, plan.Years.To, HaiDuong.Units.First(u => u.Code == "30"), CollectOptions, s));

        using var workbook = Open(bytes);
        Find(workbook.Worksheet(CollectionWorkbook.DataSheetName), "Kế hoạch không có chỉ tiêu định lượng; không có số liệu cần nhập.");
        Assert.Empty(CollectionWorkbook.Read(new MemoryStream(bytes), "hai-duong.xlsx", plan).Observations);
    }

    [Fact]
    public void A_document_date_with_a_blank_day_is_shown_with_the_day_left_out()
    {
        var plan = TayNinh.Plans.Single();

        using var workbook = Open(Monitoring(PlanEvaluator.Evaluate(plan, []), new WorkbookOptions { Created = Created }));

        Assert.Equal("…/04/2023", Fact(workbook, "Ngày ban hành:").GetString());
        Assert.Equal("/KH-UBND", Fact(workbook, "Số, ký hiệu văn bản:").GetString());
    }

    [Fact]
    public void A_profiles_sample_dataset_is_marked_as_sample_data_on_every_sheet()
    {
        var dataset = Assert.Single(ThuaThienHue.Datasets);
        Assert.True(dataset.IsSample);
        var plan = ThuaThienHue.Plans.Single(p => p.Id == dataset.PlanId);
        var evaluation = PlanEvaluator.Evaluate(plan, dataset.Observations, new AdministrativeHierarchy(ThuaThienHue.Units));

        using var workbook = Open(Monitoring(evaluation, new WorkbookOptions { Created = Created, DataSourceName = dataset.Name, IsSampleData = dataset.IsSample }));

        Assert.All(workbook.Worksheets, s => Assert.Equal(WorkbookBanner, s.Cell(1, 1).GetString()));
        Assert.Equal("kh-208-2021.sample.data.csv (DỮ LIỆU MẪU)", Fact(workbook, "Nguồn số liệu:").GetString());
    }

    [Fact]
    public void The_sample_dataset_of_a_year_goes_through_a_collection_template_and_comes_back_the_same()
    {
        var dataset = ThuaThienHue.Datasets.Single();
        var plan = ThuaThienHue.Plans.Single(p => p.Id == dataset.PlanId);
        var province = ThuaThienHue.Units.Last(u => u.Code == "46");
        var expected = dataset.Observations.Where(o => o.Year == 2025).Select(o => o with { Location = null }).ToList();

        using var workbook = Open(Collection(plan, 2025, province));
        var data = workbook.Worksheet(CollectionWorkbook.DataSheetName);
        foreach (var o in expected)
        {
            var row = RowOf(data, o.IndicatorId, o.MeasureId);
            if (o.Value is { } v)
            {
                data.Cell(row, CollectionWorkbook.ValueColumn).SetValue(v);
            }

            if (o is { Numerator: { } n, Denominator: { } d })
            {
                data.Cell(row, CollectionWorkbook.NumeratorColumn).SetValue(n);
                data.Cell(row, CollectionWorkbook.DenominatorColumn).SetValue(d);
            }

            data.Cell(row, CollectionWorkbook.SourceColumn).SetValue<string>(o.Source!);
        }

        var read = CollectionWorkbook.Read(new MemoryStream(Save(workbook)), "46.xlsx", plan);

        // The template lists indicators in plan order, so compare as sets.
        Assert.Equal(
            expected.OrderBy(o => o.IndicatorId, StringComparer.Ordinal).ThenBy(o => o.MeasureId, StringComparer.Ordinal),
            read.Observations.Select(o => o with { Location = null }).OrderBy(o => o.IndicatorId, StringComparer.Ordinal).ThenBy(o => o.MeasureId, StringComparer.Ordinal));
        Assert.Empty(ObservationValidator.Validate(plan, read.Observations, new AdministrativeHierarchy(ThuaThienHue.Units)));
    }

    private const string WorkbookBanner = "DỮ LIỆU MẪU – không phải số liệu thật";
}
