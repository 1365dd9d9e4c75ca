using System.Globalization;
using ChildPlan.Reporting.Localization;
using NodaTime;
using Scriban.Runtime;

namespace ChildPlan.Reporting.Rendering;

/// <summary>
/// The functions templates reach as <c>vn.*</c>: numbers, dates and captions the way Vietnamese
/// administrative documents write them.
/// </summary>
public static class VietnameseFunctions
{
    /// <summary>The functions imported once (by reflection), shared by every render; never changed after it is built.</summary>
    private static readonly ScriptObject Library = Import();

    /// <summary>
    /// A Scriban object holding the functions, named in snake_case (<c>vn.place_date</c>). Internal: Scriban's types
    /// stay out of the public API (the template catalogue and the benchmarks' baseline renderer use it).
    /// </summary>
    internal static ScriptObject Create() => ForRender();

    /// <summary>
    /// The <c>vn</c> object of one render: a shallow copy of the library built once, so the functions are shared across
    /// renders and threads while a template that adds a member to its <c>vn</c> changes only its own copy, as before.
    /// </summary>
    internal static ScriptObject ForRender() => (ScriptObject)Library.Clone(deep: false);

    private static ScriptObject Import()
    {
        var functions = new ScriptObject();
        functions.Import(typeof(VietnameseFunctions), ScriptMemberImportFlags.Method, member => member.Name is not (nameof(Create) or nameof(ForRender) or nameof(Import)), StandardMemberRenamer.Default);
        return functions;
    }

    /// <summary><c>vn.number 214825</c> → <c>214.825</c>; <c>vn.number 3.79984 1</c> → <c>3,8</c>.</summary>
    public static string Number(object value, int decimals = 2) => VietnameseFormat.Number(ToDecimal(value), decimals);

    /// <summary><c>vn.percent 1.5</c> → <c>1,5%</c> (the value is already in percent).</summary>
    public static string Percent(object value, int decimals = 1) => VietnameseFormat.Percent(ToDecimal(value), decimals);

    /// <summary><c>vn.value 12.5 "per-1000-live-births"</c> → <c>12,5‰</c>.</summary>
    public static string Value(object value, string unit) => VietnameseFormat.Value(ToDecimal(value), ParseUnit(unit));

    /// <summary><c>vn.unit "per-100000-children"</c> → <c>/100.000 trẻ em</c>.</summary>
    public static string Unit(string unit) => VietnameseFormat.UnitSymbol(ParseUnit(unit));

    /// <summary><c>vn.date d</c> → <c>ngày 05 tháng 01 năm 2026</c> (Decree 30/2020/NĐ-CP: leading zero for days below 10 and for months 1–2). Takes a date or <c>YYYY-MM-DD</c>.</summary>
    public static string Date(object date) => VietnameseFormat.Date(ToDate(date));

    /// <summary><c>vn.place_date "Điện Biên" d</c> → <c>Điện Biên, ngày 05 tháng 01 năm 2026</c>.</summary>
    public static string PlaceDate(string place, object date) => VietnameseFormat.PlaceDate(place, ToDate(date));

    /// <summary><c>vn.status "NotAchieved"</c> → <c>Không đạt</c>.</summary>
    public static string Status(string status) =>
        Enum.TryParse<AchievementStatus>(status, ignoreCase: true, out var parsed)
            ? StatusNames.Caption(parsed)
            : throw new ArgumentException($"'{status}' is not a status ({string.Join(", ", Enum.GetNames<AchievementStatus>())}).", nameof(status));

    /// <summary><c>vn.upper "Ủy ban nhân dân"</c> → <c>ỦY BAN NHÂN DÂN</c>.</summary>
    public static string Upper(string text) => (text ?? string.Empty).ToUpperInvariant();

    /// <summary><c>vn.paragraphs text</c> → the paragraphs of a free text, split on blank lines.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IndicatorUnit ParseUnit(string unit) =>
        IndicatorUnits.ParseFileName(unit) ?? throw new ArgumentException($"'{unit}' is not a unit ({string.Join(", ", IndicatorUnits.All.Select(u => u.FileName()))}).", nameof(unit));

    private static decimal ToDecimal(object value) => value switch
    {
        decimal d => d,
        int i => i,
        long l => l,
        double f => (decimal)f,
        float f => (decimal)f,
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new ArgumentException($"'{value}' is not a number.", nameof(value)),
    };

    private static LocalDate ToDate(object date) => date switch
    {
        LocalDate d => d,
        string s when NodaTime.Text.LocalDatePattern.Iso.Parse(s) is { Success: true } r => r.Value,
        _ => throw new ArgumentException($"'{date}' is not a date.", nameof(date)),
    };
}
