using System.IO.Abstractions.TestingHelpers;
using System.Text.Json;
using ChildPlan.Profiles;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ChildPlan.Tests.Reporting;

/// <summary>
/// The renderer's shared state (issue 11): parsed templates and partials cached per source, with a source that can
/// change read again at each render; the model given to templates exactly as Scriban's own import gives it; and one
/// renderer serving many threads at once with the same output as one at a time.
/// </summary>
public sealed class TemplateCacheTests
{
    private static readonly IReadOnlyDictionary<string, object> NoModel = new Dictionary<string, object>();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void Reports_rendered_on_many_threads_at_once_are_identical_to_those_rendered_one_at_a_time()
    {
        var (profile, _) = ReportFixture.Find("ctht-2021-2030");
        var input = ReportFixture.Input("ctht-2021-2030", 2025);
        var renderer = new ReportRenderer(new MockFileSystem());
        var jobs = (from kind in ReportKinds.For(input.Plan)
                    from format in Enum.GetValues<OutputFormat>()
                    select (Kind: kind, Format: format, Model: ReportModelBuilder.Build(kind, input))).ToList();
        var expected = jobs.Select(j => new ReportRenderer(new MockFileSystem()).Render(j.Kind, j.Format, j.Model, profile, Token)).ToList();

        var results = new string[jobs.Count * 8];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = Token }, i =>
        {
            var job = jobs[i % jobs.Count];
            results[i] = renderer.Render(job.Kind, job.Format, job.Model, profile, Token);
        });

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % jobs.Count], results[i]);
        }
    }

    [Fact]
    public void A_source_whose_templates_cannot_change_is_read_once_per_name_and_each_template_parsed_once()
    {
        var source = new CountingSource(canChange: false)
            .Add("main", "[{{ include 'part' }}|{{ include 'part' }}]")
            .Add("part", "{{ year }}");
        var renderer = new TemplateRenderer();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("[7|7]", renderer.Render([source], "main", new Dictionary<string, object> { ["year"] = 7 }, OutputFormat.Html, Token));
        }

        Assert.Equal(1, source.Reads("main"));
        Assert.Equal(1, source.Reads("part"));
        Assert.Equal(2, renderer.CachedTemplateCount);
    }

    [Fact]
    public void A_source_that_cannot_change_is_remembered_to_lack_a_name_only_when_a_later_source_has_it()
    {
        var fixedSource = new CountingSource(canChange: false).Add("main", "{{ include 'part' }}");
        var later = new InMemoryTemplateSource().Add("part", "p");
        var renderer = new TemplateRenderer();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("p", renderer.Render([fixedSource, later], "main", NoModel, OutputFormat.Html, Token));
            Assert.Throws<TemplateException>(() => renderer.Render([fixedSource, later], "made-up", NoModel, OutputFormat.Html, Token));
        }

        Assert.Equal(1, fixedSource.Reads("part"));
        Assert.Equal(3, fixedSource.Reads("made-up"));
    }

    [Fact]
    public void A_source_that_can_change_is_read_at_every_render_and_parsed_again_only_when_its_text_changed()
    {
        var source = new CountingSource(canChange: true).Add("main", "[{{ include 'part' }}]").Add("part", "a");
        var renderer = new TemplateRenderer();

        Assert.Equal("[a]", renderer.Render([source], "main", NoModel, OutputFormat.Html, Token));
        Assert.Equal("[a]", renderer.Render([source], "main", NoModel, OutputFormat.Html, Token));
        source.Add("part", "b");
        Assert.Equal("[b]", renderer.Render([source], "main", NoModel, OutputFormat.Html, Token));

        Assert.Equal(3, source.Reads("main"));
        Assert.Equal(3, source.Reads("part"));
        Assert.Equal(3, renderer.CachedTemplateCount);
    }

    [Fact]
    public void A_partial_edited_in_the_host_folder_shows_at_the_next_render()
    {
        var fs = new MockFileSystem(new Dictionary<string, MockFileData>
        {
            ["/srv/templates/main.html.sbn"] = new("<p>{{ include 'partials/part.html' }}</p>"),
            ["/srv/templates/partials/part.html.sbn"] = new("one"),
        });
        var renderer = new TemplateRenderer();
        string Render() => renderer.Render([new FolderTemplateSource(fs, "/srv/templates")], "main.html", NoModel, OutputFormat.Html, Token);

        Assert.Equal("<p>one</p>", Render());
        fs.File.WriteAllText("/srv/templates/partials/part.html.sbn", "two");
        Assert.Equal("<p>two</p>", Render());
        fs.File.WriteAllText("/srv/templates/partials/part.html.sbn", "{{ for x in }}");
        var e = Assert.Throws<TemplateException>(Render);
        Assert.Contains("partials/part.html", e.Message, StringComparison.Ordinal);
        fs.File.Delete("/srv/templates/partials/part.html.sbn");
        e = Assert.Throws<TemplateException>(Render);
        Assert.Contains("No template 'partials/part.html'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_partial_reports_the_same_error_at_every_render()
    {
        var source = new CountingSource(canChange: false).Add("main", "x\n{{ include 'part' }}").Add("part", "{{ for x in }}");
        var renderer = new TemplateRenderer();

        var first = Assert.Throws<TemplateException>(() => renderer.Render([source], "main", NoModel, OutputFormat.Html, Token));
        var second = Assert.Throws<TemplateException>(() => renderer.Render([source], "main", NoModel, OutputFormat.Html, Token));

        Assert.Equal(first.Message, second.Message);
        Assert.Contains("main(2,", first.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_templates_say_they_cannot_change_and_other_sources_that_they_can()
    {
        Assert.False(ReportRenderer.DefaultTemplates.CanChange);
        Assert.True(((ITemplateSource)new InMemoryTemplateSource()).CanChange);
        Assert.True(((ITemplateSource)new FolderTemplateSource(new MockFileSystem(new Dictionary<string, MockFileData> { ["/t/a.sbn"] = new("a") }), "/t")).CanChange);
    }

    [Fact]
    public void A_model_reaches_templates_as_scribans_own_import_gives_it()
    {
        var model = new DerivedModel { Shadowed = "derived", Writable = "w", Json = JsonDocument.Parse("{\"a\":[1,2]}").RootElement.Clone() };
        const string Dump = "{{ for kv in this }}{{ if kv.key != 'vn' && kv.key != 'include' && kv.key != 'format' }}{{ kv.key }}={{ kv.value }};{{ end }}{{ end }}";

        var rendered = new TemplateRenderer().Render([new InMemoryTemplateSource().Add("t", Dump)], "t", model, OutputFormat.Markdown, Token);

        var reference = new ScriptObject();
        reference.Import(model, renamer: StandardMemberRenamer.Default);
        var context = new TemplateContext { StrictVariables = true, EnableRelaxedMemberAccess = false };
        context.PushGlobal(reference);
        var expected = Template.Parse(Dump).Render(context);
        Assert.Equal(OutputFormat.Markdown.Escape(expected), rendered);
        Assert.Contains("shadowed=derived", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("ignored", rendered, StringComparison.Ordinal);

        Assert.Equal("v", new TemplateRenderer().Render([new InMemoryTemplateSource().Add("t", "{{ writable = 'v' }}{{ writable }}")], "t", model, OutputFormat.Html, Token));
        Assert.Throws<TemplateException>(() => new TemplateRenderer().Render([new InMemoryTemplateSource().Add("t", "{{ fixed_field = 'v' }}")], "t", model, OutputFormat.Html, Token));
        Assert.Throws<ScriptRuntimeException>(() => Template.Parse("{{ fixed_field = 'v' }}").Render(WithGlobals(reference)));
    }

    [Fact]
    public void A_template_that_adds_to_its_vn_changes_only_its_own_render()
    {
        var source = new InMemoryTemplateSource().Add("add", "{{ vn.extra = 1 }}{{ vn.extra }}").Add("read", "{{ vn.extra }}");
        var renderer = new TemplateRenderer();

        Assert.Equal("1", renderer.Render([source], "add", NoModel, OutputFormat.Html, Token));
        Assert.Throws<TemplateException>(() => renderer.Render([source], "read", NoModel, OutputFormat.Html, Token));
    }

    private static TemplateContext WithGlobals(ScriptObject globals)
    {
        var context = new TemplateContext();
        context.PushGlobal(globals);
        return context;
    }

    /// <summary>A model with what Scriban's import treats specially: fields, read-only fields, statics, ignored members, an indexer, a shadowed member, JSON.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1051", Justification = "Fields are what the test is about.")]
    private class BaseModel
    {
        public static readonly string StaticField = "static-field";

        public readonly string FixedField = "fixed";

        public string BaseField = "base-field";

        public static string StaticProperty => "static-property";

        public string Shadowed { get; init; } = "base";

        [ScriptMemberIgnore]
        public string Ignored { get; init; } = "ignored";
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1051", Justification = "Fields are what the test is about.")]
    private sealed class DerivedModel : BaseModel
    {
        public new string Shadowed { get; init; } = "derived";

        public string Writable { get; set; } = string.Empty;

        public JsonElement Json { get; init; }

        public decimal? Missing { get; init; }

        public string this[int index] => index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Templates in memory that count how often each is read.</summary>
    private sealed class CountingSource(bool canChange) : ITemplateSource
    {
        private readonly Dictionary<string, string> templates = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> reads = new(StringComparer.Ordinal);

        public string Description => "counting";

        public IEnumerable<string> Names => templates.Keys.Order(StringComparer.Ordinal);

        public bool CanChange => canChange;

        public CountingSource Add(string name, string text)
        {
            templates[name] = text;
            return this;
        }

        public int Reads(string name) => reads.GetValueOrDefault(name);

        public string? Read(string name)
        {
            lock (reads)
            {
                reads[name] = Reads(name) + 1;
            }

            return templates.GetValueOrDefault(name);
        }
    }
}
