using System.CommandLine;
using System.Text;
using ChildPlan.Formats;
using ChildPlan.Indicators;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Workbooks;
using NodaTime;

namespace ChildPlan.Cli;

public sealed partial class ChildPlanCommandLine
{
    private Command CollectCommand()
    {
        var yearOption = CommonOptions.Year("The year the data is collected for.");
        var unitOption = CommonOptions.Unit("The administrative unit code the workbook is for (default: the plan's area).");
        var outOption = CommonOptions.Out("The workbook file to write or, with --children-of, the folder the workbooks are written to.");
        var command = new Command("collect", "Generate data-collection workbooks (Excel) for a plan and year, to be filled by reporting units and read back with `import`, or the same form as a Word, HTML or PDF document for units that report on paper.")
        {
            options.Profile, options.Plan, options.PlanFile, yearOption, unitOption, options.ChildrenOf, options.Units, options.Changes, options.FormFormats, outOption,
            options.Templates, options.TimeLimit, options.Chromium, options.Force,
        };
        command.SetAction(parse => Guard(() =>
        {
            var (plan, profile) = ResolvePlan(parse);
            var year = parse.GetValue(yearOption);
            var formats = parse.GetValue(options.FormFormats)!;
            var units = LoadUnits(parse.GetValue(options.Units), profile);
            var changes = LoadChanges(parse, profile, units);
            var hierarchy = new AdministrativeHierarchy(units, changes);
            var outPath = OutPath(parse, outOption);
            List<AdministrativeUnit> targets;
            var parent = parse.GetValue(options.ChildrenOf);
            if (parent is not null)
            {
                targets = ChildUnits(hierarchy, parent, year);
            }
            else
            {
                var code = parse.GetValue(unitOption) ?? plan.AreaCode ?? throw new ArgumentException("the plan has no area; give --unit.");
                var unit = hierarchy.InYear(code, year) ?? (code == plan.AreaCode ? new AdministrativeUnit(code, plan.Document.Issuer, AdministrativeLevel.Province, null) : throw new ArgumentException($"unknown administrative unit '{code}'."));
                targets = [unit];
            }

            // One unit in one format: --out is the file (as it always was); otherwise the folder of {plan}-{year}-{unit}.{ext}.
            var toFolder = parent is not null || formats.Documents.Count + (formats.Workbook ? 1 : 0) > 1;
            WithReports(parse, formats.Pdf, reports =>
            {
                // Each file is made when its turn comes and written to its temporary file; all are moved in place at the end.
                var files = new List<(string Path, Action<Stream> Write)>();
                foreach (var target in targets)
                {
                    var (unit, collection) = CollectionFor(plan, year, target, changes);
                    string PathOf(string extension) => toFolder ? SafePath.Combine(fileSystem, outPath, $"{plan.Id}-{year}-{target.Code}.{extension}") : outPath;
                    if (formats.Workbook)
                    {
                        files.Add((PathOf("xlsx"), stream =>
                        {
                            cancellation.ThrowIfCancellationRequested();
                            CollectionWorkbook.Write(plan, year, unit, collection(), stream);
                        }));
                    }

                    foreach (var format in formats.Documents)
                    {
                        files.Add((PathOf(ReportFormats.Extension(format)), stream =>
                            reports.WriteCollectionFormAsync(plan, year, unit, collection(), changes, format, stream, cancellation).GetAwaiter().GetResult()));
                    }
                }

                WriteStreamed(files, parse.GetValue(options.Force));
                foreach (var (path, _) in files)
                {
                    output.WriteLine($"Wrote {path}");
                }
            });

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>
    /// The unit as the form names it (renamed when a change keeps its code) and, made when a file's turn comes, what the form says
    /// about itself: when it is made, its deadline (the annual step of the unit's level) and the agency it goes to then.
    /// </summary>
    private (AdministrativeUnit Unit, Func<CollectionOptions> Options) CollectionFor(Plan plan, int year, AdministrativeUnit unit, AdministrativeChanges changes)
    {
        var step = AnnualStepFor(plan, unit);
        var due = step?.Due?.LastDayInYear(year);
        var on = due ?? new LocalDate(year, 12, 31);
        var renamed = changes.UnitOn(unit.Code, on) is { } change && change.Successor.Code == unit.Code ? unit with { Name = change.Successor.Name } : unit;
        return (renamed, () => new CollectionOptions
        {
            Created = clock.GetCurrentInstant(),
            Due = due,
            SendTo = step is null ? null : changes.AgencyOn(plan, step.Via ?? step.To, on).Name,
        });
    }

    /// <summary>
    /// The units directly below <paramref name="parent"/> on the year's own map (31 December): an abolished district is not asked
    /// for data, and in a year after the districts ended, a province's children are its communes. Their codes name files, so each
    /// must be a safe file name.
    /// </summary>
    private static List<AdministrativeUnit> ChildUnits(AdministrativeHierarchy hierarchy, string parent, int year)
    {
        if (hierarchy.Find(parent) is null)
        {
            throw new ArgumentException($"unknown administrative unit '{parent}' in --children-of.");
        }

        var children = hierarchy.ChildrenOn(parent, new LocalDate(year, 12, 31)).ToList();
        var unsafeCodes = children.Where(u => !SafePath.IsSafeName(u.Code)).ToList();
        if (unsafeCodes.Count > 0)
        {
            // The codes name the files: a code like '../x' would write outside --out.
            throw new ChildPlanInputException(unsafeCodes
                .Select(u => new InputProblem($"unit '{SafePath.Printable(u.Code)}'", $"the code (below '{parent}') is not a safe code to name a file: {SafePath.SafeNameRule}."))
                .ToList());
        }

        return children.Count > 0 ? children : throw new ArgumentException($"unit '{parent}' has no units below it that exist in {year}.");
    }

    /// <summary>The annual reporting step a unit of this level takes part in (a district's deadline is not the province's).</summary>
    private static ReportingRequirement? AnnualStepFor(Plan plan, AdministrativeUnit unit)
    {
        var level = unit.Level switch
        {
            AdministrativeLevel.Province => AgencyLevel.Province,
            AdministrativeLevel.District => AgencyLevel.District,
            _ => AgencyLevel.Commune,
        };
        var annual = plan.Reporting.Where(r => r.Kind == ReportingStepKind.Annual && r.Due is not null).ToList();
        return annual.FirstOrDefault(r => plan.FindAgency(r.From)?.Level == level) ?? annual.FirstOrDefault();
    }

    private Command ImportCommand()
    {
        var filesArgument = new Argument<string[]>("workbooks") { Description = "Filled collection workbooks and agency forms (.xlsx).", Arity = ArgumentArity.OneOrMore };
        var outOption = new Option<string>("--out") { Description = "The data file to write (CSV): the indicator numbers the workbooks carry." };
        var resultsOption = new Option<string>("--results") { Description = "The results file to write (CSV): what the agency forms report against the plan's tasks and duties." };
        var command = new Command("import", "Read filled collection workbooks and agency forms back into a data file (CSV, --out) and a results file (CSV, --results); every problem is reported with its file, sheet and cell, and nothing is written.")
        {
            filesArgument, options.Profile, options.Plan, options.PlanFile, options.Units, options.Changes, outOption, resultsOption, options.Force,
        };
        command.SetAction(parse => Guard(() =>
        {
            var dataPath = parse.GetValue(outOption);
            var resultsPath = parse.GetValue(resultsOption);
            if (string.IsNullOrWhiteSpace(dataPath) && string.IsNullOrWhiteSpace(resultsPath))
            {
                throw new ArgumentException("give --out (the data file), --results (the results file), or both.");
            }

            if (!string.IsNullOrWhiteSpace(dataPath) && !string.IsNullOrWhiteSpace(resultsPath)
                && string.Equals(fileSystem.Path.GetFullPath(dataPath), fileSystem.Path.GetFullPath(resultsPath), StringComparison.Ordinal))
            {
                throw new ArgumentException("--out and --results name the same file; the data and the results are two files.");
            }

            var (plan, profile) = ResolvePlan(parse);
            var units = LoadUnits(parse.GetValue(options.Units), profile);
            var changes = LoadChanges(parse, profile, units);
            var hierarchy = new AdministrativeHierarchy(units, changes);
            var observations = new List<Observation>();
            var results = new List<AgencyResult>();
            var problems = new InputProblemCollector();
            var paths = parse.GetValue(filesArgument)!;
            foreach (var path in paths)
            {
                cancellation.ThrowIfCancellationRequested();
                if (!fileSystem.File.Exists(path))
                {
                    problems.Add(new InputProblem(path, "the workbook does not exist."));
                    continue;
                }

                try
                {
                    using var stream = fileSystem.File.OpenRead(path);
                    var collected = CollectionWorkbook.Read(stream, path, plan);
                    observations.AddRange(collected.Observations);
                    results.AddRange(collected.Results);
                }
                catch (ChildPlanInputException e)
                {
                    problems.AddRange(e);
                }
            }

            ObservationValidator.Validate(plan, observations, hierarchy, problems);
            ResultValidator.Validate(plan, results, hierarchy, problems);

            // What the workbooks carry goes somewhere or the command says so: nothing read is silently left out.
            if (observations.Count > 0 && string.IsNullOrWhiteSpace(dataPath))
            {
                problems.Add(new InputProblem("--out", $"the workbooks carry {observations.Count} indicator number(s); give --out to write them to a data file."));
            }

            if (results.Count > 0 && string.IsNullOrWhiteSpace(resultsPath))
            {
                problems.Add(new InputProblem("--results", $"the forms carry {results.Count} result(s) against tasks and duties; give --results to write them to a results file."));
            }

            problems.ThrowIfAny();

            var files = new List<(string Path, byte[] Content)>();
            if (!string.IsNullOrWhiteSpace(dataPath))
            {
                var csv = new StringWriter();
                ObservationFile.Write(csv, observations);
                files.Add((dataPath, Encoding.UTF8.GetBytes(csv.ToString())));
            }

            if (!string.IsNullOrWhiteSpace(resultsPath))
            {
                var csv = new StringWriter();
                ResultsFile.Write(csv, results);
                files.Add((resultsPath, Encoding.UTF8.GetBytes(csv.ToString())));
            }

            cancellation.ThrowIfCancellationRequested();
            WritePaths(files, parse.GetValue(options.Force));
            if (!string.IsNullOrWhiteSpace(dataPath))
            {
                output.WriteLine($"Wrote {observations.Count} observation(s) to {dataPath}");
            }

            if (!string.IsNullOrWhiteSpace(resultsPath))
            {
                output.WriteLine($"Wrote {results.Count} result(s) from {results.Select(r => r.Reporter).Distinct(StringComparer.Ordinal).Count()} reporter(s) to {resultsPath}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
