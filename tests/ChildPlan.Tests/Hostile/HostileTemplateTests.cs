using System.Diagnostics;
using System.IO.Abstractions;
using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Cli;
using ChildPlan.Reporting.Rendering;
using ChildPlan.Tests.Cli;

namespace ChildPlan.Tests.Hostile;

/// <summary>
/// Hostile templates and values (issue 10): a report is either complete or an error. No limit truncates silently;
/// output size, value size, created strings, time and cancellation each stop the render with an error that names
/// the template (or, for the caller's own cancellation, a cancellation), and nothing is written.
/// </summary>
public sealed class HostileTemplateTests
{
    private static readonly Dictionary<string, object> NoModel = [];

    /// <summary>A template that runs for minutes within the loop limit: 20,000 slow (but not catastrophic) regex matches.</summary>
    private static readonly string Slow = "{{ s = '" + new string('a', 24) + "!' }}{{ for i in 1..20000 }}{{ m = s | regex.match '^(a|aa)+$' }}{{ end }}";

    private readonly CliHarness cli = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Render(string template, IReadOnlyDictionary<string, object>? model = null, RenderLimits? limits = null, InMemoryTemplateSource? more = null, CancellationToken? token = null)
    {
        var sources = more ?? new InMemoryTemplateSource();
        sources.Add("t", template);
        return new TemplateRenderer(limits).Render([sources], "t", model ?? NoModel, OutputFormat.Html, token ?? Token);
    }

    // Item 2: nothing is cut.

