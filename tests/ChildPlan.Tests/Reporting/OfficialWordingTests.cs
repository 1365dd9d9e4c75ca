using ChildPlan.Reporting.Localization;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Tests.Reporting;

/// <summary>Wording a signed report must get right, from the review of the reports as an official reads them.</summary>
public sealed class OfficialWordingTests
{
    [Theory]
    [InlineData(Comparison.AtLeast, 100, IndicatorUnit.Percent, "100%")]
    [InlineData(Comparison.AtLeast, 95, IndicatorUnit.Percent, "≥ 95%")]
    [InlineData(Comparison.AtLeast, 100, IndicatorUnit.Count, "≥ 100")]
    public void A_rate_of_at_least_100_percent_reads_100_percent_as_the_documents_write_it(Comparison comparison, int value, IndicatorUnit unit, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.Target(new Target { Year = 2025, Comparison = comparison, Value = value }, unit));
    }

    [Fact]
    public void The_annual_report_never_shows_a_computed_trajectory_as_a_target()
    {
        var model = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("ctht-2021-2030", 2024));
        var markdown = ReportFixture.Render(ReportKind.Annual, OutputFormat.Markdown, ReportFixture.Input("ctht-2021-2030", 2024));

        Assert.DoesNotContain("≈", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("lộ trình", markdown, StringComparison.Ordinal);
        Assert.Contains(model.Indicators, r => r.Target.EndsWith("(năm 2025)", StringComparison.Ordinal) && r.Trajectory.StartsWith('≈'));
    }

    [Fact]
    public void An_agency_leading_many_unnumbered_indicators_counts_them_instead_of_quoting_every_name()
    {
        var model = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("tuan-giao-2021-2025", 2024));

        var lead = model.Agencies.Single(a => a.Leads.Count > 2);
        Assert.Equal($"chủ trì {lead.Leads.Count} chỉ tiêu tại mục II", lead.LeadsText);
        Assert.True(lead.LeadsText.Length < 40);
    }

    [Fact]
    public void Numbered_indicators_are_listed_by_the_documents_numbers()
    {
        var model = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("ctht-2021-2030", 2024));

        Assert.Contains(model.Agencies, a => a.LeadsText.StartsWith("chủ trì chỉ tiêu 1, 2, 13", StringComparison.Ordinal));
    }

    [Fact]
    public void The_annual_report_does_not_print_Đề_nghị_before_an_agencys_name()
    {
        var markdown = ReportFixture.Render(ReportKind.Annual, OutputFormat.Markdown, ReportFixture.Input("kh-ct18", 2018));

        Assert.DoesNotContain("**Đề nghị ", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unconfirmed_succession_names_the_instrument_as_related_not_as_its_basis()
    {
        var model = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("kh-208-2021", 2025));

        Assert.Contains("Nhiệm vụ kế hoạch giao Sở Lao động - Thương binh và Xã hội, từ ngày 01/03/2025 do Sở Y tế thực hiện (chưa xác minh được quy định chuyển giao nhiệm vụ này; văn bản liên quan: Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ).", model.Notes);
        Assert.DoesNotContain(model.Notes, n => n.Contains("thực hiện theo Nghị định số 45/2025", StringComparison.Ordinal));
    }

    [Fact]
    public void A_programme_is_referred_to_as_a_programme_in_the_notes_and_a_plan_as_a_plan()
    {
        var programme = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("ctht-2021-2030", 2025));
        var plan = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("kh-208-2021", 2025));

        Assert.Contains(programme.Notes, n => n.StartsWith("Nhiệm vụ chương trình giao", StringComparison.Ordinal));
        Assert.Contains(plan.Notes, n => n.StartsWith("Nhiệm vụ kế hoạch giao", StringComparison.Ordinal));
        Assert.DoesNotContain(programme.Notes.Concat(plan.Notes), n => n.Contains("(theo Kế hoạch", StringComparison.Ordinal) || n.Contains("Nhiệm vụ Kế hoạch", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deadline_on_the_calendars_date_is_due_today_not_due_in_0_days()
    {
        var input = ReportFixture.Input("kh-ct18", 2018, today: new NodaTime.LocalDate(2018, 12, 15));

        var markdown = ReportFixture.Render(ReportKind.Calendar, OutputFormat.Markdown, input);

        Assert.Contains("Đến hạn (hôm nay)", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("còn 0 ngày", markdown, StringComparison.Ordinal);
    }
}
