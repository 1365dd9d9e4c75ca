using System.CommandLine;
using System.Text;
using ChildPlan.Formats;
using ChildPlan.Profiles;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;
using NodaTime;
using NodaTime.Text;

namespace ChildPlan.Cli;

public sealed partial class ChildPlanCommandLine
{
    private Command ReportCommand()
    {
        var yearOption = new Option<int>("--year") { Description = "The year reported on.", Required = true };
        var dataOption = new Option<string>("--data") { Description = "Data file (CSV). Without it, the profile's own dataset for the plan is used where it has one." };
        var unitsOption = new Option<string>("--units") { Description = "Administrative units file (CSV)." };
        var unitOption = new Option<string>("--unit") { Description = "Administrative unit code reported on (default: the plan's area)." };
        var cultureOption = new Option<string>("--culture") { Description = "invariant (default) or vi-VN.", DefaultValueFactory = _ => "invariant" };
        var kindOption = new Option<string>("--kind") { Description = "annual, monitoring, responsibility, calendar or all.", DefaultValueFactory = _ => "all" };
        kindOption.AcceptOnlyFromAmong("annual", "monitoring", "responsibility", "calendar", "all");
        var formatOption = new Option<string>("--format") { Description = "Comma-separated: html, md, xlsx.", DefaultValueFactory = _ => "html,md,xlsx" };
        var outOption = new Option<string>("--out") { Description = "Output folder.", Required = true };
        var templatesOption = new Option<string>("--templates") { Description = "A folder of templates overriding the defaults (annual.html.sbn, …)." };
        var detailsOption = new Option<string>("--details") { Description = "A JSON file with the report's issuer, number, date, signer, recipients and free-text sections." };
        var dateOption = new Option<string>("--date") { Description = "The report date YYYY-MM-DD (default: today in Việt Nam)." };
        var forceOption = new Option<bool>("--force") { Description = "Overwrite existing files." };
        var command = new Command("report", "Render the official reports of a plan for a year: annual report, monitoring table, responsibility matrix, reporting calendar.")
        {
            profileOption, planOption, planFileOption, yearOption, dataOption, unitsOption, unitOption, cultureOption,
            kindOption, formatOption, outOption, templatesOption, detailsOption, dateOption, forceOption,
        };
        command.SetAction(parse => Guard(() =>
        {
            var (plan, profile) = ResolvePlan(parse);
            var year = parse.GetValue(yearOption);
            RequireYear(plan, year);
            var formats = ParseFormats(parse.GetValue(formatOption)!);
            var kinds = parse.GetValue(kindOption) == "all"
                ? Enum.GetValues<ReportKind>()
                : [Enum.Parse<ReportKind>(parse.GetValue(kindOption)!, ignoreCase: true)];
            if (formats.Text.Count == 0 && !kinds.Contains(ReportKind.Monitoring))
            {
                throw new ArgumentException("nothing to write: xlsx is made only for the monitoring report; add html or md, or --kind monitoring.");
            }
            var culture = CsvCulture.FromName(parse.GetValue(cultureOption)!);
            var (observations, dataName, isSample) = LoadDataset(parse.GetValue(dataOption), culture, plan, profile);
            var units = LoadUnits(parse.GetValue(unitsOption), profile);
            var details = parse.GetValue(detailsOption) is { } detailsPath ? ReportDetailsFile.Read(fileSystem, detailsPath) : ReportDetails.None;
            var today = parse.GetValue(dateOption) is { } dateText
                ? LocalDatePattern.Iso.Parse(dateText).GetValueOrThrow()
                : clock.GetCurrentInstant().InZone(ReportService.VietnamTime).Date;
            var input = ReportInput.Evaluate(plan, year, observations, today, units, profile?.Changes, parse.GetValue(unitOption)) with
            {
                IsSampleData = isSample,
                DataSource = dataName,
                Details = details,
            };
            var evaluation = input.Evaluation;
            var renderer = new ReportRenderer(fileSystem, new ReportingOptions { TemplateFolder = parse.GetValue(templatesOption) });
            var files = new List<(string Name, byte[] Content)>();
            foreach (var kind in kinds)
            {
                var model = ReportModelBuilder.Build(kind, input);
                foreach (var format in formats.Text)
                {
                    files.Add(($"{plan.Id}-{year}-{kind.ToString().ToLowerInvariant()}.{format.Extension()}", Encoding.UTF8.GetBytes(renderer.Render(kind, format, model, profile))));
                }

                if (formats.Workbook && kind == ReportKind.Monitoring)
                {
                    files.Add(($"{plan.Id}-{year}-monitoring.xlsx", MonitoringWorkbookBytes(evaluation, input, units)));
                }
            }

            var outDir = parse.GetValue(outOption)!;
            WriteAll(outDir, files, parse.GetValue(forceOption));
            output.WriteLine($"Wrote {files.Count} file(s) to {fileSystem.Path.GetFullPath(outDir)}:");
            foreach (var (name, _) in files)
            {
                output.WriteLine($"  {name}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private Command TemplatesCommand()
    {
        var list = new Command("list", "List the report templates and what they can use.");
        list.SetAction(_ => Guard(() =>
        {
            output.Write(TemplateCatalog.ToMarkdown());
            return ExitCodes.Success;
        }));
        var outOption = new Option<string>("--out") { Description = "Folder to export the default templates to.", Required = true };
        var forceOption = new Option<bool>("--force") { Description = "Overwrite existing files." };
        var export = new Command("export", "Export the default templates to a folder to edit; pass the folder to `report --templates`.") { outOption, forceOption };
        export.SetAction(parse => Guard(() =>
        {
            var files = ReportRenderer.DefaultTemplates.Names
                .Select(name => (name + TemplateNames.FileExtension, Encoding.UTF8.GetBytes(ReportRenderer.DefaultTemplates.Read(name)!)))
                .ToList();
            var outDir = parse.GetValue(outOption)!;
            WriteAll(outDir, files, parse.GetValue(forceOption));
            output.WriteLine($"Exported {files.Count} template(s) to {fileSystem.Path.GetFullPath(outDir)}");
            return ExitCodes.Success;
        }));
        return new Command("templates", "List or export the report templates.") { list, export };
    }

    private (IReadOnlyList<Observation> Observations, string? Name, bool IsSample) LoadDataset(string? path, CsvCulture culture, Plan plan, IChildPlanProfile? profile)
    {
        if (path is not null)
        {
            return (ObservationFile.Read(fileSystem, path, culture), fileSystem.Path.GetFileName(path), path.Contains("sample", StringComparison.OrdinalIgnoreCase));
        }

        var dataset = profile?.Datasets.FirstOrDefault(d => d.PlanId == plan.Id);
        return dataset is null ? ([], null, false) : (dataset.Observations, dataset.Name, dataset.IsSample);
    }

    private IReadOnlyList<AdministrativeUnit> LoadUnits(string? path, IChildPlanProfile? profile) =>
        path is not null ? AdministrativeUnitFile.Read(fileSystem, path) : profile?.Units ?? [];

    private static (IReadOnlyList<OutputFormat> Text, bool Workbook) ParseFormats(string text)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.ToLowerInvariant()).ToList();
        var unknown = parts.Where(p => p is not ("html" or "md" or "xlsx")).ToList();
        if (parts.Count == 0 || unknown.Count > 0)
        {
            throw new ArgumentException($"--format takes html, md and xlsx separated by commas{(unknown.Count > 0 ? $"; '{string.Join(", ", unknown)}' is not one of them" : string.Empty)}.");
        }

        var textFormats = new List<OutputFormat>();
        if (parts.Contains("html"))
        {
            textFormats.Add(OutputFormat.Html);
        }

        if (parts.Contains("md"))
        {
            textFormats.Add(OutputFormat.Markdown);
        }

        return (textFormats, parts.Contains("xlsx"));
    }

    private void WriteAll(string folder, IReadOnlyList<(string Name, byte[] Content)> files, bool force) =>
        WritePaths(files.Select(f => (fileSystem.Path.Combine(folder, f.Name), f.Content)).ToList(), force);

    /// <summary>Writes every file atomically, after checking that none exists (unless forced), so nothing is written when one would be refused.</summary>
    private void WritePaths(IReadOnlyList<(string Path, byte[] Content)> paths, bool force)
    {
        var existing = paths.Where(p => fileSystem.File.Exists(p.Path)).Select(p => p.Path).ToList();
        if (!force && existing.Count > 0)
        {
            throw new ChildPlanInputException(existing.Select(p => new InputProblem(p, "the file already exists; use --force to overwrite it.")).ToList());
        }

        foreach (var (path, content) in paths)
        {
            AtomicFile.Write(fileSystem, path, overwrite: true, stream => stream.Write(content));
        }
    }
}
