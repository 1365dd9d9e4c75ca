using ChildPlan.Reporting;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ChildPlan.Benchmarks.Rendering;

/// <summary>
/// The naive way to render the annual report with Scriban: every call reads the template from the library's embedded
/// defaults, parses it, builds the function library and imports the model, and every <c>include</c> reads and parses its
/// partial again. It escapes values as the library does, so the page is the same.
/// </summary>
public static class NaiveRenderer
{
    /// <summary>Renders the annual report of <paramref name="model"/> in HTML.</summary>
    public static string RenderAnnualHtml(ReportModel model)
    {
        var name = ReportRenderer.TemplateName(ReportKind.Annual, OutputFormat.Html);
        var template = Template.Parse(ReportRenderer.DefaultTemplates.Read(name)!, name);
        var context = new EscapingContext
        {
            TemplateLoader = new DefaultsLoader(),
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            NewLine = "\n",
        };
        var globals = new ScriptObject();
        globals.Import(model, renamer: StandardMemberRenamer.Default);
        globals.SetValue("vn", VietnameseFunctions.Create(), readOnly: true);
        globals.SetValue("format", "html", readOnly: true);
        globals.SetValue("include", new TrustedInclude(), readOnly: true);
        context.PushGlobal(globals);
        return template.Render(context);
    }

    /// <summary>Writes every value HTML-escaped, except markup the library marks as trusted.</summary>
    private sealed class EscapingContext : TemplateContext
    {
        public override TemplateContext Write(SourceSpan span, object? textAsObject)
        {
            switch (textAsObject)
            {
                case null:
                    return this;
                case TrustedHtml trusted:
                    Write(trusted.Markup);
                    return this;
                default:
                    Write(OutputFormat.Html.Escape(ObjectToString(textAsObject) ?? string.Empty));
                    return this;
            }
        }
    }

    /// <summary>Reads partials from the library's embedded defaults, every time.</summary>
    private sealed class DefaultsLoader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ReportRenderer.DefaultTemplates.Read(templatePath) ?? throw new ScriptRuntimeException(callerSpan, $"no template '{templatePath}'");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }

    /// <summary>Scriban's include, with its output marked trusted (its values were escaped as it rendered).</summary>
    private sealed class TrustedInclude : IScriptCustomFunction
    {
        private readonly Scriban.Functions.IncludeFunction include = new();

        public int RequiredParameterCount => include.RequiredParameterCount;

        public int ParameterCount => include.ParameterCount;

        public ScriptVarParamKind VarParamKind => include.VarParamKind;

        public Type ReturnType => typeof(TrustedHtml);

        public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            // A new context per render means Scriban's cache of included templates is empty: each include is read and parsed again.
            return new TrustedHtml(include.Invoke(context, callerContext, arguments, blockStatement) as string ?? string.Empty);
        }

        public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new TrustedHtml(await include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false) as string ?? string.Empty);
    }
}
