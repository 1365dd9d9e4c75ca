using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Formats;
using ChildPlan.Profiles.DienBien;
using NodaTime;

namespace ChildPlan.Tests.Files;

public sealed class PlanFileTests
{
    private static ChildPlanInputException Refused(Func<string, string> edit) =>
        Assert.Throws<ChildPlanInputException>(() => PlanFile.Parse(edit(TestPlans.SmallJson), "small.plan.json"));

    [Fact]
    public void A_plan_file_reads_into_the_typed_model()
    {
        var plan = TestPlans.Small();

        Assert.Equal("1/KH-UBND", plan.Document.Symbol);
        Assert.Equal(new LocalDate(2021, 6, 9), plan.Document.Issued);
        Assert.Equal(new YearSpan(2021, 2025), plan.Years);
        var mortality = plan.FindIndicator("MR")!;
        Assert.True(mortality.IsSingleMeasure);
        Assert.Equal(IndicatorUnit.PerThousandLiveBirths, mortality.Measures[0].Unit);
        Assert.Equal(Comparison.LessThan, mortality.Measures[0].Targets[0].Comparison);
        Assert.Equal(9.5m, mortality.Measures[0].Targets[0].Value);
        Assert.Equal(new SourceReference("1/KH-UBND", "I.1.2"), mortality.Source);
        Assert.Equal("rural", plan.FindIndicator("SDD")!.FindMeasure("nong-thon")!.Dimension["area"]);
        Assert.Equal(new AnnualDate(11, 30), plan.Reporting[0].Due!.Annual);
    }

    [Theory]
    [InlineData("ctht-2013-2020")]
    [InlineData("ctht-2021-2030")]
    [InlineData("tuan-giao-2021-2025")]
    public void Every_Dien_Bien_plan_survives_export_and_reimport_unchanged(string planId)
    {
        var plan = new DienBienProfile().Plans.Single(p => p.Id == planId);

        var json = PlanFile.ToJson(plan);
        var again = PlanFile.ToJson(PlanFile.Parse(json));

        Assert.Equal(json, again);
        Assert.Contains("\"format\": \"childplan.plan/1\"", json, StringComparison.Ordinal);
        Assert.Contains(plan.Title, json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal); // Vietnamese letters stay letters
    }

    // One lead stays "lead": "x" (files written before co-leads read unchanged); co-leads are "lead": ["x", "y"].
    [Fact]
    public void Co_leads_read_from_a_lead_list_and_write_back_as_one()
    {
        var plan = PlanFile.Parse(TestPlans.SmallJson.Replace("\"lead\": \"so-a\", \"source\": \"I.1.2\"", "\"lead\": [\"so-a\", \"ubnd\"], \"source\": \"I.1.2\"", StringComparison.Ordinal));

        Assert.Equal(["so-a", "ubnd"], plan.FindIndicator("MR")!.Responsibility.Leads);
        Assert.Equal(["so-a"], plan.FindIndicator("PCT")!.Responsibility.Leads);
        var json = PlanFile.ToJson(plan);
        Assert.Contains("\"lead\": [\n        \"so-a\",\n        \"ubnd\"\n      ]", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"lead\": \"so-a\"", json, StringComparison.Ordinal);
        Assert.Equal(["so-a", "ubnd"], PlanFile.Parse(json).FindIndicator("MR")!.Responsibility.Leads);
    }

