using ChildPlan.Indicators;

namespace ChildPlan.Reporting.Localization;

/// <summary>The parts of an evaluated result as people read them: its target, actual and progress.</summary>
public static class ResultText
{
    /// <summary>The sign for a missing actual or target.</summary>
    public const string None = "–";

    /// <summary>
    /// The document's target for the year (<c>≥ 95%</c>); in a year between milestones, which the document sets no target for,
    /// the next milestone's target with its year (<c>≥ 65% (năm 2025)</c>), never a computed value; or empty.
    /// </summary>
    public static string Target(IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Judgement.Target is { } t)
        {
            return VietnameseFormat.Target(t, result.Measure.Unit);
        }

        // The milestone the judge measures the year against (TargetJudge.Trajectory), so the target shown is the one judged.
        return result.Judgement.Expected is not null && TargetJudge.Trajectory(result.Measure, result.Year) is { Next: var next }
            ? $"{VietnameseFormat.Target(next, result.Measure.Unit)} (năm {next.Year})"
            : string.Empty;
    }

    /// <summary>The trajectory value a year between milestones is judged against (<c>≈ 64%</c>), computed from the baseline towards the next target; empty otherwise.</summary>
    public static string Trajectory(IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Judgement.Target is null && result.Judgement.Expected is { } e ? $"≈ {VietnameseFormat.Value(e, result.Measure.Unit)}" : string.Empty;
    }

    /// <summary>
    /// The actual (<c>3,8%</c>), with how many units a roll-up covers (<c>tổng hợp 7/10 đơn vị</c>) or a carried-over
    /// value rests on (<c>chuyển từ 6/6 đơn vị cũ</c>), or <c>–</c>.
    /// </summary>
    public static string Actual(IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Actual is { } a
            ? VietnameseFormat.Value(a.Value, result.Measure.Unit) + (a.RolledUp ? $" ({Coverage(a)})" : string.Empty)
            : None;
    }

    /// <summary>How many units a rolled-up or carried-over actual covers: <c>tổng hợp 7/10 đơn vị</c>, <c>chuyển từ 6/6 đơn vị cũ</c>.</summary>
    public static string Coverage(Actual actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var (reporting, total) = actual.Coverage is { } c ? (c.Reporting, c.Total) : (actual.UnitsReporting, actual.UnitsReporting);
        return actual.CarriedOver ? $"chuyển từ {reporting}/{total} đơn vị cũ" : $"tổng hợp {reporting}/{total} đơn vị";
    }

    /// <summary>
    /// Why a result has no value, in words (<c>Phường X (03127) được hình thành có một phần của Xã Y (03160), đơn vị bị
    /// chia tách: không chuyển được số liệu năm 2024 sang bản đồ ngày 01/07/2025.</c>), or empty when it gives no reason.
    /// </summary>
    public static string Reason(IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Reason is not { } reason)
        {
            return string.Empty;
        }

        var map = VietnameseFormat.Numeric(result.Geography);
        return reason.Kind switch
        {
            NoValueReasonKind.SplitPredecessor =>
                $"{Unit(reason.Unit)} được hình thành có một phần của {string.Join(", ", reason.Blocking.Select(Unit))}, đơn vị bị chia tách cho nhiều đơn vị mới: không chuyển được số liệu năm {result.Year} sang bản đồ ngày {map}.",
            NoValueReasonKind.FormedLater => $"{Unit(reason.Unit)} chưa có trong năm {result.Year} và không ghi nhận đơn vị hình thành nên nó.",
            NoValueReasonKind.EndedBefore => $"{Unit(reason.Unit)} đã chấm dứt trước năm {result.Year}.",
            NoValueReasonKind.RateWithoutCounts =>
                $"{string.Join(", ", reason.Blocking.Select(Unit))} chỉ báo cáo tỷ lệ, không có tử số và mẫu số: không tổng hợp được.",
            _ => $"{Unit(reason.Unit)} không có trên bản đồ hành chính ngày {map}.",
        };
    }

    private static string Unit(AdministrativeUnit unit) => $"{unit.Name} ({unit.Code})";

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
