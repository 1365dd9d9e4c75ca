using ChildPlan.Indicators;

namespace ChildPlan.Reporting.Localization;

/// <summary>The parts of an evaluated result as people read them: its target, actual and progress.</summary>
public static class ResultText
{
    /// <summary>The sign for a missing actual or target.</summary>
    public const string None = "–";

    /// <summary>
    /// What the actual is judged against: the target of the year (<c>≥ 95%</c>), the trajectory value
    /// (<c>≈ 64% (lộ trình)</c>), or empty.
    /// </summary>
    public static string Target(IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Judgement.Target is { } t
            ? VietnameseFormat.Target(t, result.Measure.Unit)
            : result.Judgement.Expected is { } e ? $"≈ {VietnameseFormat.Value(e, result.Measure.Unit)} (lộ trình)" : string.Empty;
    }

    /// <summary>The actual (<c>3,8%</c>, and how many units a roll-up covers), or <c>–</c>.</summary>
    public static string Actual(IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Actual is { } a
            ? VietnameseFormat.Value(a.Value, result.Measure.Unit) + (a.RolledUp ? $" (tổng hợp {a.UnitsReporting} đơn vị)" : string.Empty)
            : None;
    }

    /// <summary>The progress towards the target in whole percent (<c>85%</c>), or empty without a baseline.</summary>
    public static string Progress(IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Judgement.Progress is { } p ? VietnameseFormat.Percent(p * 100, 0) : string.Empty;
    }

    /// <summary>
    /// The title of a result's chart: <c>Thực hiện: 3,8%; chỉ tiêu: ≥ 95%</c>, with "chưa có số liệu" or
    /// "không có" where the actual or the target is missing.
    /// </summary>
    public static string ChartTitle(IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var unit = result.Measure.Unit;
        var aim = result.Judgement.Target?.AimFor(result.Measure.Direction) ?? result.Judgement.Expected;
        var actual = result.Actual?.Value is { } av ? VietnameseFormat.Value(av, unit) : "chưa có số liệu";
        var target = result.Judgement.Target is { } t ? VietnameseFormat.Target(t, unit) : aim is { } e ? VietnameseFormat.Value(e, unit) : "không có";
        return $"Thực hiện: {actual}; chỉ tiêu: {target}";
    }
}
