using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ChildPlan.Formats;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;
using NodaTime;
using NodaTime.Text;

namespace ChildPlan.Cli;

/// <summary>
/// The options of the <c>childplan</c> commands, each kind declared once with its typed parser and validation.
/// An option that means the same to every command is one instance added to each; an option whose meaning depends
/// on the command (<c>--out</c>, <c>--year</c>, <c>--unit</c>) is made by a factory, and each command describes it.
/// </summary>
internal sealed class CommonOptions
{
    /// <summary>What <c>--kind</c> takes for every report.</summary>
    private const string AllKinds = "all";

    /// <summary><c>--plugins</c>, before any command: folders to load profile plugins from.</summary>
    public Option<string[]> Plugins { get; } = new("--plugins")
    {
        Description = "Load profile plugins from this folder (repeatable): its assemblies, and each sub-folder's, are loaded in their own context.",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary><c>--profile</c>.</summary>
    public Option<string> Profile { get; } = new("--profile") { Description = "Profile id (see `childplan profiles`)." };

    /// <summary><c>--plan</c>.</summary>
    public Option<string> Plan { get; } = new("--plan") { Description = "Plan id within the profile." };

    /// <summary><c>--plan-file</c>.</summary>
    public Option<string> PlanFile { get; } = new("--plan-file") { Description = "A plan file (childplan.plan/1 JSON) instead of --profile/--plan." };

    /// <summary><c>--data</c>.</summary>
    public Option<string> Data { get; } = new("--data") { Description = "Data file (CSV). Without it, the profile's own dataset for the plan is used where it has one." };

    /// <summary><c>--units</c>.</summary>
    public Option<string> Results { get; } = new("--results") { Description = "Results file (CSV agency,item,year,period,status,…): what agencies and units did on the plan's tasks and duties. Without it, the profile's own results for the plan where it has them." };

    public Option<string> Units { get; } = new("--units") { Description = "Administrative units file (CSV code,name,level,parent). Without it, the profile's units." };

    /// <summary><c>--changes</c>.</summary>
    public Option<string> Changes { get; } = new("--changes") { Description = "Administrative changes file (childplan.changes JSON). Without it, the profile's changes." };

    /// <summary><c>--culture</c>: how the data file writes numbers (default: invariant).</summary>
    public Option<CsvCulture> Culture { get; } = new("--culture")
    {
        Description = "How the data and results files write numbers: invariant (default; ',' separated, '.' decimals) or vi-VN (';' separated, ',' decimals).",
        CustomParser = ParseCulture,
    };

    /// <summary><c>--force</c>.</summary>
    public Option<bool> Force { get; } = new("--force") { Description = "Overwrite existing files." };

    /// <summary><c>--kind</c> of <c>report</c>: the reports to render (default: all).</summary>
    public Option<IReadOnlyList<ReportKind>> Kinds { get; } = KindsOption();

    /// <summary><c>--format</c> of <c>report</c>.</summary>
    public Option<ReportFormats> Formats { get; } = new("--format")
    {
        Description = $"Comma-separated: {ReportFormats.NameList} (default: {ReportFormats.Default}). xlsx is the monitoring workbook; pdf prints the HTML report with the installed Chromium (--chromium).",
        DefaultValueFactory = _ => ReportFormats.Default,
        CustomParser = ParseFormats,
    };

    /// <summary><c>--format</c> of <c>collect</c>: the workbook (default) and the form as documents; not Markdown.</summary>
    public Option<ReportFormats> FormFormats { get; } = new("--format")
    {
        Description = "Comma-separated: xlsx (the workbook to fill and read back with `import`), html, docx (the same form as a Word document to fill or print), pdf (the HTML form printed with the installed Chromium, --chromium). Default: xlsx. With several formats --out is a folder, as with --children-of: {plan}-{year}-{unit}.{ext}.",
        DefaultValueFactory = _ => new ReportFormats([], Workbook: true),
        CustomParser = ParseFormFormats,
    };

    /// <summary><c>--format</c> of <c>evaluate</c> (default: text).</summary>
    public Option<EvaluationFormat?> EvaluateFormat { get; } = EvaluateFormatOption();

    /// <summary><c>--templates</c>.</summary>
    public Option<string> Templates { get; } = new("--templates") { Description = "A folder of templates overriding the defaults (annual.html.sbn, …)." };

    /// <summary><c>--details</c>.</summary>
    public Option<string> Details { get; } = new("--details") { Description = "A JSON file with the report's issuer, number, date, signer, recipients and free-text sections." };

    /// <summary><c>--date</c>: the report date (default: the due date of the plan's annual report in the year).</summary>
    public Option<LocalDate?> Date { get; } = new("--date")
    {
        Description = "The date the report speaks as of, YYYY-MM-DD: the agencies and units it names are those in office then (default: the due date of the plan's annual report in --year, 31/12 when the plan gives none).",
        CustomParser = ParseDate,
    };

    /// <summary><c>--geography</c>: the date of the map on which to show results (default: each year's own map).</summary>
    public Option<LocalDate?> Geography { get; } = new("--geography")
    {
        Description = "The map on which to show results, as a date YYYY-MM-DD: the units as they are that day (default: each year's own map, 31 December of the year).",
        CustomParser = ParseDate,
    };

    /// <summary><c>--time-limit</c>: the seconds each report may take to render (default: <see cref="RenderLimits.Default"/>'s, 30).</summary>
    public Option<TimeSpan?> TimeLimit { get; } = new("--time-limit")
    {
        Description = $"Seconds each report may take to render; a template that takes longer is an error (default: {RenderLimits.Default.MaxRenderTime.TotalSeconds:0}).",
        CustomParser = ParseSeconds,
    };

    /// <summary><c>--out</c>, required: what it is depends on the command, which describes it.</summary>
    public static Option<string> Out(string description) => new("--out") { Description = description, Required = true };

    /// <summary><c>--year</c>, required, where a command is about one year.</summary>
    public static Option<int> Year(string description) => new("--year") { Description = description, Required = true };

    /// <summary><c>--year</c> where a command covers every year unless given one.</summary>
    public static Option<int?> OnlyYear(string description) => new("--year") { Description = description };

    /// <summary><c>--unit</c>: an administrative unit code (default: the plan's area).</summary>
    public static Option<string> Unit(string description) => new("--unit") { Description = description };

    /// <summary><c>--chromium</c>: the browser that prints PDF (<c>--format pdf</c>).</summary>
    public Option<string> Chromium { get; } = new("--chromium")
    {
        Description = $"The Chromium or Chrome executable that prints the PDF (default: ${PdfPrinting.EnvironmentVariable}, then the usual install paths; nothing is downloaded).",
    };

    /// <summary><c>--children-of</c>: a unit code whose units directly below are each written for, one file (or set of files) per unit.</summary>
    public Option<string> ChildrenOf { get; } = new("--children-of")
    {
        Description = "Write one file (or set of files) per unit directly below this unit code on the year's map (31 December: districts before 2025, communes after), named with its code; --out is then a folder.",
    };

    /// <summary>The data culture given, or invariant.</summary>
    public CsvCulture CultureOf(ParseResult parse) => parse.GetValue(Culture) ?? CsvCulture.Invariant;

    /// <summary>The reports asked for, or all of them.</summary>
    /// <summary>The kinds asked for: one, or (<c>all</c>, the default) every kind the plan has (<see cref="ReportKinds.For"/>).</summary>
    public IReadOnlyList<ReportKind> KindsOf(ParseResult parse, Plan plan) => parse.GetValue(Kinds) is { Count: > 0 } kinds ? kinds : ReportKinds.For(plan);

    /// <summary>The render limits: the defaults, with the time limit given.</summary>
    public RenderLimits LimitsOf(ParseResult parse) =>
        parse.GetValue(TimeLimit) is { } time ? RenderLimits.Default with { MaxRenderTime = time } : RenderLimits.Default;

    /// <summary>The evaluation format asked for, or text.</summary>
    public EvaluationFormat EvaluateFormatOf(ParseResult parse) => parse.GetValue(EvaluateFormat) ?? EvaluationFormat.Text;

    private static Option<IReadOnlyList<ReportKind>> KindsOption()
    {
        var option = new Option<IReadOnlyList<ReportKind>>("--kind")
        {
            Description = $"{string.Join(", ", KindNames)} (where the plan's regime asks six-monthly reports) or {AllKinds} (default: every kind the plan has).",
            CustomParser = ParseKinds,
        };
        option.CompletionSources.Clear();
        option.CompletionSources.Add([.. KindNames, AllKinds]);
        return option;
    }

    private static Option<EvaluationFormat?> EvaluateFormatOption()
    {
        var option = new Option<EvaluationFormat?>("--format")
        {
            Description = "text (default) or json.",
            CustomParser = result => ParseName<EvaluationFormat>(result, "--format"),
        };
        option.CompletionSources.Clear();
        option.CompletionSources.Add([.. NamesOf<EvaluationFormat>()]);
        return option;
    }

    private static IEnumerable<string> KindNames => Enum.GetValues<ReportKind>().Select(ReportKinds.Token);

    // "all" is the empty list: every kind the plan has, which only the plan knows.
    private static ReportKind[]? ParseKinds(ArgumentResult result)
    {
        var text = Token(result);
        if (string.Equals(text, AllKinds, StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        foreach (var kind in Enum.GetValues<ReportKind>())
        {
            if (string.Equals(ReportKinds.Token(kind), text, StringComparison.OrdinalIgnoreCase))
            {
                return [kind];
            }
        }

        result.AddError($"Cannot parse argument '{text}' for option '--kind': use {string.Join(", ", KindNames)} or {AllKinds}.");
        return null;
    }

    /// <summary>The enum value named by the option's argument (in any case), or an error naming the option, the argument and the names it takes.</summary>
    private static T? ParseName<T>(ArgumentResult result, string option, params string[] others)
        where T : struct, Enum
    {
        var text = Token(result);
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        string[] names = [.. NamesOf<T>(), .. others];
        result.AddError($"Cannot parse argument '{text}' for option '{option}': use {string.Join(", ", names[..^1])} or {names[^1]}.");
        return null;
    }

    /// <summary>The names of an enum's values as options take them: <c>annual</c>, <c>monitoring</c>, ….</summary>
    private static IEnumerable<string> NamesOf<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(v => v.ToString().ToLowerInvariant());

    private static ReportFormats? ParseFormats(ArgumentResult result)
    {
        var formats = ReportFormats.TryParse(Token(result), out var error);
        if (error is not null)
        {
            result.AddError(error);
        }

        return formats;
    }

    private static ReportFormats? ParseFormFormats(ArgumentResult result)
    {
        var formats = ReportFormats.TryParse(Token(result), out var error);
        if (error is not null || formats is null || formats.Documents.Contains(ReportFormat.Markdown))
        {
            result.AddError("--format takes xlsx, html, docx, pdf separated by commas (a data collection form is not written in Markdown).");
            return null;
        }

        return formats;
    }

    private static CsvCulture? ParseCulture(ArgumentResult result)
    {
        var text = Token(result);
        try
        {
            return CsvCulture.FromName(text);
        }
        catch (ArgumentException)
        {
            result.AddError($"Cannot parse argument '{text}' for option '--culture': use invariant or vi-VN.");
            return null;
        }
    }

    private static TimeSpan? ParseSeconds(ArgumentResult result)
    {
        var text = Token(result);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds is < 1 or > 86_400)
        {
            result.AddError($"Cannot parse argument '{text}' for option '--time-limit': give whole seconds from 1 to 86400.");
            return null;
        }

        return TimeSpan.FromSeconds(seconds);
    }

    private static LocalDate? ParseDate(ArgumentResult result)
    {
        var text = Token(result);
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            result.AddError($"Cannot parse argument '{text}' for option '{(result.Parent as System.CommandLine.Parsing.OptionResult)?.Option.Name ?? "--date"}': give the date as YYYY-MM-DD.");
            return null;
        }

        return parsed.Value;
    }

    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
}
