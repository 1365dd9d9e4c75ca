using System.CommandLine;
using System.Text;
using ChildPlan.Formats;
using ChildPlan.Indicators;
using ChildPlan.Profiles;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Cli;

public sealed partial class ChildPlanCommandLine
{
    private Command ReportCommand()
    {
        var yearOption = CommonOptions.Year("The year reported on.");
        var unitOption = CommonOptions.Unit("The administrative unit code reported on (default: the plan's area).");
        var outOption = CommonOptions.Out("The folder the reports are written to.");
        var command = new Command("report", "Render the official reports of a plan for a year: annual report, monitoring table, responsibility matrix, reporting calendar.")
        {
            options.Profile, options.Plan, options.PlanFile, yearOption, options.Data, options.Results, options.Units, options.Changes, unitOption, options.ChildrenOf, options.Culture,
            options.Kinds, options.Formats, outOption, options.Templates, options.TimeLimit, options.Chromium, options.Details, options.Date, options.Geography, options.Force,
        };
        command.SetAction(parse => Guard(() =>
        {
            var (plan, profile) = ResolvePlan(parse);
            var year = parse.GetValue(yearOption);
            var formats = parse.GetValue(options.Formats)!;
            var kinds = options.KindsOf(parse, plan);
            foreach (var kind in kinds)
            {
                ReportKinds.Require(kind, plan);
            }

            if (formats.Documents.Count == 0 && !kinds.Contains(ReportKind.Monitoring))
            {
                throw new ArgumentException("nothing to write: xlsx is made only for the monitoring report; add html, md, docx or pdf, or --kind monitoring.");
            }

            if (parse.GetValue(options.ChildrenOf) is not null && parse.GetValue(unitOption) is not null)
            {
                throw new ArgumentException("give --unit or --children-of, not both.");
            }

            var dataset = LoadDataset(parse.GetValue(options.Data), options.CultureOf(parse), plan, profile);
            var units = LoadUnits(parse.GetValue(options.Units), profile);
            var changes = LoadChanges(parse, profile, units);
            var unitReports = parse.GetValue(options.ChildrenOf) is not null || (parse.GetValue(unitOption) is { } u && u != plan.AreaCode);
            var results = LoadResults(parse.GetValue(options.Results), options.CultureOf(parse), plan, profile, year, unitReports);
            var details = parse.GetValue(options.Details) is { } detailsPath ? ReportDetailsFile.Read(fileSystem, detailsPath) : ReportDetails.None;
            if (parse.GetValue(options.Date) is { } date)
            {
                details = details with { Date = date };
            }

            // One report set per unit: the unit asked for (default: the plan's area), or every unit below --children-of.
            var parent = parse.GetValue(options.ChildrenOf);
            IReadOnlyList<string?> unitCodes = parent is not null
                ? [.. ChildUnits(new AdministrativeHierarchy(units, changes), parent, year).Select(u => u.Code)]
                : [parse.GetValue(unitOption)];

            WithReports(parse, formats.Pdf, reports =>
            {
                // Every unit's input is evaluated before anything is written, so that bad input (an unknown unit, data that
                // does not fit) is reported with nothing written; each file is then made in its turn, straight to its temporary file.
                var inputs = unitCodes
                    .Select(code => reports.Prepare(plan, year, dataset, units, changes, code, parse.GetValue(options.Date), parse.GetValue(options.Geography), results) with { Details = details })
                    .ToList();
                var outDir = OutPath(parse, outOption);
                var files = new List<(string Path, Action<Stream> Write)>();
                foreach (var input in inputs)
                {
                    var stem = parent is not null ? $"{plan.Id}-{year}-{input.Evaluation.UnitCode}" : $"{plan.Id}-{year}";
                    foreach (var kind in kinds)
                    {
                        var name = $"{stem}-{ReportKinds.Token(kind)}";
                        foreach (var format in formats.Documents)
                        {
                            files.Add((SafePath.Combine(fileSystem, outDir, $"{name}.{ReportFormats.Extension(format)}"), stream =>
                                reports.WriteAsync(kind, format, input, stream, cancellation).GetAwaiter().GetResult()));
                        }

                        if (formats.Workbook && kind == ReportKind.Monitoring)
                        {
                            files.Add((SafePath.Combine(fileSystem, outDir, $"{name}.xlsx"), stream => reports.WriteMonitoringWorkbook(input, stream)));
                        }
                    }
                }

                WriteStreamed(files, parse.GetValue(options.Force));
                output.WriteLine($"Wrote {files.Count} file(s) to {fileSystem.Path.GetFullPath(outDir)}:");
                foreach (var (path, _) in files)
                {
                    output.WriteLine($"  {fileSystem.Path.GetFileName(path)}");
                }
            });

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>
    /// Runs <paramref name="action"/> with the report service of a command: the host's templates (<c>--templates</c>) and
    /// limits (<c>--time-limit</c>), and, when a PDF is asked for, one printer (<c>--chromium</c>) for every PDF of the run,
    /// whose browser is closed when the action ends, however it ends.
    /// </summary>
    private void WithReports(ParseResult parse, bool pdf, Action<ReportService> action)
    {
        var printer = pdf ? PdfPrinting.Create(parse.GetValue(options.Chromium), parse.GetValue(options.TimeLimit)) : null;
        try
        {
            var renderer = new ReportRenderer(fileSystem, new ReportingOptions { TemplateFolder = parse.GetValue(options.Templates), Limits = options.LimitsOf(parse) });
            action(new ReportService(Catalog, renderer, clock, printer));
        }
        finally
        {
            printer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private Command TemplatesCommand()
    {
        var list = new Command("list", "List the report templates and what they can use.");
        list.SetAction(_ => Guard(() =>
        {
            output.Write(TemplateCatalog.ToMarkdown());
            return ExitCodes.Success;
        }));
        var outOption = CommonOptions.Out("The folder the templates are written to.");
        var export = new Command("export", "Export the default templates to a folder to edit; pass the folder to `report --templates`.") { outOption, options.Force };
        export.SetAction(parse => Guard(() =>
        {
            var files = ReportRenderer.DefaultTemplates.Names
                .Select(name => (name + TemplateNames.FileExtension, Encoding.UTF8.GetBytes(ReportRenderer.DefaultTemplates.Read(name)!)))
                .ToList();
            var outDir = OutPath(parse, outOption);
            WriteAll(outDir, files, parse.GetValue(options.Force));
            output.WriteLine($"Exported {files.Count} template(s) to {fileSystem.Path.GetFullPath(outDir)}");
            return ExitCodes.Success;
        }));
        return new Command("templates", "List or export the report templates.") { list, export };
    }

    /// <summary>The data of <c>--data</c>, or the profile's dataset for the plan.</summary>
    private ProfileDataset? LoadDataset(string? path, CsvCulture culture, Plan plan, IChildPlanProfile? profile) => path is null
        ? profile?.DatasetFor(plan.Id)
        : new ProfileDataset(plan.Id, fileSystem.Path.GetFileName(path), fileSystem.Path.GetFileName(path).Contains("sample", StringComparison.OrdinalIgnoreCase), ObservationFile.Read(fileSystem, path, culture));

    // A results file as given (ReportService checks it against the plan and the map before anything is rendered); without
    // one, the profile's own results where they cover the year, for the plan area's report (a unit's own report is not the
    // synthesis of the agencies' results).
    private ResultSet? LoadResults(string? path, CsvCulture culture, Plan plan, IChildPlanProfile? profile, int year, bool unitReports)
    {
        if (path is null)
        {
            return !unitReports && profile?.ResultsFor(plan.Id) is { } own && own.Covers(year) ? own : null;
        }

        if (unitReports)
        {
            throw new ArgumentException("--results goes into the report of the plan's area; leave out --unit or --children-of.");
        }

        var results = ResultsFile.Read(fileSystem, path, culture);
        if (results.Count > 0 && !results.Any(r => r.Period.Year == year))
        {
            // Not an error (a report may well say that nobody has reported), but most likely the wrong file or --year.
            error.WriteLine($"warning: {path} has no result of {year} (its years: {string.Join(", ", results.Select(r => r.Period.Year).Distinct().Order())}); the report lists every agency as not having reported.");
        }

        return new ResultSet(plan.Id, fileSystem.Path.GetFileName(path), fileSystem.Path.GetFileName(path).Contains("sample", StringComparison.OrdinalIgnoreCase), results);
    }

    private IReadOnlyList<AdministrativeUnit> LoadUnits(string? path, IChildPlanProfile? profile) =>
        path is not null ? AdministrativeUnitFile.Read(fileSystem, path) : profile?.Units ?? [];

    /// <summary>
    /// The changes of <c>--changes</c>, checked against <paramref name="units"/> (every old unit a change names must exist the
    /// day before it and every successor's parent on the day; otherwise bad input located in the changes file), or the
    /// profile's own (checked when it loads; a units file given alone may hold fewer units than they name), or none.
    /// </summary>
    private AdministrativeChanges LoadChanges(ParseResult parse, IChildPlanProfile? profile, IReadOnlyList<AdministrativeUnit> units)
    {
        var path = parse.GetValue(options.Changes);
        var changes = path is not null ? ChangesFile.Read(fileSystem, path) : profile?.Changes ?? AdministrativeChanges.None;
        if (path is not null && changes.Check(units) is { Count: > 0 } problems)
        {
            throw new ChildPlanInputException(problems);
        }

        return changes;
    }

    /// <summary>The value of an --out option, refused when empty (it would write into the current folder).</summary>
    private static string OutPath(ParseResult parse, Option<string> option) =>
        parse.GetValue(option) is { } path && !string.IsNullOrWhiteSpace(path)
            ? path
            : throw new ChildPlanInputException(option.Name, "the path is empty; give the folder or file to write to.");

    /// <summary>Writes files named from data into <paramref name="folder"/>: each name must be safe and stay inside the folder (<see cref="SafePath"/>).</summary>
    private void WriteAll(string folder, IReadOnlyList<(string Name, byte[] Content)> files, bool force) =>
        WritePaths(files.Select(f => (SafePath.Combine(fileSystem, folder, f.Name), f.Content)).ToList(), force);

    /// <summary>
    /// Writes every file atomically, after checking every target first (a folder, link, device or FIFO in the way; an existing file
    /// unless forced), so nothing is written when one would be refused; a write that fails midway removes what it wrote.
    /// </summary>
    private void WritePaths(IReadOnlyList<(string Path, byte[] Content)> paths, bool force) =>
        WriteStreamed([.. paths.Select(p => (p.Path, (Action<Stream>)(stream => stream.Write(p.Content))))], force);

    /// <summary>
    /// Writes files made one at a time (each straight to its temporary file, so only one is ever in memory), all or none, after
    /// checking every target first (see <see cref="WritePaths"/>).
    /// </summary>
    private void WriteStreamed(IReadOnlyList<(string Path, Action<Stream> Write)> paths, bool force)
    {
        cancellation.ThrowIfCancellationRequested();
        var problems = paths
            .Select(p => AtomicFile.FindTargetProblem(fileSystem, p.Path) ?? (!force && fileSystem.File.Exists(p.Path) ? new InputProblem(p.Path, AlreadyExists) : null))
            .OfType<InputProblem>()
            .ToList();
        if (problems.Count > 0)
        {
            throw new ChildPlanInputException(problems);
        }

        AtomicFile.WriteAll(fileSystem, paths);
    }
}
