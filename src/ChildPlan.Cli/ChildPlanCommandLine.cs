using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.IO.Abstractions;
using ChildPlan.Formats;
using ChildPlan.Hosting;
using ChildPlan.Profiles;
using ChildPlan.Reporting.Localization;
using ChildPlan.Reporting.Rendering;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ChildPlan.Cli;

/// <summary>
/// The <c>childplan</c> command line: <c>profiles</c>, <c>profile export</c>, <c>plan show</c>, <c>plan export</c>,
/// <c>evaluate</c>, <c>report</c>, <c>collect</c>, <c>import</c> and <c>templates list|export</c>. Exit code 0 on success, 2 for bad input (the message names the file and line),
/// 1 for anything else; nothing is written when the input is bad.
/// </summary>
public sealed partial class ChildPlanCommandLine
{
    /// <summary>What is said of a file that exists when --force is not given.</summary>
    private const string AlreadyExists = "the file already exists; use --force to overwrite it.";

    /// <summary>Where library problems are located (<see cref="InputProblem.Where"/>) for the options that gave them.</summary>
    private static readonly Dictionary<string, string> OptionsByInput = new(StringComparer.Ordinal)
    {
        ["year"] = "--year",
        ["unit"] = "--unit",
    };

    private readonly IFileSystem fileSystem;
    private readonly IClock clock;
    private readonly TextWriter output;
    private readonly TextWriter error;
    private readonly CommonOptions options = new();
    private readonly RootCommand root;
    private IProfileCatalog? catalog;
    private CancellationToken cancellation;

    /// <summary>Creates the command line over a file system and a clock; the profiles are given when it is invoked.</summary>
    public ChildPlanCommandLine(IFileSystem fileSystem, IClock clock, TextWriter output, TextWriter error)
    {
        this.fileSystem = fileSystem;
        this.clock = clock;
        this.output = output;
        this.error = error;
        root = new RootCommand("ChildPlan: plan, monitor and report on Vietnamese action plans for children.")
        {
            options.Plugins,
            ProfilesCommand(),
            ProfileCommand(),
            PlanCommand(),
            EvaluateCommand(),
            ReportCommand(),
            CollectCommand(),
            ImportCommand(),
            TemplatesCommand(),
        };
    }

    /// <summary>The installed profiles, during an invocation.</summary>
    private IProfileCatalog Catalog => catalog ?? throw new InvalidOperationException("The command line is not being invoked.");

    /// <summary>
    /// The tool's entry, which <c>Program</c> calls: parses the command line once, builds the services with the built-in
    /// profiles and the plugins the parse names (<c>--plugins DIR</c>), invokes it, and returns the exit code.
    /// A command line that does not parse loads no plugins and is reported as bad input, and so is a plugin folder that
    /// does not exist (nothing runs). Cancelling <paramref name="cancellationToken"/>
    /// (Ctrl+C) stops every render and import; the command then writes nothing and returns <see cref="ExitCodes.Cancelled"/>.
    /// </summary>
    public static int RunTool(IReadOnlyList<string> args, IFileSystem fileSystem, IClock clock, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var commandLine = new ChildPlanCommandLine(fileSystem, clock, output, error);
        var parse = commandLine.Parse(args);
        if (!NeedsProfiles(parse))
        {
            // Help, the version and a command line that does not parse read no profile: do not load any.
            return commandLine.Invoke(parse, NoProfiles.Instance, cancellationToken);
        }

        var missing = commandLine.PluginFolders(parse).Where(f => !fileSystem.Directory.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            // A misspelt plugin folder would otherwise load nothing and the command run without the profiles it names.
            foreach (var folder in missing)
            {
                var what = fileSystem.File.Exists(folder) ? "is a file, not a folder" : "does not exist";
                error.WriteLine($"error: --plugins: the plugin folder '{folder}' {what} ({fileSystem.Path.GetFullPath(folder)}).");
            }

            return ExitCodes.BadInput;
        }

        using var services = new ServiceCollection()
            .AddSingleton(fileSystem)
            .AddChildPlan(b =>
            {
                b.AddDienBien().AddThuaThienHue().AddHaiDuong().AddTayNinh();
                foreach (var folder in commandLine.PluginFolders(parse))
                {
                    b.AddProfilesFrom(folder, fileSystem);
                }
            })
            .BuildServiceProvider();
        return commandLine.Invoke(parse, services.GetRequiredService<IProfileCatalog>(), cancellationToken);
    }

    /// <summary>Whether invoking <paramref name="parse"/> reads the installed profiles: not for errors, help or the version.</summary>
    private static bool NeedsProfiles(ParseResult parse) =>
        parse.Errors.Count == 0 && parse.Action is not (HelpAction or null)
        && parse.RootCommandResult.Children.OfType<OptionResult>().All(o => o.Option is not VersionOption);

    /// <summary>Parses a command line once: read the plugin folders from the result (<see cref="PluginFolders"/>), then <see cref="Invoke"/> it.</summary>
    public ParseResult Parse(IReadOnlyList<string> args) => root.Parse(args);

