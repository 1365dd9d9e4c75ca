using System.IO.Abstractions.TestingHelpers;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Tests.Reporting;

public sealed class TemplateRendererTests
{
    private static readonly ReportModel Model = ReportModelBuilder.Build(ReportKind.Annual, ReportFixture.Input("ctht-2013-2020", 2020, new ReportDetails
    {
        IssuingAgency = "Sở <script>alert(1)</script> & \"Đoàn\"",
        Situation = "Tình hình tốt.\n\nĐoạn hai có <b>thẻ</b>.",
    }));

    private static string Render(string template, OutputFormat format = OutputFormat.Html, RenderLimits? limits = null, CancellationToken? token = null) =>
        new TemplateRenderer(limits).Render([new InMemoryTemplateSource().Add("t", template)], "t", Model, format, token ?? TestContext.Current.CancellationToken);

    [Fact]
    public void Html_output_escapes_every_value_but_keeps_vietnamese_letters_as_letters()
    {
        var html = Render("<p>{{ issuer }}</p>");

        Assert.Equal("<p>Sở &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Đoàn&quot;</p>", html);
    }

    [Fact]
    public void Markdown_output_escapes_markup_characters()
    {
        Assert.Equal(@"a\*b\_c\|d\#e\[f\]", OutputFormat.Markdown.Escape("a*b_c|d#e[f]"));
        Assert.Equal("dòng một dòng hai", OutputFormat.Markdown.Escape("dòng một\ndòng hai"));
    }

