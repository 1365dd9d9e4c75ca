using System.Globalization;

namespace ChildPlan.Reporting.Localization;

/// <summary>Labels of plan items as reports, workbooks and the command line show them.</summary>
public static class PlanText
{
    /// <summary>Shown where a document has no number and symbol.</summary>
    public const string NoSymbol = "(không số)";

    /// <summary>
    /// An indicator's number as the document writes it, for a TT column: <c>9</c>; empty for an indicator the document
    /// does not number (a dash line), never the plan's internal id.
    /// </summary>
    public static string IndicatorNumber(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : string.Empty;
    }

    /// <summary>A label for an indicator: <c>Chỉ tiêu 9</c>; empty when the document does not number it (never its id).</summary>
    public static string IndicatorLabel(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Number is { } n ? $"Chỉ tiêu {n}" : string.Empty;
    }

    /// <summary>
    /// How a list of indicators after "chỉ tiêu" names one, as the document does ("chủ trì … các chỉ tiêu 1, 2, 13"): its
    /// number (<c>9</c>), or its name in quotes (<c>“Tỷ lệ …”</c>) when the document does not number it.
    /// </summary>
    public static string IndicatorReference(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : $"“{indicator.Name}”";
    }

    /// <summary>
    /// Whether a table shows <paramref name="measure"/> as a line of its own (<c>- Nông thôn</c>) under a heading row of
    /// its indicator: every measure of a bundled indicator except one that is the indicator itself (the same name, as
    /// Thừa Thiên Huế chỉ tiêu 16 and its "riêng trẻ em dưới 5 tuổi"), which takes the indicator's own row.
    /// </summary>
    public static bool IsSubMeasure(Indicator indicator, Measure measure)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(measure);
        return !indicator.IsSingleMeasure && !string.Equals(measure.Name, indicator.Name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A goal's caption: <c>Mục tiêu 1: …</c>, or its title alone when the document does not number it.</summary>
    public static string GoalCaption(Goal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return goal.Number is { } n ? $"Mục tiêu {n}: {goal.Title}" : goal.Title;
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
