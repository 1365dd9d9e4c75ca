using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Formats;

namespace ChildPlan.Tests.Files;

public sealed class ObservationFileTests
{
    private static IReadOnlyList<Observation> Read(string content, CsvCulture? culture = null) =>
        ObservationFile.Read(new StringReader(content), "data.csv", culture ?? CsvCulture.Invariant);

    [Fact]
    public void A_data_file_gives_values_or_numerators_and_denominators_with_their_lines()
    {
        var data = Read("indicator,year,value,numerator,denominator,unit\nCT9,2025,96.1,,,11\nCT13,2020,,8163,214825,\n");

        Assert.Equal(2, data.Count);
        Assert.Equal(96.1m, data[0].Value);
        Assert.Equal("11", data[0].UnitCode);
        Assert.Equal(new InputLocation("data.csv", 2), data[0].Location);
        Assert.Null(data[1].UnitCode);
        Assert.Equal((8163m, 214825m), (data[1].Numerator!.Value, data[1].Denominator!.Value));
    }

    [Fact]
    public void Vietnamese_excel_files_are_semicolon_separated_with_comma_decimals()
    {
        var data = Read("indicator;year;value;numerator;denominator;unit\nCT9;2025;96,1;;;11\nCT13;2020;;8.163;214.825;11\n", CsvCulture.Vietnamese);

        Assert.Equal(96.1m, data[0].Value);
        Assert.Equal(214825m, data[1].Denominator);
    }

