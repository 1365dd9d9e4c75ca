namespace ChildPlan.Reporting.Rendering;

/// <summary>The text formats reports are rendered in.</summary>
public enum OutputFormat
{
    /// <summary>HTML, printable (A4, Decree 30/2020/NĐ-CP layout).</summary>
    Html,

    /// <summary>Markdown.</summary>
    Markdown,
}
