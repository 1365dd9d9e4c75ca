using System.CommandLine;
using System.IO.Abstractions;
using ChildPlan.Formats;
using ChildPlan.Profiles;
using ChildPlan.Reporting.Localization;
using ChildPlan.Reporting.Rendering;
using NodaTime;

namespace ChildPlan.Cli;

/// <summary>
/// The <c>childplan</c> command line: <c>profiles</c>, <c>plan show</c>, <c>plan export</c>,
/// <c>evaluate</c>, <c>report</c>, <c>collect</c>, <c>import</c> and <c>templates list|export</c>. Exit code 0 on success, 2 for bad input (the message names the file and line),
/// 1 for anything else; nothing is written when the input is bad.
/// </summary>
public sealed partial class ChildPlanCommandLine
{
    private readonly IProfileCatalog catalog;
    private readonly IFileSystem fileSystem;
    private readonly IClock clock;
    private readonly TextWriter output;
    private readonly TextWriter error;

    private readonly Option<string> profileOption = new("--profile") { Description = "Profile id (see `childplan profiles`)." };
    private readonly Option<string> planOption = new("--plan") { Description = "Plan id within the profile." };
    private readonly Option<string> planFileOption = new("--plan-file") { Description = "A plan file (childplan.plan/1 JSON) instead of --profile/--plan." };

    /// <summary>Creates the command line over the installed profiles, a file system and a clock.</summary>
    public ChildPlanCommandLine(IProfileCatalog catalog, IFileSystem fileSystem, IClock clock, TextWriter output, TextWriter error)
    {
        this.catalog = catalog;
        this.fileSystem = fileSystem;
        this.clock = clock;
        this.output = output;
        this.error = error;
    }

    /// <summary>The option that loads profile plugins from folders, before any command: <c>childplan --plugins DIR profiles</c>.</summary>
    public static Option<string[]> PluginsOption { get; } = new("--plugins")
    {
        Description = "Load profile plugins from this folder (repeatable): its assemblies, and each sub-folder's, are loaded in their own context.",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The plugin folders given on a command line (<c>--plugins DIR</c> or <c>--plugins=DIR</c>), before the services are built.</summary>
    public static IReadOnlyList<string> PluginFolders(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var folders = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--plugins" && i + 1 < args.Length)
            {
                folders.Add(args[++i]);
            }
            else if (args[i].StartsWith("--plugins=", StringComparison.Ordinal))
            {
                folders.Add(args[i]["--plugins=".Length..]);
            }
        }

        return folders;
    }

    /// <summary>Runs the command line and returns the exit code.</summary>
    public int Run(string[] args)
    {
        var root = new RootCommand("ChildPlan: plan, monitor and report on Vietnamese action plans for children.")
        {
            PluginsOption,
            ProfilesCommand(),
            PlanCommand(),
            EvaluateCommand(),
            ReportCommand(),
            CollectCommand(),
            ImportCommand(),
            TemplatesCommand(),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine($"error: {e.Message}");
            }

            error.WriteLine("Run `childplan --help` for usage.");
            return ExitCodes.BadInput;
        }

        if (parse.CommandResult.Command.Name != "profiles")
        {
            foreach (var failure in catalog.Failures)
            {
                error.WriteLine($"warning: plugin not loaded: {failure}");
            }
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    private int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is ChildPlanInputException or KeyNotFoundException or ArgumentException or TemplateException
            or NodaTime.Text.UnparsableValueException or DirectoryNotFoundException)
        {
            // Bad input: the message names the file and line, cell, JSON path or option.
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException))
        {
            // Anything else is a defect or an environment problem: say so without a stack trace, exit 1.
            error.WriteLine($"error: unexpected {e.GetType().Name}: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>Refuses a year the plan does not cover (bad input), naming the plan's years.</summary>
    private static void RequireYear(Plan plan, int year, bool allowBaselines = false)
    {
        var baselines = plan.Indicators.SelectMany(i => i.Measures).Select(m => m.Baseline?.Year).OfType<int>();
        if (!plan.Years.Contains(year) && !(allowBaselines && baselines.Contains(year)))
        {
            throw new ArgumentException($"--year {year} is outside the years of plan '{plan.Id}' ({plan.Years}).");
        }
    }

    private Command ProfilesCommand()
    {
        var command = new Command("profiles", "List the installed profiles and their plans.");
        command.SetAction(_ => Guard(() =>
        {
            if (catalog.Profiles.Count == 0)
            {
                output.WriteLine("No profiles are installed.");
            }

            foreach (var profile in catalog.Profiles)
            {
                output.WriteLine($"{profile.Id}  {profile.Name}");
                foreach (var plan in profile.Plans)
                {
                    var data = profile.Datasets.Where(d => d.PlanId == plan.Id).Select(d => CommandLineText.DatasetName(d.Name, d.IsSample)).ToList();
                    output.WriteLine($"  {plan.Id}  {plan.Years}  {plan.Document.Symbol ?? PlanText.NoSymbol}  {plan.Title}");
                    if (data.Count > 0)
                    {
                        output.WriteLine($"    data: {string.Join(", ", data)}");
                    }
                }
            }

            foreach (var failure in catalog.Failures)
            {
                output.WriteLine($"failed: {failure}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private Command PlanCommand()
    {
        var show = new Command("show", "Print a readable summary of a plan.") { profileOption, planOption, planFileOption };
        show.SetAction(parse => Guard(() =>
        {
            var (plan, _) = ResolvePlan(parse);
            PlanSummary.Write(plan, output);
            return ExitCodes.Success;
        }));

        var outOption = new Option<string>("--out") { Description = "Where to write the plan file.", Required = true };
        var forceOption = new Option<bool>("--force") { Description = "Overwrite an existing file." };
        var export = new Command("export", "Write a plan as a plan file (childplan.plan/1 JSON).") { profileOption, planOption, outOption, forceOption };
        export.SetAction(parse => Guard(() =>
        {
            var plan = catalog.GetPlan(Required(parse, profileOption), Required(parse, planOption));
            var path = parse.GetValue(outOption)!;
            PlanFile.Write(fileSystem, path, plan, parse.GetValue(forceOption));
            output.WriteLine($"Wrote {plan.Id} to {path}");
            return ExitCodes.Success;
        }));

        return new Command("plan", "Show or export a plan.") { show, export };
    }

    private (Plan Plan, IChildPlanProfile? Profile) ResolvePlan(ParseResult parse)
    {
        var file = parse.GetValue(planFileOption);
        var profileId = parse.GetValue(profileOption);
        var planId = parse.GetValue(planOption);
        if (file is not null)
        {
            if (profileId is not null || planId is not null)
            {
                throw new ArgumentException("give either --plan-file or --profile with --plan, not both.");
            }

            return (PlanFile.Read(fileSystem, file), null);
        }

        if (profileId is null || planId is null)
        {
            throw new ArgumentException("give --profile and --plan, or --plan-file.");
        }

        return (catalog.GetPlan(profileId, planId), catalog.GetProfile(profileId));
    }

    private static string Required(ParseResult parse, Option<string> option) =>
        parse.GetValue(option) ?? throw new ArgumentException($"{option.Name} is required.");
}