    [Fact]
    public void The_machine_culture_does_not_change_how_a_file_is_read()
    {
        var before = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("vi-VN");
            Assert.Equal(96.1m, Read("indicator,year,value,numerator,denominator,unit\nCT9,2025,96.1,,,11\n")[0].Value);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = before;
        }
    }

    [Fact]
    public void Quoted_fields_may_hold_commas_quotes_and_the_optional_columns_are_read()
    {
        var data = Read("indicator,measure,year,value,numerator,denominator,unit,source\nCT15,tai-nan,2024,512.4,,,11,\"Báo cáo \"\"A\"\", trang 3\"\n");

        Assert.Equal("tai-nan", data[0].MeasureId);
        Assert.Equal("Báo cáo \"A\", trang 3", data[0].Source);
    }

    [Theory]
    [InlineData("indicator,year,value,numerator,denominator,unit\nCT9,2025,abc,,,11\n", "data.csv:2: value 'abc' is not a number in the invariant format.")]
    [InlineData("indicator,year,value,numerator,denominator,unit\nCT9,20x5,1,,,11\n", "data.csv:2: year '20x5' is not a year.")]
    [InlineData("indicator,year,value,numerator,denominator,unit\nCT9,2025,,,,11\n", "data.csv:2: give either value or both numerator and denominator.")]
    [InlineData("indicator,year,value,numerator,denominator,unit\nCT9,2025,,5,,11\n", "data.csv:2: numerator and denominator must be given together.")]
    [InlineData("indicator,year,value,numerator,denominator,unit\n\nCT9,2025,1,,11\n", "data.csv:3: 5 fields, but the header has 6.")]
    [InlineData("indicator,year,value,numerator,denominator\nCT9,2025,1,,\n", "data.csv:1: missing column(s) unit.")]
    [InlineData("indicator,year,value,numerator,denominator,unit,district\n", "data.csv:1: unknown column 'district'; the columns are indicator, year, value, numerator, denominator, unit, measure, source.")]
    [InlineData("", "data.csv:1: the file is empty; a header row is required.")]
    public void Bad_data_files_are_refused_with_the_line_and_what_is_wrong(string content, string expected)
    {
        var e = Assert.Throws<ChildPlanInputException>(() => Read(content));

        Assert.Equal(expected, e.Message);
    }

    [Theory]
    [InlineData("26.4")]
    [InlineData("3.1.0")]
    [InlineData("1234.5")]
    [InlineData("1.23,5")]
    public void A_misplaced_thousands_dot_in_a_vietnamese_file_is_refused_rather_than_read_ten_times_too_large(string number)
    {
        var e = Assert.Throws<ChildPlanInputException>(() => Read($"indicator;year;value;numerator;denominator;unit\nR5;2020;{number};;;11\n", CsvCulture.Vietnamese));

        Assert.Equal($"data.csv:2: value '{number}' is not a number in the vi-VN format.", e.Message);
    }

    [Fact]
    public void Source_text_a_spreadsheet_would_run_as_a_formula_is_written_inert()
    {
        var writer = new StringWriter();

        ObservationFile.Write(writer, [new Observation { IndicatorId = "R5", Year = 2020, Value = -1, Source = "=HYPERLINK(\"http://evil\",\"x\")" }]);

        Assert.Contains("R5,,2020,-1,,,,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_comma_decimal_in_a_default_file_is_refused_rather_than_misread()
    {
        var e = Assert.Throws<ChildPlanInputException>(() => Read("indicator,year,value,numerator,denominator,unit\nCT9,2025,\"96,1\",,,11\n"));

        Assert.Contains("'96,1' is not a number", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_read_through_the_file_system_abstraction()
    {
        var fs = new MockFileSystem(new Dictionary<string, MockFileData>
        {
            ["/data/d.csv"] = new("\uFEFFindicator,year,value,numerator,denominator,unit\nCT9,2025,95,,,\n"),
        });

        Assert.Single(ObservationFile.Read(fs, "/data/d.csv", CsvCulture.Invariant));
        Assert.Equal("/data/missing.csv: the data file does not exist.", Assert.Throws<ChildPlanInputException>(() => ObservationFile.Read(fs, "/data/missing.csv", CsvCulture.Invariant)).Message);
    }

    [Fact]
    public void Written_observations_read_back_the_same()
    {
        Observation[] data =
        [
            new() { IndicatorId = "CT15", MeasureId = "tai-nan", Year = 2024, Value = 512.4m, UnitCode = "11", Source = "a, \"b\"" },
            new() { IndicatorId = "CT13", Year = 2020, Numerator = 8163, Denominator = 214825 },
        ];
        var writer = new StringWriter();

        ObservationFile.Write(writer, data);
        var back = Read(writer.ToString());

        Assert.Equal(data.Select(o => o with { Location = null }), back.Select(o => o with { Location = null }));
    }

    [Fact]
    public void Unsupported_cultures_are_named()
    {
        Assert.Throws<ArgumentException>(() => CsvCulture.FromName("fr-FR"));
        Assert.Same(CsvCulture.Vietnamese, CsvCulture.FromName("vi-VN"));
    }

    [Fact]
    public void Long_lines_quoted_line_breaks_and_carriage_returns_across_the_read_buffer_keep_their_texts_and_lines()
    {
        // The reader takes 64 K characters at a time: a 70,000-character source grows it, and quoted line breaks and
        // CRLF line ends fall on either side of a block's end.
        var longSource = new string('x', 70_000);
        var content = new System.Text.StringBuilder("indicator,year,value,numerator,denominator,unit,source\r\n");
        content.Append(System.Globalization.CultureInfo.InvariantCulture, $"CT9,2025,1,,,11,{longSource}\r\n");
        var expected = new List<(int Line, string? Source)> { (2, longSource) };
        var line = 3;
        while (content.Length < 200_000)
        {
            if (line % 7 == 0)
            {
                content.Append(System.Globalization.CultureInfo.InvariantCulture, $"CT9,2025,1,,,{line},\"two\nlines, \"\"quoted\"\"\"\r\n");
                expected.Add((line, "two\nlines, \"quoted\""));
                line += 2;
            }
            else if (line % 11 == 0)
            {
                content.Append("\r\n"); // a blank line
                line++;
            }
            else if (line % 13 == 0)
            {
                content.Append(System.Globalization.CultureInfo.InvariantCulture, $"CT9,2025,1,,,{line},mid\rline\n"); // a carriage return outside quotes is dropped
                expected.Add((line, "midline"));
                line++;
            }
            else
            {
                content.Append(System.Globalization.CultureInfo.InvariantCulture, $"CT9,2025,1,,,{line},s{line}\r\n");
                expected.Add((line, $"s{line}"));
                line++;
            }
        }

        content.Append(System.Globalization.CultureInfo.InvariantCulture, $"CT9,2025,1,,,{line},last"); // no line break at the end
        expected.Add((line, "last"));

        var data = Read(content.ToString());

        Assert.Equal(expected, data.Select(o => (o.Location!.Line!.Value, o.Source)));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(1_000)]
    [InlineData(5_000)]
    public void A_quoted_line_longer_than_the_reader_keeps_for_it_at_first_keeps_every_field(int length)
    {
        // A quoted source with a comma is read character by character into a buffer that starts small and grows: the
        // fields written before and after it grew are all read from the grown buffer.
        var source = "Báo cáo số 12/BC-UBND, " + new string('x', length);
        var data = Read($"indicator,year,value,numerator,denominator,unit,source\nCT9,2025,1,,,11,\"{source}\"\nCT9,2024,2,,,12,\"short, quoted\"\n");

        Assert.Equal([(2025, "11", source), (2024, "12", "short, quoted")], data.Select(o => (o.Year, o.UnitCode, o.Source)));
    }
}
