using System.Globalization;
using System.Text;

namespace ChildPlan.Cli;

/// <summary>A plain-text table with columns padded to their widest cell.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public void Add(params string[] cells) => rows.Add(cells);

    public void WriteTo(TextWriter writer)
    {
        var all = rows.Prepend(headers).ToList();
        var widths = headers.Select((_, i) => all.Max(r => Width(r[i]))).ToArray();
        foreach (var row in all)
        {
            var line = new StringBuilder();
            for (var i = 0; i < row.Length; i++)
            {
                line.Append(row[i]);
                if (i < row.Length - 1)
                {
                    line.Append(' ', widths[i] - Width(row[i]) + 2);
                }
            }

            writer.WriteLine(line.ToString().TrimEnd());
        }
    }

    private static int Width(string text) => new StringInfo(text.Normalize(NormalizationForm.FormC)).LengthInTextElements;
}
