using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChildPlan.Reporting.Workbooks;

/// <summary>
/// The shared strings of streamed text cells, added once each after the workbook's own (a hundred thousand rows repeat a
/// few hundred names), and written back whole once all cells are written. Text stays out of the worksheet XML, as in a
/// workbook ClosedXML writes.
/// </summary>
internal sealed class StreamedStrings
{
    private static readonly OpenXmlAttribute PreserveSpace = new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");

    private readonly SharedStringTable table;
    private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
    private readonly List<string> added = [];
    private readonly int existing;

    /// <summary>Strings added after those of <paramref name="table"/> (a copy).</summary>
    public StreamedStrings(SharedStringTable table)
    {
        this.table = table;
        var index = 0;
        foreach (var item in table.Elements<SharedStringItem>())
        {
            if (item.ChildElements.Count == 1 && item.Text?.Text is { } text)
            {
                indexes.TryAdd(text, index);
            }

            index++;
        }

        existing = index;
    }

    /// <summary>The index of <paramref name="text"/> (already cleaned) in the shared string table.</summary>
    public int Index(string text)
    {
        if (!indexes.TryGetValue(text, out var index))
        {
            index = existing + added.Count;
            added.Add(text);
            indexes.Add(text, index);
        }

        return index;
    }

    /// <summary>Writes the table with the strings added.</summary>
    public void Write(OpenXmlWriter writer)
    {
        var count = (existing + added.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var attributes = table.GetAttributes()
            .Where(a => a.LocalName is not ("count" or "uniqueCount"))
            .Append(new OpenXmlAttribute("count", string.Empty, count))
            .Append(new OpenXmlAttribute("uniqueCount", string.Empty, count));
        writer.WriteStartElement(table, attributes, table.NamespaceDeclarations);
        foreach (var item in table.ChildElements)
        {
            writer.WriteElement(item);
        }

        var itemElement = new SharedStringItem();
        var textElement = new Text();
        foreach (var text in added)
        {
            writer.WriteStartElement(itemElement);
            writer.WriteStartElement(textElement, char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) ? [PreserveSpace] : []);
            writer.WriteString(text);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
