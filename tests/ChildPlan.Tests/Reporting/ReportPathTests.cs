using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Formats;
using ChildPlan.Hosting;
using ChildPlan.Indicators;
using ChildPlan.Profiles;
using ChildPlan.Profiles.DienBien;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Workbooks;
using ChildPlan.Tests.Workbooks;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ChildPlan.Tests.Reporting;

/// <summary>One path from a plan and its data to a report, and libraries that speak in their own terms.</summary>
public sealed class ReportPathTests
{
    private static readonly LocalDate Today = new(2025, 12, 5);

    [Fact]
    public void A_profile_says_which_of_its_datasets_belongs_to_a_plan()
    {
        IChildPlanProfile profile = new DienBienProfile();

        Assert.Equal("ctht-2013-2020.data.csv", profile.DatasetFor("ctht-2013-2020")?.Name);
        Assert.All(profile.Plans.Where(p => profile.Datasets.All(d => d.PlanId != p.Id)), p => Assert.Null(profile.DatasetFor(p.Id)));
    }

    [Fact]
    public void The_report_service_uses_the_dataset_the_profile_chooses()
    {
        using var services = new ServiceCollection()
            .AddSingleton<IClock>(new NodaTime.Testing.FakeClock(Instant.FromUtc(2025, 12, 5, 2, 0)))
            .AddChildPlan(b => b.AddProfile<SampleChoosingProfile>().AddReporting())
            .BuildServiceProvider();

        var input = services.GetRequiredService<ReportService>().Prepare("dien-bien", "ctht-2013-2020", 2020);

        Assert.Equal("chosen.csv", input.DataSource);
        Assert.True(input.IsSampleData);
        Assert.Equal(26.4m, input.Evaluation.Results.Single(r => r.Indicator.Id == "R5").Actual?.Value);
    }

    [Fact]
    public void The_report_service_writes_the_monitoring_workbook_of_a_report_input_made_now_in_Vietnam_time()
    {
        using var services = Host(Instant.FromUtc(2026, 1, 5, 3, 30));
        var reports = services.GetRequiredService<ReportService>();
        var input = reports.Prepare("dien-bien", "ctht-2013-2020", 2020);
        using var stream = new MemoryStream();

        reports.WriteMonitoringWorkbook(input, stream);

        using var workbook = WorkbookFixtures.Open(stream.ToArray());
        var summary = workbook.Worksheet(1);
        Assert.Equal(MonitoringWorkbook.SummarySheetName, summary.Name);
        Assert.Equal(1 + input.Plan.Goals.Count, workbook.Worksheets.Count);
        Assert.Equal("2020", WorkbookFixtures.Find(summary, "Năm đánh giá:").CellRight().GetString());
        Assert.Equal("Tỉnh Điện Biên (mã 11)", WorkbookFixtures.Find(summary, "Đơn vị:").CellRight().GetString());
        Assert.Equal("ctht-2013-2020.data.csv", WorkbookFixtures.Find(summary, "Nguồn số liệu:").CellRight().GetString());
        Assert.Equal("05/01/2026 10:30 (giờ Việt Nam)", WorkbookFixtures.Find(summary, "Lập lúc:").CellRight().GetString());
        Assert.Equal(input.Evaluation.Results.Count, WorkbookFixtures.Find(summary, "Tổng cộng").CellRight().GetValue<int>());
        Assert.DoesNotContain(WorkbookFixtures.AllCells(workbook), c => c.GetString().Contains("DỮ LIỆU MẪU", StringComparison.Ordinal));
    }

