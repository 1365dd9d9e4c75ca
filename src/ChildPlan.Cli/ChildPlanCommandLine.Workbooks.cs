using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Workbooks;

namespace ChildPlan.Cli;

public sealed partial class ChildPlanCommandLine
{
    private byte[] MonitoringWorkbookBytes(ReportInput input)
    {
        var evaluation = input.Evaluation;
        using var stream = new MemoryStream();
        MonitoringWorkbook.Write(
            evaluation,
            new WorkbookOptions
            {
                Created = clock.GetCurrentInstant(),
                UnitName = input.Units.FirstOrDefault(u => u.Code == evaluation.UnitCode)?.Name,
                DataSourceName = input.DataSource,
                IsSampleData = input.IsSampleData,
            },
            stream);
        return stream.ToArray();
    }
}
