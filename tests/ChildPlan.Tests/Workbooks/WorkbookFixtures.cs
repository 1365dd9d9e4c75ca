using System.IO.Compression;
using ClosedXML.Excel;
using ChildPlan.Indicators;
using ChildPlan.Profiles.DienBien;
using ChildPlan.Reporting.Workbooks;
using NodaTime;

namespace ChildPlan.Tests.Workbooks;

/// <summary>The real Điện Biên plans and data, and helpers to write a workbook and open it again with ClosedXML.</summary>
internal static class WorkbookFixtures
{
    public const string ReviewId = "ctht-2013-2020";
    public const string ProgrammeId = "ctht-2021-2030";
    public const string TuanGiaoId = "tuan-giao-2021-2025";

    /// <summary>05/01/2026 10:30 in Vietnam.</summary>
    public static readonly Instant Created = Instant.FromUtc(2026, 1, 5, 3, 30);

    private static readonly DienBienProfile Profile = new();

    public static Plan Plan(string id) => Profile.Plans.Single(p => p.Id == id);

    public static AdministrativeUnit Unit(string code) => Profile.Units.Single(u => u.Code == code);

    public static AdministrativeHierarchy Hierarchy => new(Profile.Units, Profile.Changes);

    /// <summary>The 2013–2020 review evaluated with the results the decision reports (its real dataset).</summary>
    public static PlanEvaluation Review()
    {
        var dataset = Profile.Datasets.Single(d => d.PlanId == ReviewId);
        Assert.False(dataset.IsSample);
        return PlanEvaluator.Evaluate(Plan(ReviewId), dataset.Observations, Hierarchy);
    }

    public static WorkbookOptions MonitoringOptions(bool sample = false) => new()
    {
        Created = Created,
        UnitName = "Tỉnh Điện Biên",
        DataSourceName = "ctht-2013-2020.data.csv",
        IsSampleData = sample,
    };

    public static CollectionOptions CollectOptions => new() { Created = Created, Due = new LocalDate(2025, 11, 20), SendTo = "Phòng Lao động - Thương binh và Xã hội" };

    public static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    public static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));

    public static XLWorkbook Open(Action<Stream> write) => Open(Bytes(write));

    public static byte[] Save(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static byte[] Monitoring(PlanEvaluation evaluation, WorkbookOptions options) =>
        Bytes(s => MonitoringWorkbook.Write(evaluation, options, s));

    public static byte[] Collection(Plan plan, int year, AdministrativeUnit unit) =>
        Bytes(s => CollectionWorkbook.Write(plan, year, unit, CollectOptions, s));

    /// <summary>Every cell with contents, on every sheet (hidden ones too).</summary>
    public static IEnumerable<IXLCell> AllCells(XLWorkbook workbook) =>
        workbook.Worksheets.SelectMany(ws => ws.CellsUsed(XLCellsUsedOptions.Contents));

    /// <summary>The first cell on the sheet whose text is exactly <paramref name="text"/>.</summary>
    public static IXLCell Find(IXLWorksheet sheet, string text) =>
        sheet.CellsUsed(XLCellsUsedOptions.Contents).FirstOrDefault(c => !c.HasFormula && c.GetString() == text)
        ?? throw new InvalidOperationException($"No cell '{text}' on sheet '{sheet.Name}'.");

    /// <summary>The data-sheet row of an indicator and measure in a collection template.</summary>
    public static int RowOf(IXLWorksheet data, string indicator, string? measure = null)
    {
        var last = data.LastRowUsed(XLCellsUsedOptions.Contents)!.RowNumber();
        for (var row = CollectionWorkbook.FirstDataRow; row <= last; row++)
        {
            if (data.Cell(row, CollectionWorkbook.IndicatorColumn).GetString() == indicator
                && data.Cell(row, CollectionWorkbook.MeasureColumn).GetString() == (measure ?? string.Empty))
            {
                return row;
            }
        }

        throw new InvalidOperationException($"No row for {indicator}/{measure}.");
    }

    /// <summary>The XML of every worksheet part of an .xlsx, read straight from the zip.</summary>
    public static IReadOnlyList<string> WorksheetXml(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return zip.Entries
            .Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd();
            })
            .ToList();
    }
}
