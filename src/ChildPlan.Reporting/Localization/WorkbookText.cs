using ChildPlan.Reporting.Workbooks;
using NodaTime;

namespace ChildPlan.Reporting.Localization;

/// <summary>Words every workbook uses: unit captions and number formats, the sample-data banner, the creation time.</summary>
internal static class WorkbookText
{
    /// <summary>The words of the sample-data banner.</summary>
    public const string SampleBanner = "DỮ LIỆU MẪU – không phải số liệu thật";

    /// <summary>Appended to a data source's name when the data is a sample.</summary>
    public const string SampleSuffix = " (DỮ LIỆU MẪU)";

    /// <summary>The number format of a value in <paramref name="unit"/>, showing the unit (<c>0.0#"%"</c>).</summary>
    public static string ValueFormat(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => "0.0#\"%\"",
        IndicatorUnit.PerThousandLiveBirths => "0.0#\"‰\"",
        IndicatorUnit.PerHundredThousandChildren => "#,##0.0#\" /100.000 trẻ em\"",
        IndicatorUnit.PercentChangePerYear => "\"+\"0.0#\"%/năm\";\"-\"0.0#\"%/năm\";0\"%/năm\"",
        IndicatorUnit.Count => WorkbookCells.CountFormat,
        IndicatorUnit.YesNo => "[=1]\"Hoàn thành\";[=0]\"Chưa hoàn thành\";General",
        _ => "General",
    };

    /// <summary>The unit as a column shows it: its symbol, or a word where the symbol is empty.</summary>
    public static string UnitCaption(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Count => "số lượng",
        IndicatorUnit.YesNo => "1 = hoàn thành, 0 = chưa",
        _ => VietnameseFormat.UnitSymbol(unit),
    };

    /// <summary>When a workbook was made: <c>05/01/2026 10:30 (giờ Việt Nam)</c>.</summary>
    public static string Created(Instant created) => VietnameseFormat.Time(created) + " (giờ Việt Nam)";
}
