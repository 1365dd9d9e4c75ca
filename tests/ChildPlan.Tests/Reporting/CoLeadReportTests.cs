using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Tests.Reporting;

/// <summary>
/// Điện Biên chỉ tiêu 16 has two leads (333/QĐ-UBND, Part 2, IV.1 Sở Lao động - Thương binh và Xã hội and IV.3 Công an
/// tỉnh, both "chủ trì"): every report names both, and neither as a coordinating agency.
/// </summary>
public sealed class CoLeadReportTests
{
    private static readonly ReportInput Input = ReportFixture.Input("ctht-2021-2030", 2024);

    [Fact]
    public void The_indicator_row_names_both_leads_in_document_order()
    {
        var model = ReportModelBuilder.Build(ReportKind.Annual, Input);

        var row = model.Indicators.Single(r => r.Id == "CT16");
        var leads = row.Lead.Split("; ");
        Assert.Equal(2, leads.Length);
        Assert.Contains("Lao động - Thương binh và Xã hội", leads[0], StringComparison.Ordinal);
        Assert.Equal("Công an tỉnh", leads[1]);
        Assert.DoesNotContain("Công an tỉnh", row.Support, StringComparison.Ordinal);
    }

    [Fact]
    public void The_responsibility_matrix_marks_both_leads_C_and_the_departments_P()
    {
        var model = ReportModelBuilder.Build(ReportKind.Responsibility, Input);

        var row = model.Matrix.Rows.Single(r => r.Label == "Chỉ tiêu 16");
        string Mark(string agencyId) => row.Cells[model.Matrix.Columns.ToList().FindIndex(c => c.Id == agencyId)];
        Assert.Equal(("C", "C", "P"), (Mark("so-ldtbxh"), Mark("cong-an-tinh"), Mark("so-nganh")));
    }

    [Fact]
    public void Each_lead_lists_the_indicator_among_those_it_leads()
    {
        var model = ReportModelBuilder.Build(ReportKind.Responsibility, Input);

        Assert.Equal(["16"], model.Agencies.Single(a => a.Id == "cong-an-tinh").Leads);
        Assert.Contains("16", model.Agencies.Single(a => a.Id == "so-ldtbxh").Leads);
        Assert.Empty(model.Agencies.Single(a => a.Id == "cong-an-tinh").Supports);
        var markdown = ReportFixture.Render(ReportKind.Responsibility, OutputFormat.Markdown, Input);
        Assert.Contains("Chủ trì chỉ tiêu: 16.", markdown, StringComparison.Ordinal);
    }
}
