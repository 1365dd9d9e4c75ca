using ChildPlan.Indicators;
using ChildPlan.Reporting.Workbooks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using static ChildPlan.Tests.Workbooks.WorkbookFixtures;

namespace ChildPlan.Tests.Workbooks;

/// <summary>The files themselves: valid Office Open XML, written to and read from any stream.</summary>
public sealed class WorkbookPackageTests
{
    private static void AssertValidOpenXml(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2007).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void Monitoring_workbooks_are_valid_Office_Open_XML_for_real_sample_and_empty_plans()
    {
        AssertValidOpenXml(Monitoring(Review(), MonitoringOptions()));
        AssertValidOpenXml(Monitoring(Review(), MonitoringOptions(sample: true)));
        var empty = TestPlans.Small() with { Goals = [], Indicators = [] };
        AssertValidOpenXml(Monitoring(PlanEvaluator.Evaluate(empty, []), MonitoringOptions()));
    }

    [Fact]
    public void Collection_templates_are_valid_Office_Open_XML_for_every_Dien_Bien_plan()
    {
        AssertValidOpenXml(Collection(Plan(ProgrammeId), 2025, Unit("099")));
        AssertValidOpenXml(Collection(Plan(TuanGiaoId), 2023, Unit("099")));
        AssertValidOpenXml(Collection(Plan(ReviewId), 2020, Unit("11")));
    }

    [Fact]
    public void Workbooks_of_the_other_provinces_are_valid_Office_Open_XML()
    {
        foreach (var profile in new ChildPlan.Profiles.IChildPlanProfile[] { new ChildPlan.Profiles.HaiDuong.HaiDuongProfile(), new ChildPlan.Profiles.TayNinh.TayNinhProfile(), new ChildPlan.Profiles.ThuaThienHue.ThuaThienHueProfile() })
        {
            foreach (var plan in profile.Plans)
            {
                var data = profile.Datasets.FirstOrDefault(d => d.PlanId == plan.Id);
                var evaluation = PlanEvaluator.Evaluate(plan, data?.Observations ?? [], new AdministrativeHierarchy(profile.Units));
                AssertValidOpenXml(Monitoring(evaluation, MonitoringOptions(sample: data?.IsSample ?? false)));
                AssertValidOpenXml(Collection(plan, plan.Years.To, profile.Units[0]));
            }
        }
    }

    [Fact]
    public void Workbooks_can_be_written_to_and_read_from_streams_that_cannot_seek()
    {
        var programme = Plan(ProgrammeId);
        using var target = new MemoryStream();
        using (var output = new ForwardOnlyStream(target))
        {
            CollectionWorkbook.Write(programme, 2025, Unit("099"), CollectOptions, output);
        }

        using var monitoring = new MemoryStream();
        using (var output = new ForwardOnlyStream(monitoring))
        {
            MonitoringWorkbook.Write(Review(), MonitoringOptions(), output);
        }

        using (var workbook = Open(monitoring.ToArray()))
        {
            Assert.Equal(MonitoringWorkbook.SummarySheetName, workbook.Worksheet(1).Name);
        }

        using var input = new ForwardOnlyStream(new MemoryStream(target.ToArray()));
        var read = CollectionWorkbook.Read(input, "data.xlsx", programme);

        Assert.Equal(("099", 2025), (read.UnitCode, read.Year));
    }

    /// <summary>A stream that reads or writes forward only, like a network stream.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => false;

        public override bool CanWrite => inner.CanWrite;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