    /// <summary>
    /// The plugin folders a parsed command line gives (<c>--plugins DIR</c>, repeatable), to load before the services are built;
    /// none when the command line has errors (<see cref="Invoke"/> reports them).
    /// </summary>
    public IReadOnlyList<string> PluginFolders(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.Errors.Count > 0 ? [] : parse.GetValue(options.Plugins) ?? [];
    }

    /// <summary>
    /// Invokes a command line parsed by <see cref="Parse"/> over the installed profiles, and returns the exit code;
    /// <paramref name="cancellationToken"/> cancels its renders and imports (<see cref="ExitCodes.Cancelled"/>).
    /// </summary>
    public int Invoke(ParseResult parse, IProfileCatalog catalog, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(catalog);
        if (!ReferenceEquals(parse.RootCommandResult.Command, root))
        {
            throw new ArgumentException("The command line was parsed by another ChildPlanCommandLine.", nameof(parse));
        }

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

        this.catalog = catalog;
        cancellation = cancellationToken;
        try
        {
            // The caller owns Ctrl+C (Program), so System.CommandLine does not handle process termination itself.
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        finally
        {
            this.catalog = null;
            cancellation = default;
        }
    }

    private int Guard(Func<int> action)
    {
        try
        {
            cancellation.ThrowIfCancellationRequested();
            return action();
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            error.WriteLine("error: cancelled; nothing was written.");
            return ExitCodes.Cancelled;
        }
        catch (OutputExistsException e)
        {
            error.WriteLine($"error: {e.Path}: {AlreadyExists}");
            return ExitCodes.BadInput;
        }
        catch (ChildPlanInputException e)
        {
            // Bad input: the message names the file and line, cell, JSON path or option.
            var message = e.Problems.Any(p => OptionsByInput.ContainsKey(p.Where))
                ? e.Relocate(where => OptionsByInput.GetValueOrDefault(where, where)).Message
                : e.Message;
            error.WriteLine($"error: {message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is KeyNotFoundException or ArgumentException or TemplateException or DirectoryNotFoundException)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (ChildPlan.Reporting.Documents.PdfPrintException e)
        {
            // The machine, not the input: no browser to print with, a print that failed or hung; nothing was written.
            error.WriteLine($"error: {e.Message} (childplan takes the browser's path with --chromium PATH.)");
            return ExitCodes.Failure;
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

    private Command ProfilesCommand()
    {
        var command = new Command("profiles", "List the installed profiles and their plans.");
        command.SetAction(_ => Guard(() =>
        {
            if (Catalog.Profiles.Count == 0)
            {
                output.WriteLine("No profiles are installed.");
            }

            foreach (var profile in Catalog.Profiles)
            {
                output.WriteLine($"{profile.Id}  {profile.Name}");
                foreach (var plan in profile.Plans)
                {
                    var data = profile.Datasets.Where(d => d.PlanId == plan.Id).Select(d => CommandLineText.DatasetName(d.Name, d.IsSample)).ToList();
                    output.WriteLine($"  {plan.Id}  {plan.Years}  {PlanText.NumberLine(plan.Document)}  {plan.Title}");
                    if (data.Count > 0)
                    {
                        output.WriteLine($"    data: {string.Join(", ", data)}");
                    }

                    var results = profile.ResultSets.Where(r => r.PlanId == plan.Id).Select(r => CommandLineText.ResultsName(r.Name, r.IsSample, r.Results.Select(x => x.Period.Year).Distinct().Order())).ToList();
                    if (results.Count > 0)
                    {
                        output.WriteLine($"    results: {string.Join(", ", results)}");
                    }
                }
            }

            foreach (var failure in Catalog.Failures)
            {
                output.WriteLine($"failed: {failure}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private Command PlanCommand()
    {
        var show = new Command("show", "Print a readable summary of a plan.") { options.Profile, options.Plan, options.PlanFile };
        show.SetAction(parse => Guard(() =>
        {
            var (plan, _) = ResolvePlan(parse);
            PlanSummary.Write(plan, output);
            return ExitCodes.Success;
        }));

        var outOption = CommonOptions.Out("The plan file to write (childplan.plan/1 JSON).");
        var export = new Command("export", "Write a plan as a plan file (childplan.plan/1 JSON).") { options.Profile, options.Plan, outOption, options.Force };
        export.SetAction(parse => Guard(() =>
        {
            var plan = Catalog.GetPlan(Required(parse, options.Profile), Required(parse, options.Plan));
            var path = OutPath(parse, outOption);
            PlanFile.Write(fileSystem, path, plan, parse.GetValue(options.Force));
            output.WriteLine($"Wrote {plan.Id} to {path}");
            return ExitCodes.Success;
        }));

        return new Command("plan", "Show or export a plan.") { show, export };
    }

    private (Plan Plan, IChildPlanProfile? Profile) ResolvePlan(ParseResult parse)
    {
        var file = parse.GetValue(options.PlanFile);
        var profileId = parse.GetValue(options.Profile);
        var planId = parse.GetValue(options.Plan);
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

        return (Catalog.GetPlan(profileId, planId), Catalog.GetProfile(profileId));
    }

    private static string Required(ParseResult parse, Option<string> option) =>
        parse.GetValue(option) ?? throw new ArgumentException($"{option.Name} is required.");
}
