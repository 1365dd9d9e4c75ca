namespace ChildPlan.Reporting.Documents;

/// <summary>Packages a rendered WordprocessingML document (the output of a <c>*.docx</c> template) as a <c>.docx</c> file.</summary>
internal static class WordPackage
{
    /// <summary>
    /// Writes <paramref name="documentXml"/> (the main document part, as the template <paramref name="templateName"/> rendered it)
    /// with its styles, settings, header and <paramref name="properties"/> as a <c>.docx</c> package to <paramref name="output"/>.
    /// </summary>
    public static void Write(string documentXml, string templateName, DocumentProperties properties, Stream output) =>
        throw new NotSupportedException($"DOCX is not built yet ({templateName}, {properties.Title}, {documentXml.Length}, {output.CanWrite}).");
}
