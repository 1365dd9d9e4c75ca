namespace ChildPlan;

/// <summary>
/// Where an encoded item comes from: the source document and the section of it.
/// Every goal, indicator, task, agency and reporting step carries one, so a reader
/// can check the encoding against the document.
/// </summary>
/// <param name="Document">The document, by its number and symbol (e.g. <c>333/QĐ-UBND</c>).</param>
/// <param name="Section">The section inside the document (e.g. <c>Phần thứ hai, I.2.a, chỉ tiêu 9</c>).</param>
public sealed record SourceReference(string Document, string Section)
{
    /// <inheritdoc />
    public override string ToString() => $"{Document}, {Section}";
}
