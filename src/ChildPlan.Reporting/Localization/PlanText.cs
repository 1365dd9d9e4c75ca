namespace ChildPlan.Reporting.Localization;

/// <summary>Labels of plan items as reports, workbooks and the command line show them.</summary>
public static class PlanText
{
    /// <summary>Shown where a document has no number and symbol.</summary>
    public const string NoSymbol = "(không số)";

    /// <summary>A label for an indicator: <c>Chỉ tiêu 9</c>, or its id when un-numbered.</summary>
    public static string IndicatorLabel(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Number is { } n ? $"Chỉ tiêu {n}" : indicator.Id;
    }

    /// <summary>A goal's caption: <c>Mục tiêu 1: …</c>, with its id when un-numbered.</summary>
    public static string GoalCaption(Goal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return (goal.Number is { } n ? $"Mục tiêu {n}" : $"Mục tiêu {goal.Id}") + ": " + goal.Title;
    }

    /// <summary>
    /// A document's number line as the document writes it: <c>Số: 333/QĐ-UBND</c>, <c>Số: /KH-UBND</c> where the number is
    /// left blank, <see cref="NoSymbol"/> where the text has no "Số:" line.
    /// </summary>
    public static string NumberLine(PlanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Symbol is { } symbol ? "Số: " + symbol : NoSymbol;
    }

    /// <summary>The name of a document kind from its abbreviation (<c>KH</c> → <c>Kế hoạch</c>), or the abbreviation.</summary>
    public static string DocumentKind(string kind) => kind switch
    {
        "KH" => "Kế hoạch",
        "QĐ" => "Quyết định",
        "CT" => "Chỉ thị",
        "NQ" => "Nghị quyết",
        "BC" => "Báo cáo",
        _ => kind,
    };
}
