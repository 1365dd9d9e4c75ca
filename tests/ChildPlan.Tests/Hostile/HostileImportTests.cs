using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Cli;
using ChildPlan.Formats;
using ChildPlan.Reporting.Workbooks;
using ChildPlan.Tests.Cli;
using ClosedXML.Excel;

namespace ChildPlan.Tests.Hostile;

/// <summary>Import under attack: a workbook whose unit code a spreadsheet would run as a formula, and formula text in every column of a data file.</summary>
public sealed class HostileImportTests
{
    private readonly CliHarness cli = new();

    [Theory]
    [InlineData("-2+3")]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("@SUM(1)")]
    public void Import_refuses_a_unit_code_that_is_not_a_safe_code_naming_the_workbook_cell(string code)
    {
        Assert.Equal(ExitCodes.Success, cli.Run("collect", "--profile", "dien-bien", "--plan", "tuan-giao-2021-2025", "--year", "2024", "--out", "/w/tg.xlsx").Exit);
        byte[] filled;
        using (var workbook = new XLWorkbook(new MemoryStream(cli.Files.File.ReadAllBytes("/w/tg.xlsx"))))
        {
            var metadata = workbook.Worksheet(CollectionWorkbook.MetadataSheetName);
            metadata.RowsUsed().First(r => r.Cell(1).GetString() == "unit").Cell(2).SetValue(code);
            var bv1 = workbook.Worksheet(CollectionWorkbook.DataSheetName).RowsUsed().First(r => r.Cell(1).GetString() == "BV1");
            bv1.Cell(7).Value = 310;
            bv1.Cell(8).Value = 9000;
            using var saved = new MemoryStream();
            workbook.SaveAs(saved);
            filled = saved.ToArray();
        }

        cli.Files.AddFile("/w/tg.xlsx", new MockFileData(filled));
        var quoted = "\"" + code.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        cli.Files.AddFile("/in/units.csv", new MockFileData($"code,name,level,parent\n11,Province,province,\n099,District,district,11\n{quoted},Commune,commune,099\n"));

        var (exit, _, error) = cli.Run("import", "/w/tg.xlsx", "--profile", "dien-bien", "--plan", "tuan-giao-2021-2025", "--units", "/in/units.csv", "--out", "/w/data.csv");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains($"/w/tg.xlsx: {CollectionWorkbook.MetadataSheetName}!B", error, StringComparison.Ordinal);
        Assert.False(cli.Files.File.Exists("/w/data.csv"));
    }

    [Fact]
    public void The_data_file_writer_neutralises_formula_text_in_every_text_column()
    {
        var writer = new StringWriter();

        ObservationFile.Write(writer, [new Observation { IndicatorId = "=1+1", MeasureId = "+m", Year = 2024, Value = 1, UnitCode = "-2+3", Source = "@s" }]);

        var row = writer.ToString().Split('\n')[1];
        Assert.Equal("'=1+1,'+m,2024,1,,,'-2+3,'@s", row);
    }
}
