using System.Collections;
using System.Reflection;
using System.Text;
using ChildPlan.Reporting.Model;
using Scriban.Runtime;

namespace ChildPlan.Reporting.Rendering;

/// <summary>
/// What report templates can use, generated from the code: the templates, the variables of
/// <see cref="ReportModel"/> and of <see cref="CollectionFormModel"/> (snake_case, as templates see them) and the <c>vn.*</c> functions.
/// docs/templates.md documents each; a test checks the document against this list.
/// </summary>
public static class TemplateCatalog
{
    /// <summary>The default templates (names without <c>.sbn</c>).</summary>
    public static IReadOnlyList<string> Templates => ReportRenderer.DefaultTemplates.Names.ToList();

    /// <summary>Every variable path a template can read (<c>header.place_date</c>, <c>goals[].indicators[].status</c>), with its type.</summary>
    public static IReadOnlyList<(string Path, string Type)> Variables()
    {
        var result = new List<(string, string)>();
        Walk(typeof(ReportModel), string.Empty, result, depth: 0);
        return result;
    }

    /// <summary>Every variable path the data collection form's templates (<c>collection.*</c>) can read, with its type.</summary>
    public static IReadOnlyList<(string Path, string Type)> CollectionFormVariables()
    {
        var result = new List<(string, string)>();
        Walk(typeof(CollectionFormModel), string.Empty, result, depth: 0);
        return result;
    }

    /// <summary>The functions under <c>vn.</c>.</summary>
    public static IReadOnlyList<string> Functions() =>
        VietnameseFunctions.Create().Keys.Select(k => "vn." + k).Order(StringComparer.Ordinal).ToList();

    /// <summary>The catalogue as Markdown (what <c>childplan templates list</c> prints).</summary>
    public static string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("### Templates\n\n");
        foreach (var name in Templates)
        {
            text.Append("- `").Append(name).Append("`\n");
        }

        text.Append("\n### Variables\n\n");
        foreach (var (path, type) in Variables())
        {
            text.Append("- `").Append(path).Append("` (").Append(type).Append(")\n");
        }

        text.Append("\n### Variables of the data collection form (`collection.*`)\n\n");
        foreach (var (path, type) in CollectionFormVariables())
        {
            text.Append("- `").Append(path).Append("` (").Append(type).Append(")\n");
        }

        text.Append("\n### Functions\n\n");
        foreach (var f in Functions())
        {
            text.Append("- `").Append(f).Append("`\n");
        }

        return text.ToString();
    }

    private static void Walk(Type type, string prefix, List<(string, string)> result, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            var name = prefix + StandardMemberRenamer.Rename(property.Name);
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var element = ElementType(propertyType);
            if (element is not null)
            {
                result.Add((name, $"list of {Describe(element)}"));
                if (IsModel(element) && depth < 4)
                {
                    Walk(element, name + "[].", result, depth + 1);
                }
            }
            else
            {
                result.Add((name, Describe(propertyType)));
                if (IsModel(propertyType) && depth < 4)
                {
                    Walk(propertyType, name + ".", result, depth + 1);
                }
            }
        }
    }

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0]
            ?? (typeof(IEnumerable).IsAssignableFrom(type) ? typeof(object) : null);

    private static bool IsModel(Type type) => type.Namespace == typeof(ReportModel).Namespace;

    private static string Describe(Type type) => type switch
    {
        _ when type == typeof(string) => "text",
        _ when type == typeof(int) => "whole number",
        _ when type == typeof(decimal) => "number",
        _ when type == typeof(bool) => "true/false",
        _ when type == typeof(TrustedHtml) => "trusted markup",
        _ when IsModel(type) => "object",
        _ => type.Name,
    };
}
