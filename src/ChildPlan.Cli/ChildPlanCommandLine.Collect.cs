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
        var agencyOption = new Option<string>("--agency")
        {
            Description = "Write the form one reporter fills with its results against its duties and the plan's tasks (and the numbers of the indicators it leads): a plan agency's id (see `plan show`), or a unit code answering for its People's Committee's duties.",
        };
        var agenciesOption = new Option<bool>("--agencies")
        {
            Description = "Write one such form per reporter the plan expects (each agency with duties; each district or commune where the plan addresses their People's Committees); --out is a folder.",
        };
        var periodOption = new Option<ReportingPeriodKind?>("--period")
        {
            Description = "The period an agency form reports: year (default) or H1, the first six months, where the plan's regime asks six-monthly reports.",
            CustomParser = result => ReportingPeriod.TryParseKind(result.Tokens.Count > 0 ? result.Tokens[0].Value : null, out var kind)
                ? kind
                : Fail(result),
        };
        var command = new Command("collect", "Generate data-collection workbooks (Excel) for a plan and year, to be filled by reporting units and read back with `import`, or the same form as a Word, HTML or PDF document for units that report on paper; with --agency or --agencies, the forms agencies fill with their results against their tasks and duties.")
        {
            options.Profile, options.Plan, options.PlanFile, yearOption, unitOption, options.ChildrenOf, agencyOption, agenciesOption, periodOption, options.Units, options.Changes,
            options.FormFormats, outOption, options.Templates, options.TimeLimit, options.Chromium, options.Force,
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
            var agency = parse.GetValue(agencyOption);
            var agencies = parse.GetValue(agenciesOption);
            var periodKind = parse.GetValue(periodOption);
            if (agency is not null || agencies)
            {
                var period = ReportingPeriod.Of(year, periodKind ?? ReportingPeriodKind.Year);
                WriteAgencyForms(parse, plan, period, hierarchy, changes, agency, agencies, outPath, formats, unitOption);
                return ExitCodes.Success;
            }

            if (periodKind is not null)
            {
                throw new ArgumentException("--period is for agency forms (--agency or --agencies); the data workbook collects a year's numbers.");
            }
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
    // One agency's form (--agency: --out is the file) or every expected reporter's (--agencies: --out is the folder of
    // {plan}-{year}[-h1]-{reporter}.xlsx); all are made before any is moved in place.
    private void WriteAgencyForms(ParseResult parse, Plan plan, ReportingPeriod period, AdministrativeHierarchy hierarchy, AdministrativeChanges changes, string? agency, bool all, string outPath, ReportFormats formats, Option<string> unitOption)
    {
        if (parse.GetValue(unitOption) is not null || parse.GetValue(options.ChildrenOf) is not null)
        {
            throw new ArgumentException("--agency and --agencies make agency forms; --unit and --children-of make units' data workbooks: give one or the other.");
        }

        if (all && agency is not null)
        {
            throw new ArgumentException("give --agency ID or --agencies, not both.");
        }

        if (formats.Documents.Count > 0 || !formats.Workbook)
        {
            throw new ArgumentException("agency forms are workbooks: leave out --format or give --format xlsx.");
        }

        if (period.Kind == ReportingPeriodKind.FirstHalf && !plan.Reporting.Any(r => r.Kind == ReportingStepKind.SixMonthly))
        {
            throw new ArgumentException($"plan '{plan.Id}' asks no six-monthly reports; --period H1 is for plans whose regime does.");
        }

        if (!plan.Years.Contains(period.Year))
        {
            throw new ArgumentException($"--year {period.Year} is outside plan '{plan.Id}' ({plan.Years}).");
        }

        List<ResultReporter> reporters;
        if (all)
        {
            reporters = [.. ResultReporters.Expected(plan, period, hierarchy)];
            if (reporters.Count == 0)
            {
                throw new ArgumentException($"plan '{plan.Id}' names no agency with duties or tasks to report on in {period.Year}.");
            }
        }
        else
        {
            var reporter = ResultReporters.Find(plan, period, hierarchy, agency!);
            if (reporter is null)
            {
                var expected = ResultReporters.Expected(plan, period, hierarchy).Select(r => r.Id).ToList();
                throw new ArgumentException($"'{agency}' is neither an agency of plan '{plan.Id}' nor a unit answering for one in {period.Year}; expected reporters: {string.Join(", ", expected.Take(12))}{(expected.Count > 12 ? ", …" : string.Empty)}.");
            }

            reporters = [reporter];
        }

        var unsafeIds = reporters.Where(r => !SafePath.IsSafeName(r.Id)).ToList();
        if (all && unsafeIds.Count > 0)
        {
            throw new ChildPlanInputException(unsafeIds
                .Select(r => new InputProblem($"reporter '{SafePath.Printable(r.Id)}'", $"the id is not a safe name for a file: {SafePath.SafeNameRule}."))
                .ToList());
        }

        var suffix = period.Kind == ReportingPeriodKind.FirstHalf ? "-h1" : string.Empty;
        var created = clock.GetCurrentInstant();
        var files = reporters
            .Select(reporter => (
                Path: all ? SafePath.Combine(fileSystem, outPath, $"{plan.Id}-{period.Year}{suffix}-{reporter.Id}.xlsx") : outPath,
                Write: (Action<Stream>)(stream =>
                {
                    cancellation.ThrowIfCancellationRequested();
                    CollectionWorkbook.WriteAgencyForm(plan, period, reporter, AgencyFormOptions.For(plan, period, reporter, changes, created), stream);
                })))
            .ToList();
        WriteStreamed(files, parse.GetValue(options.Force));
        foreach (var (path, _) in files)
        {
            output.WriteLine($"Wrote {path}");
        }
    }

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

    // --period's parse error, in the words System.CommandLine uses for the other options.
    private static ReportingPeriodKind? Fail(System.CommandLine.Parsing.ArgumentResult result)
    {
        result.AddError($"Cannot parse argument '{(result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty)}' for option '--period': use year or H1.");
        return null;
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