    [Fact]
    public void The_monitoring_workbook_the_report_service_writes_marks_sample_data()
    {
        using var services = Host(Instant.FromUtc(2026, 1, 5, 3, 30));
        var reports = services.GetRequiredService<ReportService>();
        var input = reports.Prepare("thua-thien-hue", "kh-208-2021", 2025);
        using var stream = new MemoryStream();

        reports.WriteMonitoringWorkbook(input, stream);

        using var workbook = WorkbookFixtures.Open(stream.ToArray());
        Assert.True(input.IsSampleData);
        Assert.Contains("(DỮ LIỆU MẪU)", WorkbookFixtures.Find(workbook.Worksheet(1), "Nguồn số liệu:").CellRight().GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_input_takes_its_plan_and_year_from_its_evaluation()
    {
        var plan = TestPlans.Small();

        var input = ReportInput.Evaluate(plan, 2025, new ProfileDataset(plan.Id, "small.csv", IsSample: true, [TestPlans.Obs("PCT", 2025, 72, unit: "P")]), Today, TestPlans.Units.List);

        Assert.Same(plan, input.Plan);
        Assert.Equal(2025, input.Year);
        Assert.Equal(2025, input.Evaluation.Year);
        Assert.Equal("small.csv", input.DataSource);
        Assert.True(input.IsSampleData);
    }

    [Fact]
    public void A_report_input_refuses_an_evaluation_of_every_year()
    {
        var evaluation = PlanEvaluator.Evaluate(TestPlans.Small(), []);

        Assert.Null(evaluation.Year);
        Assert.Throws<ArgumentException>(() => new ReportInput { Evaluation = evaluation, Date = Today });
    }

    [Theory]
    [InlineData(2019)]
    [InlineData(2026)]
    public void A_year_outside_the_plan_is_a_problem_at_year_without_option_names(int year)
    {
        var e = Assert.Throws<ChildPlanInputException>(() => ReportInput.Evaluate(TestPlans.Small(), year, [], Today));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("year", problem.Where);
        Assert.Equal($"{year} is outside the years of plan 'small' (2021–2025).", problem.Message);
    }

    [Fact]
    public void A_baseline_year_is_not_reported_on_whether_evaluated_for_the_report_or_given_evaluated()
    {
        var baseline = PlanEvaluator.Evaluate(TestPlans.Small(), [], options: new EvaluationOptions { Year = 2020 });

        var evaluated = Assert.Throws<ChildPlanInputException>(() => ReportInput.Evaluate(TestPlans.Small(), 2020, [], Today));
        var given = Assert.Throws<ChildPlanInputException>(() => new ReportInput { Evaluation = baseline, Date = Today });

        Assert.All([evaluated, given], e =>
        {
            var problem = Assert.Single(e.Problems);
            Assert.Equal("year", problem.Where);
            Assert.Equal("2020 is outside the years of plan 'small' (2021–2025).", problem.Message);
        });
    }

    [Fact]
    public void A_baseline_year_can_be_evaluated()
    {
        var evaluation = PlanEvaluator.Evaluate(TestPlans.Small(), [], options: new EvaluationOptions { Year = 2020 });

        Assert.Equal(2020, evaluation.Year);
        Assert.All(evaluation.Results, r => Assert.Equal(2020, r.Year));
    }

    [Fact]
    public void An_unknown_unit_is_a_problem_at_unit_without_option_names()
    {
        var e = Assert.Throws<ChildPlanInputException>(() => PlanEvaluator.Evaluate(TestPlans.Small(), [], TestPlans.Units.Hierarchy, new EvaluationOptions { UnitCode = "X9" }));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("unit", problem.Where);
        Assert.DoesNotContain("--", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_unit_in_data_without_units_is_told_without_option_names()
    {
        var e = Assert.Throws<ChildPlanInputException>(() => PlanEvaluator.Evaluate(TestPlans.Small(), [TestPlans.Obs("PCT", 2025, 72, unit: "X9")]));

        Assert.Contains("unknown administrative unit 'X9' (no administrative units are given", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_atomic_write_over_an_existing_file_is_an_io_error_naming_the_path_without_option_names()
    {
        var fs = new MockFileSystem();
        fs.AddFile("/out/a.txt", new MockFileData("keep"));

        var e = Assert.Throws<OutputExistsException>(() => AtomicFile.Write(fs, "/out/a.txt", overwrite: false, s => s.WriteByte(1)));

        Assert.IsAssignableFrom<IOException>(e);
        Assert.Equal("/out/a.txt", e.Path);
        Assert.DoesNotContain("--", e.Message, StringComparison.Ordinal);
        Assert.Equal("keep", fs.File.ReadAllText("/out/a.txt"));
    }

    private static ServiceProvider Host(Instant now) => new ServiceCollection()
        .AddSingleton<IClock>(new NodaTime.Testing.FakeClock(now))
        .AddSingleton<System.IO.Abstractions.IFileSystem>(new MockFileSystem())
        .AddChildPlan(b => b.AddDienBien().AddThuaThienHue().AddReporting())
        .BuildServiceProvider();

    /// <summary>Dien Bien, choosing a dataset of its own for ctht-2013-2020.</summary>
    private sealed class SampleChoosingProfile : IChildPlanProfile
    {
        private readonly DienBienProfile inner = new();

        public string Id => inner.Id;

        public string Name => inner.Name;

        public IReadOnlyList<Plan> Plans => inner.Plans;

        public IReadOnlyList<AdministrativeUnit> Units => inner.Units;

        public IReadOnlyList<ProfileDataset> Datasets => inner.Datasets;

        public AdministrativeChanges Changes => inner.Changes;

        public ProfileDataset? DatasetFor(string planId) =>
            new(planId, "chosen.csv", IsSample: true, inner.Datasets.Single(d => d.PlanId == planId).Observations.Where(o => o.IndicatorId == "R5").ToList());
    }
}
