using System.IO.Abstractions.TestingHelpers;
using System.Text;
using ChildPlan.Formats;

namespace ChildPlan.Tests.Files;

/// <summary>
/// The results CSV (<c>agency,item,year,period,status,result,quantity,unit,source</c>) is read as data files are: located
/// errors, all of them at once, an explicit culture for numbers, quoted and multi-line cells; continuation rows add quantities;
/// what <see cref="ResultsFile.Write"/> writes reads back as it was.
/// </summary>
public sealed class ResultsFileTests
{
    private const string Header = "agency,item,year,period,status,result,quantity,unit,source\n";

    private static IReadOnlyList<AgencyResult> Read(string content, CsvCulture? culture = null) =>
        ResultsFile.Read(new StringReader(content), "results.csv", culture ?? CsvCulture.Invariant);

    private static string Problems(string content, CsvCulture? culture = null) =>
        Assert.Throws<ChildPlanInputException>(() => Read(content, culture)).Message;

    [Fact]
    public void A_results_file_gives_each_reporters_result_on_an_item_with_its_period_status_quantity_and_line()
    {
        var results = Read(Header
            + "so-gddt,HD3,2019,year,completed,Tổ chức 12 lớp tập huấn kỹ năng cho học sinh,12,lớp tập huấn,Số liệu mẫu\n"
            + "288,ubnd-huyen#2,2019,H1,not-started,,,,\n");

        Assert.Equal(2, results.Count);
        var first = results[0];
        Assert.Equal("so-gddt", first.Reporter);
        Assert.Equal(ResultItem.Task("HD3"), first.Item);
        Assert.Equal(ReportingPeriod.WholeYear(2019), first.Period);
        Assert.Equal(ResultStatus.Completed, first.Status);
        Assert.Equal("Tổ chức 12 lớp tập huấn kỹ năng cho học sinh", first.Text);
        Assert.Equal([new Quantity(12, "lớp tập huấn")], first.Quantities);
        Assert.Equal("Số liệu mẫu", first.Source);
        Assert.Equal(new InputLocation("results.csv", 2), first.Location);
        var second = results[1];
        Assert.Equal(ResultItem.DutyOf("ubnd-huyen", 2), second.Item);
        Assert.Equal(ReportingPeriod.FirstHalf(2019), second.Period);
        Assert.Equal(ResultStatus.NotStarted, second.Status);
        Assert.Equal(string.Empty, second.Text);
        Assert.Empty(second.Quantities);
        Assert.Null(second.Source);
        Assert.Equal(new InputLocation("results.csv", 3), second.Location);
    }

    [Theory]
    [InlineData("completed", ResultStatus.Completed)]
    [InlineData("In-Progress", ResultStatus.InProgress)]
    [InlineData("NOT-STARTED", ResultStatus.NotStarted)]
    [InlineData(" not-applicable ", ResultStatus.NotApplicable)]
    public void Status_tokens_are_read_whatever_their_case(string token, ResultStatus expected)
    {
        Assert.Equal(expected, Read(Header + $"so-a,HD1,2019,YEAR,{token},làm,,,\n")[0].Status);
    }

    [Fact]
    public void Rows_with_empty_status_and_result_add_their_quantity_to_the_result_directly_above()
    {
        var results = Read(Header
            + "so-a,HD1,2019,year,completed,Tập huấn,4,lớp tập huấn,Số liệu mẫu\n"
            + "so-a,HD1,2019,year,,,320,lượt người,\n"
            + "so-a,HD1,2019,year,,,150,triệu đồng,Số liệu mẫu\n"
            + "so-a,HD2,2019,year,in-progress,Đang làm,,,\n");

        Assert.Equal(2, results.Count);
        Assert.Equal([new Quantity(4, "lớp tập huấn"), new Quantity(320, "lượt người"), new Quantity(150, "triệu đồng")], results[0].Quantities);
        Assert.Equal(new InputLocation("results.csv", 2), results[0].Location);
        Assert.Empty(results[1].Quantities);
    }