    [Theory]
    [InlineData("[\"so-a\", \"so-a\"]", "$.indicators[1].lead[1]: agency 'so-a' is named twice as a lead.")]
    [InlineData("[\"so-a\", \"so-b\"]", "$.indicators[1].lead[1]: agency 'so-b' is not one of the plan's agencies.")]
    [InlineData("[]", "$.indicators[1].lead: an empty list; leave 'lead' out (or null) where the document names no lead.")]
    [InlineData("[1]", "$.indicators[1].lead[0]: expected a string.")]
    public void A_bad_lead_list_is_rejected_at_its_json_path(string leads, string expected)
    {
        var e = Refused(json => json.Replace("\"lead\": \"so-a\", \"source\": \"I.1.2\"", $"\"lead\": {leads}, \"source\": \"I.1.2\"", StringComparison.Ordinal));

        Assert.Contains("small.plan.json: " + expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_atomically_and_does_not_overwrite_without_force()
    {
        var fs = new MockFileSystem();
        var plan = TestPlans.Small();

        PlanFile.Write(fs, "/out/small.json", plan, overwrite: false);
        var e = Assert.Throws<OutputExistsException>(() => PlanFile.Write(fs, "/out/small.json", plan, overwrite: false));

        Assert.Equal("/out/small.json", e.Path);
        Assert.Equal("/out/small.json: the file already exists.", e.Message);
        Assert.Equal(["/out/small.json"], fs.Directory.GetFiles("/out").Select(f => f.Replace('\\', '/')));
        Assert.Equal("small", PlanFile.Read(fs, "/out/small.json").Id);
    }

    [Theory]
    [InlineData("\"op\": \"<\", \"value\": 9.5", "\"op\": \"lt\", \"value\": 9.5", "$.indicators[1].targets[0].op: 'lt' is not one of <, <=, >, >=, =, between.")]
    [InlineData("\"value\": 9.5", "\"value\": \"9,5\"", "$.indicators[1].targets[0].value: expected a number, found the string \"9,5\" (write 9.5, not \"9,5\").")]
    [InlineData("\"source\": \"I.1.3\"", "\"x\": 1", "$.indicators[2].x: unknown property;")]
    [InlineData(", \"source\": \"I.1.3\"", "", "$.indicators[2].source: every item needs a source")]
    [InlineData("\"unit\": \"count\"", "\"unit\": \"people\"", "$.indicators[2].unit: 'people' is not one of percent, per-1000-live-births, per-100000-children, percent-change-per-year, count, yes-no.")]
    [InlineData("\"due\": \"--11-30\"", "\"due\": \"30/11\"", "$.reporting[0].due: '30/11' is neither --MM-DD (every year) nor YYYY-MM-DD (once).")]
    [InlineData("\"issued\": \"2021-06-09\"", "\"issued\": \"09/06/2021\"", "$.document.issued: '09/06/2021' is not a date in the form YYYY-MM-DD (or YYYY-MM when the document leaves the day blank).")]
    [InlineData("\"format\": \"childplan.plan/1\"", "\"format\": \"childplan.plan/2\"", "$.format: 'childplan.plan/2' is not a supported format")]
    public void A_bad_plan_file_is_rejected_with_the_json_path_of_the_problem(string find, string replace, string expected)
    {
        var e = Refused(json =>
        {
            Assert.Contains(find, json, StringComparison.Ordinal);
            return json.Replace(find, replace, StringComparison.Ordinal);
        });

        Assert.Contains("small.plan.json: " + expected, e.Message, StringComparison.Ordinal);
    }

    // The rules on the plan itself are PlanValidator's (PlanValidatorTests); the reader reports them against the file.
    [Fact]
    public void A_plan_file_that_breaks_a_plan_rule_is_rejected_with_the_file_name_and_the_json_path()
    {
        var e = Refused(json => json.Replace("\"lead\": \"so-a\", \"source\": \"I.1.2\"", "\"lead\": \"so-b\", \"source\": \"I.1.2\"", StringComparison.Ordinal));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("small.plan.json: $.indicators[1].lead", problem.Where);
        Assert.Equal("small.plan.json: $.indicators[1].lead: agency 'so-b' is not one of the plan's agencies.", e.Message);
    }

    [Fact]
    public void Malformed_json_is_rejected_with_its_line()
    {
        var e = Assert.Throws<ChildPlanInputException>(() => PlanFile.Parse("{\n  \"id\": \"x\",\n  oops\n}", "bad.json"));

        Assert.StartsWith("bad.json:3: not valid JSON", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_in_a_plan_file_is_reported_at_once()
    {
        var e = Refused(json => json.Replace("\"op\": \"<\", \"value\": 9.5", "\"op\": \"lt\", \"value\": 9.5", StringComparison.Ordinal).Replace("\"due\": \"--11-30\"", "\"due\": \"x\"", StringComparison.Ordinal));

        Assert.Equal(2, e.Problems.Count);
        Assert.Contains(e.Problems, p => p.Where.EndsWith("$.indicators[1].targets[0].op", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Where.EndsWith("$.reporting[0].due", StringComparison.Ordinal));
    }
}
