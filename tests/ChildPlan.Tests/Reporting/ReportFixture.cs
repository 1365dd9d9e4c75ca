using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Profiles;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Model;
using NodaTime;

namespace ChildPlan.Tests.Reporting;

/// <summary>Builds report inputs from the real profiles with a fixed report date.</summary>
internal static class ReportFixture
{
    /// <summary>The report date used in golden files: 5 December 2025.</summary>
    public static LocalDate Today { get; } = new(2025, 12, 5);

    public static IReadOnlyList<IChildPlanProfile> Profiles { get; } =
    [
        new ChildPlan.Profiles.DienBien.DienBienProfile(),
        new ChildPlan.Profiles.ThuaThienHue.ThuaThienHueProfile(),
        new ChildPlan.Profiles.HaiDuong.HaiDuongProfile(),
        new ChildPlan.Profiles.TayNinh.TayNinhProfile(),
    ];

    public static (IChildPlanProfile Profile, Plan Plan) Find(string planId)
    {
        var profile = Profiles.First(p => p.Plans.Any(plan => plan.Id == planId));
        return (profile, profile.Plans.Single(p => p.Id == planId));
    }

    public static ReportInput Input(string planId, int year, ReportDetails? details = null, IReadOnlyCollection<Observation>? data = null, LocalDate? today = null)
    {
        var (profile, plan) = Find(planId);
        var input = data is null
            ? ReportInput.Evaluate(plan, year, profile.DatasetFor(planId), today ?? Today, profile.Units, profile.Changes)
            : ReportInput.Evaluate(plan, year, data, today ?? Today, profile.Units, profile.Changes);
        return input with { Details = details ?? ReportDetails.None };
    }

    public static string Render(ReportKind kind, ChildPlan.Reporting.Rendering.OutputFormat format, ReportInput input, ReportRenderer? renderer = null)
    {
        var (profile, _) = Find(input.Plan.Id);
        return (renderer ?? new ReportRenderer(new MockFileSystem())).Render(kind, format, ReportModelBuilder.Build(kind, input), profile);
    }
}
