using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Tests.Reporting;

public sealed class TemplateDocumentationTests
{
    [Fact]
    public void Docs_templates_md_lists_exactly_the_templates_variables_and_functions_in_the_code()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "templates.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        const string start = "<!-- generated: childplan templates list -->\n";
        const string end = "<!-- end generated -->";
        var from = doc.IndexOf(start, StringComparison.Ordinal);
        var to = doc.IndexOf(end, StringComparison.Ordinal);

        Assert.True(from >= 0 && to > from, "docs/templates.md must hold the generated section between its markers.");
        Assert.Equal(TemplateCatalog.ToMarkdown(), doc[(from + start.Length)..to]);
    }

    [Fact]
    public void The_catalogue_names_the_reports_and_the_vn_functions()
    {
        Assert.Contains("annual.html", TemplateCatalog.Templates);
        Assert.Contains("calendar.md", TemplateCatalog.Templates);
        Assert.Contains("annual.docx", TemplateCatalog.Templates);
        Assert.Contains("monitoring.docx", TemplateCatalog.Templates);
        Assert.Contains("partials/header.docx", TemplateCatalog.Templates);
        Assert.Contains("vn.place_date", TemplateCatalog.Functions());
        Assert.Contains(("indicators[].status_caption", "text"), TemplateCatalog.Variables());
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