    [Fact]
    public void A_vietnamese_file_is_semicolon_separated_with_comma_decimals_and_dot_thousands()
    {
        var results = Read(
            "agency;item;year;period;status;result;quantity;unit;source\nso-a;HD1;2019;year;completed;Hỗ trợ, tư vấn;1.500;lượt người;\nso-a;HD1;2019;year;;;12,5;triệu đồng;\n",
            CsvCulture.Vietnamese);

        Assert.Equal("Hỗ trợ, tư vấn", results[0].Text);
        Assert.Equal([new Quantity(1500, "lượt người"), new Quantity(12.5m, "triệu đồng")], results[0].Quantities);
    }

    [Fact]
    public void A_thousands_dot_misplaced_in_a_vietnamese_quantity_is_refused()
    {
        Assert.Equal(
            "results.csv:2: column 'quantity': '26.4' is not a number in the vi-VN format.",
            Problems("agency;item;year;period;status;result;quantity;unit;source\nso-a;HD1;2019;year;completed;x;26.4;buổi;\n", CsvCulture.Vietnamese));
    }

    [Fact]
    public void The_machine_culture_does_not_change_how_a_quantity_is_read()
    {
        var before = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("vi-VN");
            Assert.Equal(12.5m, Read(Header + "so-a,HD1,2019,year,completed,x,12.5,triệu đồng,\n")[0].Quantities[0].Value);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = before;
        }
    }

    [Fact]
    public void Quoted_multiline_cells_a_byte_order_mark_and_crlf_line_ends_are_read_and_cells_are_trimmed_and_nfc_normalised()
    {
        var decomposed = "Tâ\u0323p huấn".Normalize(NormalizationForm.FormD);
        var results = Read("\uFEFFagency,item,year,period,status,result,quantity,unit,source\r\n"
            + $"  so-a , HD1 ,2019, year ,completed,\"- Tuyên truyền, \"\"Luật Trẻ em\"\";\r\n- {decomposed}\",  12 ,  buổi  ,\r\n"
            + "so-a,HD2,2019,year,completed,x,,,\r\n");

        Assert.Equal(2, results.Count);
        Assert.Equal("so-a", results[0].Reporter);
        Assert.Equal(ResultItem.Task("HD1"), results[0].Item);
        Assert.Equal("- Tuyên truyền, \"Luật Trẻ em\";\r\n- " + "Tâ\u0323p huấn".Normalize(NormalizationForm.FormC), results[0].Text);
        Assert.Equal([new Quantity(12, "buổi")], results[0].Quantities);
        Assert.Equal(new InputLocation("results.csv", 4), results[1].Location);
    }

    [Fact]
    public void The_quantity_unit_and_source_columns_may_be_left_out()
    {
        var results = Read("agency,item,year,period,status,result\nso-a,HD1,2019,year,completed,x\n");

        Assert.Empty(results[0].Quantities);
        Assert.Null(results[0].Source);
    }

    [Theory]
    [InlineData("", "results.csv:1: the file is empty; a header row is required.")]
    [InlineData("agency,item,year,period,status\n", "results.csv:1: missing column(s) result.")]
    [InlineData("agency,item,year,period,status,result,district\n", "results.csv:1: unknown column 'district'; the columns are agency, item, year, period, status, result, quantity, unit, source.")]
    [InlineData("agency,item,year,period,status,result,result\n", "results.csv:1: column 'result' appears twice.")]
    [InlineData(Header + "so-a,HD1,2019,year,completed,x,,\n", "results.csv:2: 8 fields, but the header has 9.")]
    [InlineData(Header + ",HD1,2019,year,completed,x,,,\n", "results.csv:2: column 'agency': empty; give the agency id (so-gddt) or the unit code (288) of the reporter.")]
    [InlineData(Header + "so-a,,2019,year,completed,x,,,\n", "results.csv:2: column 'item': the item is empty: give a task id (HD1) or an agency's duty (so-gddt#2).")]
    [InlineData(Header + "so-a,so-a#0,2019,year,completed,x,,,\n", "results.csv:2: column 'item': 'so-a#0': the duty number after '#' must be a whole number from 1 (the agency's n-th duty in the plan).")]
    [InlineData(Header + "so-a,HD1,2019.5,year,completed,x,,,\n", "results.csv:2: column 'year': '2019.5' is not a year (a whole number such as 2019).")]
    [InlineData(Header + "so-a,HD1,1800,year,completed,x,,,\n", "results.csv:2: column 'year': 1800 is not between 1900 and 2200.")]
    [InlineData(Header + "so-a,HD1,2019,H2,completed,x,,,\n", "results.csv:2: column 'period': 'H2' is not a period; use H1 (January to June) or year.")]
    [InlineData(Header + "so-a,HD1,2019,year,done,x,,,\n", "results.csv:2: column 'status': 'done' is not a status; use completed, in-progress, not-started or not-applicable.")]
    [InlineData(Header + "so-a,HD1,2019,year,,x,,,\n", "results.csv:2: column 'status': empty; give completed, in-progress, not-started or not-applicable (a row with empty status and result only adds a quantity to the result above).")]
    [InlineData(Header + "so-a,HD1,2019,year,completed,,,,\n", "results.csv:2: column 'result': empty; a completed result says what was done (only not-started and not-applicable results may leave it empty).")]
    [InlineData(Header + "so-a,HD1,2019,year,in-progress,,,,\n", "results.csv:2: column 'result': empty; a in-progress result says what was done (only not-started and not-applicable results may leave it empty).")]
    [InlineData(Header + "so-a,HD1,2019,year,completed,x,abc,buổi,\n", "results.csv:2: column 'quantity': 'abc' is not a number in the invariant format.")]
    [InlineData(Header + "so-a,HD1,2019,year,completed,x,-3,buổi,\n", "results.csv:2: column 'quantity': -3 is negative; a quantity counts or sums what was done, from 0.")]
    [InlineData(Header + "so-a,HD1,2019,year,completed,x,3,,\n", "results.csv:2: column 'unit': empty; a quantity needs its unit as the agency writes it (classes held, people reached, million dong).")]
    [InlineData(Header + "so-a,HD1,2019,year,completed,x,,buổi,\n", "results.csv:2: column 'quantity': empty, but unit 'buổi' is given; give the number it counts, or leave unit empty.")]
    [InlineData(Header + "so-a,HD1,2019,year,completed,\"x\n", "results.csv:2: a quoted field is not closed before the end of the file.")]
    [InlineData(Header + "so-a,HD1,2019,year,completed,x \"y\",,,\n", "results.csv:2: a quote (\") inside an unquoted field; quote the whole field and double the quote.")]
    public void Bad_results_files_are_refused_with_the_line_the_column_and_what_is_wrong(string content, string expected)
    {
        Assert.Equal(expected, Problems(content));
    }

    [Fact]
    public void A_result_given_twice_names_both_lines()
    {
        Assert.Equal(
            "results.csv:4: the result of so-a on HD1 for year 2019 is already given at results.csv:2; give each reporter's result on an item once a period (further quantities go on rows directly below it, with status and result empty).",
            Problems(Header + "so-a,HD1,2019,year,completed,x,,,\nso-a,HD1,2019,H1,completed,x,,,\nso-a,HD1,2019,Year,in-progress,y,,,\n"));
    }

    [Fact]
    public void A_continuation_row_away_from_its_result_names_both_lines()
    {
        Assert.Equal(
            "results.csv:4: status and result are empty, so the row adds a quantity to the result of so-a on HD1 for year 2019 at results.csv:2, but it does not directly follow that result's rows (the result above it is at results.csv:3); move it under its result.",
            Problems(Header + "so-a,HD1,2019,year,completed,x,1,buổi,\nso-a,HD2,2019,year,completed,y,,,\nso-a,HD1,2019,year,,,3,lớp,\n"));
    }

    [Fact]
    public void A_continuation_row_without_a_result_of_its_key_above_is_refused()
    {
        Assert.Equal(
            "results.csv:2: status and result are empty, so the row adds a quantity to the result above, but the row above is not a result of so-a on HD1 for year 2019; give the row its status and result.",
            Problems(Header + "so-a,HD1,2019,year,,,3,buổi,\n"));
    }

    [Fact]
    public void A_continuation_row_must_give_a_quantity_and_takes_its_results_source()
    {
        var message = Problems(Header + "so-a,HD1,2019,year,completed,x,1,buổi,A\nso-a,HD1,2019,year,,,,,\nso-a,HD1,2019,year,,,2,lớp,B\n");

        Assert.Contains("results.csv:3: status and result are empty, so the row adds a quantity to the result above; give quantity and unit, or give the row its status and result.", message, StringComparison.Ordinal);
        Assert.Contains("results.csv:4: column 'source': a row that adds a quantity to the result at results.csv:2 takes that result's source; leave it empty.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_at_once_and_rows_below_a_broken_result_do_not_add_to_the_noise()
    {
        var e = Assert.Throws<ChildPlanInputException>(() => Read(Header
            + "so-a,HD1,2019,year,done,x,1,buổi,\n"
            + "so-a,HD1,2019,year,,,2,lớp,\n"
            + "so-a,HD1,20x9,year,completed,x,,,\n"
            + "so-a,HD1,20x9,year,,,2,lớp,\n"
            + "so-a,HD2,2019,H3,completed,x,abc,,\n"));

        Assert.Equal(
            [
                "results.csv:2: column 'status': 'done' is not a status; use completed, in-progress, not-started or not-applicable.",
                "results.csv:4: column 'year': '20x9' is not a year (a whole number such as 2019).",
                "results.csv:5: column 'year': '20x9' is not a year (a whole number such as 2019).",
                "results.csv:6: column 'period': 'H3' is not a period; use H1 (January to June) or year.",
                "results.csv:6: column 'quantity': 'abc' is not a number in the invariant format.",
            ],
            e.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_million_bad_rows_give_the_first_hundred_problems_and_a_count()
    {
        var e = Assert.Throws<ChildPlanInputException>(() => ResultsFile.Read(new BadRows(1_000_000), "big.csv", CsvCulture.Invariant));

        Assert.Equal(ChildPlanInputException.MaxReportedProblems, e.Problems.Count);
        Assert.Equal(1_000_000 - ChildPlanInputException.MaxReportedProblems, e.OmittedProblems);
        Assert.Equal("big.csv:2: column 'period': 'H3' is not a period; use H1 (January to June) or year.", e.Problems[0].ToString());
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var e = Assert.Throws<ChildPlanInputException>(() => ResultsFile.Read(new MockFileSystem(), "/r/results.csv", CsvCulture.Invariant));

        Assert.Equal("/r/results.csv: the results file does not exist.", e.Message);
    }

    [Fact]
    public void A_file_is_read_through_the_file_system_with_its_path_in_the_locations()
    {
        var files = new MockFileSystem();
        files.AddFile("/r/results.csv", new MockFileData(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Header + "so-a,HD1,2019,year,completed,x,,,\n")).ToArray()));

        Assert.Equal(new InputLocation("/r/results.csv", 2), ResultsFile.Read(files, "/r/results.csv", CsvCulture.Invariant)[0].Location);
    }

    [Fact]
    public void Write_writes_one_row_per_quantity_in_the_invariant_culture_with_rfc4180_quoting()
    {
        var writer = new StringWriter();

        ResultsFile.Write(writer, [
            Result("so-a", "HD1", "Tuyên truyền, \"Luật Trẻ em\"\nvà tập huấn", [new Quantity(12.5m, "triệu đồng"), new Quantity(3, "lớp, buổi")], "Số liệu mẫu"),
            Result("288", "ubnd-huyen#2", string.Empty, [], null) with { Status = ResultStatus.NotApplicable, Period = ReportingPeriod.FirstHalf(2019) },
        ]);

        Assert.Equal(
            Header
            + "so-a,HD1,2019,year,completed,\"Tuyên truyền, \"\"Luật Trẻ em\"\"\nvà tập huấn\",12.5,triệu đồng,Số liệu mẫu\n"
            + "so-a,HD1,2019,year,,,3,\"lớp, buổi\",\n"
            + "288,ubnd-huyen#2,2019,H1,not-applicable,,,,\n",
            writer.ToString());
    }

    [Fact]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_written_inert_and_read_back_as_it_was()
    {
        var hostile = Result("so-a", "HD1", "=HYPERLINK(\"http://evil\",\"x\")", [new Quantity(1, "+buổi"), new Quantity(2, "@lớp")], "-1+2");
        var writer = new StringWriter();

        ResultsFile.Write(writer, [hostile]);

        var lines = writer.ToString().Split('\n');
        Assert.Equal("so-a,HD1,2019,year,completed,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",1,'+buổi,'-1+2", lines[1]);
        Assert.Equal("so-a,HD1,2019,year,,,2,'@lớp,", lines[2]);
        Assert.Equal([Shape(hostile)], ReadBack(writer));
    }

    [Theory]
    [InlineData("- Tổ chức 12 lớp tập huấn")]
    [InlineData("'=1+1")]
    [InlineData("''")]
    [InlineData("'")]
    [InlineData("'tên")]
    [InlineData("''- hai dấu")]
    [InlineData("@@")]
    [InlineData("Dòng một\r\nDòng hai")]
    public void Read_gives_back_exactly_the_text_write_wrote(string text)
    {
        var result = Result("so-a", "HD1", text, [new Quantity(1, text)], text);
        var writer = new StringWriter();

        ResultsFile.Write(writer, [result]);

        Assert.Equal([Shape(result)], ReadBack(writer));
    }

    [Fact]
    public void Results_read_from_a_file_are_written_back_to_the_same_file()
    {
        var text = Header
            + "so-a,HD1,2019,year,completed,\"Tập huấn, tuyên truyền\",4,lớp tập huấn,Số liệu mẫu\n"
            + "so-a,HD1,2019,year,,,320,lượt người,\n"
            + "so-a,so-a#1,2019,H1,not-started,,,,\n"
            + "299,ubnd-huyen#5,2019,year,in-progress,'- Đang làm,0.5,triệu đồng,\n";
        var writer = new StringWriter();

        ResultsFile.Write(writer, Read(text));

        Assert.Equal(text, writer.ToString());
    }

    private static AgencyResult Result(string reporter, string item, string text, IReadOnlyList<Quantity> quantities, string? source)
    {
        Assert.True(ResultItem.TryParse(item, out var parsed, out _));
        return new AgencyResult
        {
            Reporter = reporter,
            Item = parsed!,
            Period = ReportingPeriod.WholeYear(2019),
            Status = ResultStatus.Completed,
            Text = text,
            Quantities = quantities,
            Source = source,
        };
    }

    private static List<string> ReadBack(StringWriter writer) =>
        ResultsFile.Read(new StringReader(writer.ToString()), "back.csv", CsvCulture.Invariant).Select(Shape).ToList();

    /// <summary>A result as text with its quantities (a record compares its list by reference), without where it was read.</summary>
    private static string Shape(AgencyResult r) =>
        $"{r.Reporter}|{r.Item}|{r.Period}|{r.Status}|{r.Text}|{r.Source}|{string.Join("|", r.Quantities)}";

    /// <summary>A header and <c>rows</c> rows with a bad period, generated as they are read.</summary>
    private sealed class BadRows(int rows) : TextReader
    {
        private const string Row = "so-a,HD1,2019,H3,completed,x,,,\n";
        private int row = -1;
        private int at;

        public override int Read(char[] buffer, int index, int count)
        {
            var written = 0;
            while (written < count && row < rows)
            {
                var line = row < 0 ? Header : Row;
                var n = Math.Min(count - written, line.Length - at);
                line.CopyTo(at, buffer, index + written, n);
                written += n;
                at += n;
                if (at == line.Length)
                {
                    at = 0;
                    row++;
                }
            }

            return written;
        }
    }
}
