using System.IO.Abstractions.TestingHelpers;
using System.Text.Json;
using ChildPlan.Cli;

namespace ChildPlan.Tests.Cli;

/// <summary><c>evaluate</c> and <c>report</c> with <c>--geography</c>: results shown on the map of a date.</summary>
public sealed class GeographyCommandTests
{
    private readonly CliHarness cli = new();

    // The six old communes of phường Điện Biên Phủ (khoản 44 Điều 1 Nghị quyết 1661/NQ-UBTVQH15), 2024, and the new phường in 2026.
    private const string Data = """
        indicator,measure,year,value,numerator,denominator,unit,source
        CT3,,2024,,2,310,03127,
        CT3,,2024,,1,220,03130,
        CT3,,2024,,3,405,03133,
        CT3,,2024,,0,515,03136,
        CT3,,2024,,4,180,03142,
        CT3,,2024,,5,95,03145,
        CT3,,2026,,9,1700,03127,
        """;

    public GeographyCommandTests() => cli.Files.AddFile("/in/data.csv", new MockFileData(Data));

    private (int Exit, string Out, string Err) Evaluate(params string[] more) =>
        cli.Run(["evaluate", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--data", "/in/data.csv", .. more]);

    [Fact]
    public void Evaluate_on_the_2025_07_01_map_carries_the_old_communes_into_the_new_one_in_json()
    {
        var (exit, output, error) = Evaluate("--unit", "03127", "--year", "2024", "--geography", "2025-07-01", "--format", "json");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("03127 Phường Điện Biên Phủ", Evaluate("--unit", "03127", "--year", "2024", "--geography", "2025-07-01").Out, StringComparison.Ordinal);
        var ct3 = JsonDocument.Parse(output).RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("indicator").GetString() == "CT3");
        Assert.Equal(15m, ct3.GetProperty("numerator").GetDecimal());
        Assert.Equal(1725m, ct3.GetProperty("denominator").GetDecimal());
        Assert.True(ct3.GetProperty("carriedOver").GetBoolean());
        Assert.Equal((6, 6), (ct3.GetProperty("coverage").GetProperty("reporting").GetInt32(), ct3.GetProperty("coverage").GetProperty("total").GetInt32()));
        Assert.Equal("2025-07-01", ct3.GetProperty("geography").GetString());
    }

    [Fact]
    public void Evaluate_on_an_older_map_says_why_a_later_year_has_no_value_in_text_and_json()
    {
        var text = Evaluate("--unit", "03127", "--year", "2026", "--geography", "2025-03-01");
        var json = Evaluate("--unit", "03127", "--year", "2026", "--geography", "2025-03-01", "--format", "json");

        Assert.True(text.Exit == ExitCodes.Success, text.Err);
        Assert.Contains("Bản đồ hành chính ngày 01/03/2025", text.Out, StringComparison.Ordinal);
        Assert.Contains("Không có số liệu, vì:", text.Out, StringComparison.Ordinal);
        Assert.Contains("CT3 2026: Phường Him Lam (03127) đã chấm dứt trước năm 2026.", text.Out, StringComparison.Ordinal);
        var reason = JsonDocument.Parse(json.Out).RootElement.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("indicator").GetString() == "CT3").GetProperty("reason");
        Assert.Equal(("endedBefore", "03127"), (reason.GetProperty("kind").GetString(), reason.GetProperty("unit").GetString()));
        Assert.Equal("Phường Him Lam (03127) đã chấm dứt trước năm 2026.", reason.GetProperty("text").GetString());
    }

    [Fact]
    public void Evaluate_shows_how_many_communes_a_province_roll_up_covers()
    {
        var (exit, output, error) = Evaluate("--year", "2026");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("(tổng hợp 1/45 đơn vị)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_geography_that_is_not_a_date_is_refused()
    {
        var (exit, _, error) = Evaluate("--geography", "1/7/2025");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("Cannot parse argument '1/7/2025' for option '--geography': give the date as YYYY-MM-DD.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_takes_a_geography()
    {
        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--data", "/in/data.csv", "--unit", "03127", "--year", "2024",
            "--geography", "2025-07-01", "--kind", "monitoring", "--format", "md", "--out", "/out");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("chuyển từ 6/6 đơn vị cũ", cli.Files.File.ReadAllText("/out/ctht-2021-2030-2024-monitoring.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_on_another_map_names_the_unit_as_on_that_map_and_says_which_map_it_is()
    {
        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--data", "/in/data.csv", "--unit", "03127", "--year", "2024",
            "--geography", "2025-07-01", "--kind", "annual", "--format", "md", "--out", "/out");

        Assert.True(exit == ExitCodes.Success, error);
        var text = cli.Files.File.ReadAllText("/out/ctht-2021-2030-2024-annual.md");
        Assert.Contains("phường Điện Biên Phủ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Him Lam", text, StringComparison.Ordinal);
        Assert.Contains("Số liệu năm 2024 được thể hiện theo đơn vị hành chính ngày 01/07/2025.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_of_a_reused_code_on_its_own_map_names_the_unit_that_held_the_code_that_year()
    {
        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--data", "/in/data.csv", "--unit", "03127", "--year", "2024",
            "--kind", "monitoring", "--format", "md", "--out", "/own");

        Assert.True(exit == ExitCodes.Success, error);
        var text = cli.Files.File.ReadAllText("/own/ctht-2021-2030-2024-monitoring.md");
        Assert.Contains("Him Lam", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Điện Biên Phủ (03127)", text, StringComparison.Ordinal);
    }
}
