using System.Text.RegularExpressions;
using ClosedXML.Excel;
using ChildPlan.Indicators;
using ChildPlan.Reporting.Workbooks;
using static ChildPlan.Tests.Workbooks.WorkbookFixtures;

namespace ChildPlan.Tests.Workbooks;

/// <summary>
/// Text from plans, data and options that looks like a formula or markup is written as plain text:
/// no formula, no hyperlink, the characters exactly as given.
/// </summary>
public sealed partial class WorkbookInjectionTests
{
    private const string Hyperlink = "=HYPERLINK(\"http://x\",\"y\")";
    private const string Img = "\"><img onerror=alert(1)>";
    private const string Script = "<script>alert(1)</script>";
    private const string Dde = "+cmd|' /C calc'!A0";

    private static readonly string[] Payloads = [Hyperlink, Img, Script, Dde];

    /// <summary>The small test plan with a payload in every name a workbook shows.</summary>
    private static Plan Poisoned()
    {
        var small = TestPlans.Small();
        return small with
        {
            Title = Hyperlink,
            Document = small.Document with { Symbol = Img, Issuer = Script },
            Goals = [small.Goals[0] with { Id = Hyperlink, Title = Script }],
            Indicators = [.. small.Indicators.Select((i, n) => i with
            {
                GoalId = Hyperlink,
                Name = Payloads[n % Payloads.Length],
                Measures = [.. i.Measures.Select(m => m.Id is null ? m : m with { Name = Img })],
            })],
            Agencies = [.. small.Agencies.Select(a => a with { Name = Hyperlink })],
        };
    }

    private static void AssertInert(byte[] bytes, params string[] expectedTexts)
    {
        using var workbook = Open(bytes);
        var cells = AllCells(workbook).ToList();

        Assert.DoesNotContain(cells, c => c.HasFormula);
        Assert.DoesNotContain(cells, c => c.HasHyperlink);
        foreach (var text in expectedTexts)
        {
            var holding = cells.Where(c => c.GetString().Contains(text, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(holding);
            Assert.All(holding, c => Assert.Equal(XLDataType.Text, c.DataType));
        }

        var exact = cells.Where(c => c.GetString() == Hyperlink).ToList();
        Assert.NotEmpty(exact);
        Assert.All(exact, c => Assert.True(c.Style.IncludeQuotePrefix, "a formula-looking text keeps its quote prefix if retyped"));

        foreach (var xml in WorksheetXml(bytes))
        {
            Assert.DoesNotMatch(FormulaElement(), xml);
            Assert.DoesNotContain("hyperlink", xml, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script>", xml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_monitoring_workbook_writes_formulas_and_markup_from_the_plan_and_options_as_plain_text()
    {
        var plan = Poisoned();
        var evaluation = PlanEvaluator.Evaluate(plan, [TestPlans.Obs("PCT", 2025, value: 72), TestPlans.Obs("SDD", 2025, value: 4, measure: "nong-thon", line: 3)]);
        var options = new WorkbookOptions { Created = Created, UnitName = Script, DataSourceName = Hyperlink, IsSampleData = true };

        var bytes = Monitoring(evaluation, options);

        AssertInert(bytes, Hyperlink, Img, Script, Dde);
        using var workbook = Open(bytes);
        Assert.Equal(Img, Find(workbook.Worksheet(1), "Số, ký hiệu văn bản:").CellRight().GetString());
        Assert.Equal(Hyperlink, workbook.Worksheet(1).Cell(3, 1).GetString());
    }

    [Fact]
    public void The_collection_template_writes_formulas_and_markup_from_the_plan_and_unit_as_plain_text()
    {
        var plan = Poisoned();
        var unit = new AdministrativeUnit("P", Hyperlink, AdministrativeLevel.Province, null);
        var options = new CollectionOptions { Created = Created, SendTo = Script };

        var bytes = Bytes(s => CollectionWorkbook.Write(plan, 2025, unit, options, s));

        AssertInert(bytes, Hyperlink, Img, Script, Dde);
        using var workbook = Open(bytes);
        var data = workbook.Worksheet(CollectionWorkbook.DataSheetName);
        Assert.Equal(Hyperlink, workbook.Worksheet(CollectionWorkbook.MetadataSheetName).Cell(5, 2).GetString());
        Assert.StartsWith("Chỉ tiêu 1. " + Hyperlink, data.Cell(RowOf(data, "PCT"), CollectionWorkbook.NameColumn).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_typed_as_a_formula_looking_text_is_imported_literally_and_a_real_formula_is_refused()
    {
        var programme = Plan(ProgrammeId);
        using var workbook = Open(Collection(programme, 2025, Unit("099")));
        var data = workbook.Worksheet(CollectionWorkbook.DataSheetName);
        var ct1 = RowOf(data, "CT1");
        data.Cell(ct1, CollectionWorkbook.ValueColumn).SetValue(70);
        data.Cell(ct1, CollectionWorkbook.SourceColumn).SetValue<string>(Hyperlink);
        var ct2 = RowOf(data, "CT2");
        data.Cell(ct2, CollectionWorkbook.ValueColumn).SetValue(81);
        data.Cell(ct2, CollectionWorkbook.SourceColumn).SetValue<string>(Script + Img);
        var bytes = Save(workbook);

        var observations = CollectionWorkbook.Read(new MemoryStream(bytes), "data.xlsx", programme).Observations;

        Assert.Equal([Hyperlink, Script + Img], observations.Select(o => o.Source));

        // ClosedXML 0.95 rebinds a workbook loaded from a stream to the stream it was saved to: open the saved bytes again.
        using var again = Open(bytes);
        again.Worksheet(CollectionWorkbook.DataSheetName).Cell(ct1, CollectionWorkbook.SourceColumn).FormulaA1 = "HYPERLINK(\"http://x\",\"y\")";
        var e = Assert.Throws<ChildPlan.ChildPlanInputException>(() => CollectionWorkbook.Read(new MemoryStream(Save(again)), "data.xlsx", programme));
        Assert.Equal($"data.xlsx: Số liệu!I{ct1}: the cell holds a formula (=HYPERLINK(\"http://x\",\"y\")); type the text itself.", e.Message);
    }

    [Fact]
    public void Characters_XML_cannot_hold_are_dropped_instead_of_breaking_the_file()
    {
        var small = TestPlans.Small();
        var plan = small with { Title = "Kế hoạch\u0001 thử\u0000", Indicators = [small.Indicators[0] with { Name = "Tỷ lệ\u001F trẻ em \uD800" }] };

        using var workbook = Open(Bytes(s => CollectionWorkbook.Write(plan, 2025, new AdministrativeUnit("P", "Tỉnh Thử", AdministrativeLevel.Province, null), CollectOptions, s)));

        var data = workbook.Worksheet(CollectionWorkbook.DataSheetName);
        Assert.Equal("Chỉ tiêu 1. Tỷ lệ trẻ em ", data.Cell(RowOf(data, "PCT"), CollectionWorkbook.NameColumn).GetString());
        Assert.Equal("Kế hoạch thử", workbook.Worksheet(CollectionWorkbook.MetadataSheetName).Cell(6, 2).GetString());
    }

    [GeneratedRegex("<(\\w+:)?f[ >/]")]
    private static partial Regex FormulaElement();
}