    [Fact]
    public void Markdown_output_neutralises_html_and_table_syntax_in_values()
    {
        var md = new TemplateRenderer().Render([new InMemoryTemplateSource().Add("t", "| {{ issuer }} |")], "t", Model, OutputFormat.Markdown, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("| Sở &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"Đoàn\" |", md);
    }

    [Fact]
    public void Only_markup_the_library_marks_as_trusted_is_written_raw()
    {
        var html = Render("{{ indicators[0].chart }}|{{ indicators[0].name }}");

        Assert.StartsWith("<svg class=\"chart\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_variable_is_an_error_naming_the_template_line_and_column()
    {
        var e = Assert.Throws<TemplateException>(() => Render("line one\n{{ no_such_thing }}"));

        Assert.Contains("code: t(2,4)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_does_not_parse_is_an_error_naming_it()
    {
        var e = Assert.Throws<TemplateException>(() => Render("{{ for x in }}"));

        Assert.Contains("t: the template does not parse", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runaway_loop_stops_at_the_loop_limit_with_the_template_and_line()
    {
        var e = Assert.Throws<TemplateException>(() => Render("{{ for i in 1..100 }}{{ i }}{{ end }}", limits: new RenderLimits { LoopLimit = 10 }));

        Assert.Contains("code: t(1,", e.Message, StringComparison.Ordinal);
        Assert.Contains("loop", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Output_beyond_the_size_limit_is_refused()
    {
        var e = Assert.Throws<TemplateException>(() => Render("{{ for i in 1..1000 }}xxxxxxxxxx{{ end }}", limits: new RenderLimits { MaxOutputCharacters = 500 }));

        Assert.Contains("exceeds 500 characters", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_recursion_stops_at_the_recursion_limit()
    {
        var sources = new InMemoryTemplateSource().Add("loop", "{{ include 'loop' }}");

        var e = Assert.Throws<TemplateException>(() => new TemplateRenderer(new RenderLimits { RecursiveLimit = 5 }).Render([sources], "loop", Model, OutputFormat.Html, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("loop(1,", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_render_stops()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Render("{{ for i in 1..100 }}{{ i }}{{ end }}", token: cancellation.Token));
    }

    [Theory]
    [InlineData("../secret")]
    [InlineData("/etc/passwd")]
    [InlineData("partials/../../x")]
    public void Include_refuses_names_outside_the_template_sources(string name)
    {
        var e = Assert.Throws<TemplateException>(() => Render($"{{{{ include '{name}' }}}}"));

        Assert.Contains("is refused", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_source_reads_only_inside_its_root()
    {
        var fs = new MockFileSystem(new Dictionary<string, MockFileData>
        {
            ["/srv/templates/annual.html.sbn"] = new("A"),
            ["/srv/secret.sbn"] = new("S"),
        });
        var source = new FolderTemplateSource(fs, "/srv/templates");

        Assert.Equal("A", source.Read("annual.html"));
        Assert.Null(source.Read("../secret"));
        Assert.Equal(["annual.html"], source.Names);
    }

    [Fact]
    public void A_template_is_looked_up_in_code_then_the_host_folder_then_the_profile_then_the_defaults()
    {
        var fs = new MockFileSystem(new Dictionary<string, MockFileData> { ["/srv/templates/annual.html.sbn"] = new("A") });
        var renderer = new ReportRenderer(fs, new ReportingOptions { TemplateFolder = "/srv/templates", CodeTemplates = new InMemoryTemplateSource() });

        var sources = renderer.SourcesFor(new ChildPlan.Profiles.DienBien.DienBienProfile());

        Assert.Equal(["code", $"folder {fs.Path.GetFullPath("/srv/templates")}", "profile dien-bien", "default"], sources.Select(s => s.Description));
        Assert.Empty(sources[2].Names);
        Assert.Equal(ReportRenderer.DefaultTemplates.Names, sources[3].Names);
    }

    [Fact]
    public void A_profile_that_is_not_embedded_overrides_templates_through_the_contract()
    {
        var renderer = new ReportRenderer(new MockFileSystem());
        var profile = new WrappingProfile(new ChildPlan.Profiles.DienBien.DienBienProfile(), new InMemoryTemplateSource("profile wrapped").Add("annual.md", "# {{ issuer }}"));

        var sources = renderer.SourcesFor(profile);

        Assert.Equal(["profile wrapped", "default"], sources.Select(s => s.Description));
        var markdown = new TemplateRenderer().Render(sources, "annual.md", new { Issuer = "Sở <script>" }, OutputFormat.Markdown, cancellationToken: TestContext.Current.CancellationToken);
        Assert.StartsWith("# Sở &lt;script&gt;", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_without_templates_adds_no_source()
    {
        var sources = new ReportRenderer(new MockFileSystem()).SourcesFor(new WrappingProfile(new ChildPlan.Profiles.DienBien.DienBienProfile(), null));

        Assert.Equal(["default"], sources.Select(s => s.Description));
    }

    [Fact]
    public void Includes_resolve_through_the_same_sources_and_are_not_escaped_twice()
    {
        var sources = new InMemoryTemplateSource().Add("main", "[{{ include 'part' }}]").Add("part", "<b>{{ issuer }}</b>");

        var html = new TemplateRenderer().Render([sources], "main", Model, OutputFormat.Html, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("[<b>Sở &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Đoàn&quot;</b>]", html);
    }

    [Fact]
    public void The_first_source_that_has_a_template_wins()
    {
        var first = new InMemoryTemplateSource("first").Add("a", "first");
        var second = new InMemoryTemplateSource("second").Add("a", "second").Add("b", "second b");

        Assert.Equal("first", new TemplateRenderer().Render([first, second], "a", Model, OutputFormat.Html, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal("second b", new TemplateRenderer().Render([first, second], "b", Model, OutputFormat.Html, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Throws<TemplateException>(() => new TemplateRenderer().Render([first, second], "c", Model, OutputFormat.Html, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Each_distinct_template_is_parsed_once()
    {
        var renderer = new TemplateRenderer();
        var sources = new InMemoryTemplateSource().Add("a", "{{ year }}");

        renderer.Render([sources], "a", Model, OutputFormat.Html, cancellationToken: TestContext.Current.CancellationToken);
        renderer.Render([sources], "a", Model, OutputFormat.Html, cancellationToken: TestContext.Current.CancellationToken);
        sources.Add("a", "{{ year }}!");
        renderer.Render([sources], "a", Model, OutputFormat.Html, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, renderer.CachedTemplateCount);
    }

    [Theory]
    [InlineData("{{ vn.number 214825 }}", "214.825")]
    [InlineData("{{ vn.number 3.79984 1 }}", "3,8")]
    [InlineData("{{ vn.percent 1.5 }}", "1,5%")]
    [InlineData("{{ vn.value 12.5 'per-1000-live-births' }}", "12,5‰")]
    [InlineData("{{ vn.unit 'per-100000-children' }}", "/100.000 trẻ em")]
    [InlineData("{{ vn.date '2026-01-05' }}", "ngày 05 tháng 01 năm 2026")]
    [InlineData("{{ vn.place_date 'Điện Biên' '2021-03-15' }}", "Điện Biên, ngày 15 tháng 3 năm 2021")]
    [InlineData("{{ vn.status 'Exceeded' }}|{{ vn.status 'Achieved' }}|{{ vn.status 'NotAchieved' }}|{{ vn.status 'NoData' }}", "Vượt chỉ tiêu|Đạt|Không đạt|Chưa có số liệu")]
    [InlineData("{{ vn.upper 'Ủy ban nhân dân' }}", "ỦY BAN NHÂN DÂN")]
    [InlineData("{{ for p in (vn.paragraphs situation_text) }}[{{ p }}]{{ end }}", "[a][b]")]
    public void The_vn_functions_write_numbers_dates_and_captions_the_vietnamese_way(string template, string expected)
    {
        var model = new Dictionary<string, object> { ["situation_text"] = "a\n\nb" };

        var text = new TemplateRenderer().Render([new InMemoryTemplateSource().Add("t", template)], "t", model, OutputFormat.Html, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(expected, text);
    }

    /// <summary>A profile that delegates to another and states its own template overrides.</summary>
    private sealed class WrappingProfile(ChildPlan.Profiles.IChildPlanProfile inner, ChildPlan.Profiles.ITemplateSource? templates) : ChildPlan.Profiles.IChildPlanProfile
    {
        public string Id => inner.Id;

        public string Name => inner.Name;

        public IReadOnlyList<Plan> Plans => inner.Plans;

        public IReadOnlyList<AdministrativeUnit> Units => inner.Units;

        public IReadOnlyList<ChildPlan.Profiles.ProfileDataset> Datasets => inner.Datasets;

        public ChildPlan.Profiles.ITemplateSource? Templates => templates;
    }
}
