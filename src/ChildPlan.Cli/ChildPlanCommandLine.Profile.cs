using System.CommandLine;
using System.Text;
using ChildPlan.Formats;
using ChildPlan.Profiles;

namespace ChildPlan.Cli;

public sealed partial class ChildPlanCommandLine
{
    /// <summary>The file name of an exported units file, as an embedded profile names it.</summary>
    private const string UnitsFileName = "units.csv";

    /// <summary>The file name of an exported changes file, as an embedded profile names it.</summary>
    private const string ChangesFileName = "changes.json";

    private Command ProfileCommand()
    {
        var outOption = CommonOptions.Out("The folder the profile's files are written to.");
        var export = new Command(
            "export",
            "Write everything a profile embeds as files: its plans (<plan>.plan.json), datasets (<plan>.data.csv, <plan>.sample.data.csv), results (<plan>.results.csv, <plan>.sample.results.csv), units (units.csv), changes (changes.json) and template overrides (templates/). The files feed back in with --plan-file, --data, --results, --units and --changes, or into a new profile plugin's Data folder.")
        {
            options.Profile, outOption, options.Force,
        };
        export.SetAction(parse => Guard(() =>
        {
            var profile = Catalog.GetProfile(Required(parse, options.Profile));
            var files = ProfileFiles(profile);
            var outDir = OutPath(parse, outOption);
            WriteAll(outDir, files, parse.GetValue(options.Force));
            output.WriteLine($"Wrote {files.Count} file(s) of profile {profile.Id} to {fileSystem.Path.GetFullPath(outDir)}:");
            foreach (var (name, _) in files)
            {
                output.WriteLine($"  {name}");
            }

            return ExitCodes.Success;
        }));
        return new Command("profile", "Export an installed profile.") { export };
    }

    /// <summary>
    /// The files of a profile under the names <see cref="EmbeddedProfile"/> reads, so an export can be embedded as it is: plans,
    /// datasets and results (named by plan and sample flag), units, changes, and the templates the profile overrides.
    /// </summary>
    /// <exception cref="ChildPlanInputException">Two datasets or two result sets of a plan would be written to the same file.</exception>
    private static List<(string Name, byte[] Content)> ProfileFiles(IChildPlanProfile profile)
    {
        var files = new List<(string Name, byte[] Content)>();
        foreach (var plan in profile.Plans)
        {
            using var stream = new MemoryStream();
            PlanFile.Write(plan, stream);
            files.Add(($"{plan.Id}.plan.json", stream.ToArray()));
        }

        foreach (var dataset in profile.Datasets)
        {
            var name = $"{dataset.PlanId}{(dataset.IsSample ? ".sample" : string.Empty)}.data.csv";
            if (files.Any(f => f.Name == name))
            {
                throw new ChildPlanInputException($"profile '{profile.Id}'", $"plan '{dataset.PlanId}' has more than one {(dataset.IsSample ? "sample " : string.Empty)}dataset; an export holds one per plan ({name}).");
            }

            var csv = new StringWriter();
            ObservationFile.Write(csv, dataset.Observations);
            files.Add((name, Encoding.UTF8.GetBytes(csv.ToString())));
        }

        foreach (var set in profile.ResultSets)
        {
            var name = $"{set.PlanId}{(set.IsSample ? ".sample" : string.Empty)}.results.csv";
            if (files.Any(f => f.Name == name))
            {
                throw new ChildPlanInputException($"profile '{profile.Id}'", $"plan '{set.PlanId}' has more than one {(set.IsSample ? "sample " : string.Empty)}result set; an export holds one per plan ({name}).");
            }

            var csv = new StringWriter();
            ResultsFile.Write(csv, set.Results);
            files.Add((name, Encoding.UTF8.GetBytes(csv.ToString())));
        }

        if (profile.Units.Count > 0)
        {
            var csv = new StringWriter();
            AdministrativeUnitFile.Write(csv, profile.Units);
            files.Add((UnitsFileName, Encoding.UTF8.GetBytes(csv.ToString())));
        }

        if (profile.Changes.Units.Count > 0 || profile.Changes.Agencies.Count > 0)
        {
            using var stream = new MemoryStream();
            ChangesFile.Write(profile.Changes, stream);
            files.Add((ChangesFileName, stream.ToArray()));
        }

        if (profile.Templates is { } templates)
        {
            foreach (var name in templates.Names)
            {
                if (templates.Read(name) is { } text)
                {
                    files.Add(($"templates/{name}{TemplateNames.FileExtension}", Encoding.UTF8.GetBytes(text)));
                }
            }
        }

        return files;
    }
}