    [Fact]
    public void An_include_longer_than_the_value_limit_is_written_whole()
    {
        var row = "<tr><td>" + new string('x', 991) + "</td></tr>\n";
        var partials = new InMemoryTemplateSource().Add("table", "{{ for i in 1..1500 }}" + row + "{{ end }}");

        var html = Render("<table>\n{{ include 'table' }}</table></html>", more: partials);

        Assert.Equal(("<table>\n".Length + (1500 * row.Length)) + "</table></html>".Length, html.Length);
        Assert.EndsWith(row + "</table></html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("...", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_longer_than_the_value_limit_is_an_error_naming_the_template_line_and_limit()
    {
        var e = Assert.Throws<TemplateException>(() => Render("<div class=\"page\">\n<h1>{{ title }}</h1></div>", new Dictionary<string, object> { ["title"] = new string('T', 1_500_000) }));

        Assert.Contains("t(2,", e.Message, StringComparison.Ordinal);
        Assert.Contains("1,000,000", e.Message, StringComparison.Ordinal);
        Assert.Contains("MaxValueCharacters", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_captured_value_longer_than_the_value_limit_is_an_error_too()
    {
        var e = Assert.Throws<TemplateException>(() => Render("{{ capture big }}{{ for i in 1..2000 }}" + new string('c', 1000) + "{{ end }}{{ end }}{{ big }}"));

        Assert.Contains("MaxValueCharacters", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_beyond_the_documented_output_limit_is_an_error_not_a_cut_at_the_value_limit()
    {
        // 5,000 × 5,000 = 25,000,000 characters with the default limits.
        var e = Assert.Throws<TemplateException>(() => Render("{{ for i in 1..5000 }}" + new string('o', 5000) + "{{ end }}"));

        Assert.Contains("t(1,", e.Message, StringComparison.Ordinal);
        Assert.Contains("20,000,000", e.Message, StringComparison.Ordinal);
        Assert.Contains("MaxOutputCharacters", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_value_fails_early_without_materialising_it_again()
    {
        var model = new Dictionary<string, object> { ["title"] = new string('T', 50_000_000) };
        var before = GC.GetAllocatedBytesForCurrentThread();

        var e = Assert.Throws<TemplateException>(() => Render("<h1>{{ title }}</h1>", model));

        Assert.Contains("MaxValueCharacters", e.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 50_000_000, "the 100 MB value was copied");
    }

    [Fact]
    public void Scribans_own_string_guards_are_errors_naming_our_limit()
    {
        var e = Assert.Throws<TemplateException>(() => Render("{{ x = 'ab' * 1000000000 }}"));

        Assert.Contains("t(1,", e.Message, StringComparison.Ordinal);
        Assert.Contains("MaxValueCharacters", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_whose_template_writes_too_much_is_bad_input_and_writes_nothing()
    {
        cli.Files.AddFile("/tpl/annual.html.sbn", new MockFileData("<html>{{ for i in 1..5000 }}" + new string('o', 5000) + "{{ end }}</html>"));

        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--kind", "annual", "--format", "html", "--templates", "/tpl", "--out", "/out");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("annual.html(1,", error, StringComparison.Ordinal);
        Assert.Contains("20,000,000", error, StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/out"));
    }

    // Item 6: time, memory and cancellation.

    [Fact]
    public void A_render_past_its_time_budget_is_an_error_naming_the_template_and_the_limit()
    {
        var clock = Stopwatch.StartNew();

        var e = Assert.Throws<TemplateException>(() => Render(Slow, limits: new RenderLimits { MaxRenderTime = TimeSpan.FromMilliseconds(300) }));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains("t(1,", e.Message, StringComparison.Ordinal);
        Assert.Contains("time limit of 0.3 s (MaxRenderTime)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catastrophic_regex_is_stopped_by_the_time_budget()
    {
        var clock = Stopwatch.StartNew();

        var e = Assert.Throws<TemplateException>(() => Render("{{ '" + new string('a', 40) + "!' | regex.match '^(a|aa)+$' }}", limits: new RenderLimits { MaxRenderTime = TimeSpan.FromMilliseconds(500) }));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains("MaxRenderTime", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_callers_cancellation_stays_a_cancellation()
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        Assert.ThrowsAny<OperationCanceledException>(() => Render(Slow, token: cancellation.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Many_large_strings_fail_at_the_creation_limit_instead_of_taking_gigabytes()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var e = Assert.Throws<TemplateException>(() => Render("{{ a = [] }}{{ for i in 1..1500 }}{{ a = a | array.add ('x' * 999999) }}{{ end }}{{ a | array.size }}"));

        Assert.Contains("MaxCreatedCharacters", e.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000_000_000, "the render allocated a gigabyte or more");
    }

    [Fact]
    public void Twenty_thousand_string_replaces_stop_at_a_limit_quickly()
    {
        var clock = Stopwatch.StartNew();

        var e = Assert.Throws<TemplateException>(() => Render("{{ s = 'x' * 100000 }}{{ for i in 1..20000 }}{{ s = s | string.replace 'x' 'y' | string.replace 'y' 'x' }}{{ end }}{{ s | string.size }}"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Contains("MaxCreatedCharacters", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_time_limit_option_stops_a_slow_template_and_writes_nothing()
    {
        cli.Files.AddFile("/tpl/annual.html.sbn", new MockFileData(Slow));
        var clock = Stopwatch.StartNew();

        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--kind", "annual", "--format", "html", "--templates", "/tpl", "--time-limit", "1", "--out", "/out");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("annual.html(1,", error, StringComparison.Ordinal);
        Assert.Contains("time limit of 1 s", error, StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/out"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("soon")]
    public void A_bad_time_limit_is_refused(string value)
    {
        var (exit, _, error) = cli.Run("report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--time-limit", value, "--out", "/out");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("--time-limit", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_report_writes_nothing_and_exits_130()
    {
        cli.Files.AddFile("/tpl/annual.html.sbn", new MockFileData(Slow));
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(500));
        var error = new StringWriter();
        var clock = Stopwatch.StartNew();

        var exit = ChildPlanCommandLine.RunTool(
            ["report", "--profile", "dien-bien", "--plan", "ctht-2021-2030", "--year", "2025", "--templates", "/tpl", "--out", "/out"],
            cli.Files, cli.Clock, new StringWriter(), error, cancellation.Token);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Equal(ExitCodes.Cancelled, exit);
        Assert.Contains("cancelled; nothing was written", error.ToString(), StringComparison.Ordinal);
        Assert.False(cli.Files.Directory.Exists("/out"));
    }

    // Item 11: symbolic links out of the template folder.

    [Fact]
    public void Include_does_not_follow_a_symbolic_link_out_of_the_template_folder()
    {
        var temp = Directory.CreateTempSubdirectory("childplan-hostile-");
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(temp.FullName, "templates")).FullName;
            var outside = Directory.CreateDirectory(Path.Combine(temp.FullName, "outside")).FullName;
            File.WriteAllText(Path.Combine(outside, "secret.txt"), "TOP SECRET");
            File.WriteAllText(Path.Combine(outside, "passwd.html.sbn"), "TOP SECRET");
            File.WriteAllText(Path.Combine(folder, "inside.html.sbn"), "inside");
            try
            {
                File.CreateSymbolicLink(Path.Combine(folder, "evil.html.sbn"), Path.Combine(outside, "secret.txt"));
                Directory.CreateSymbolicLink(Path.Combine(folder, "etc"), outside);
                File.CreateSymbolicLink(Path.Combine(folder, "alias.html.sbn"), "inside.html.sbn");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Assert.Skip($"symbolic links cannot be created here: {e.Message}");
            }

            var source = new FolderTemplateSource(new FileSystem(), folder);
            var renderer = new TemplateRenderer();
            string RenderIncluding(string name) =>
                renderer.Render([new InMemoryTemplateSource().Add("t", $"<p>\n{{{{ include '{name}' }}}}</p>"), source], "t", NoModel, OutputFormat.Html, Token);

            foreach (var name in new[] { "evil.html", "etc/passwd.html" })
            {
                var e = Assert.Throws<TemplateException>(() => RenderIncluding(name));
                Assert.Contains($"'{name}' is refused", e.Message, StringComparison.Ordinal);
                Assert.Contains("t(2,", e.Message, StringComparison.Ordinal);
                Assert.DoesNotContain("TOP SECRET", e.Message, StringComparison.Ordinal);
                Assert.Throws<TemplateException>(() => source.Read(name));
            }

            Assert.Equal("<p>\ninside</p>", RenderIncluding("alias.html"));
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }
}
