using System.Text;
using ChildPlan.Formats;
using ChildPlan.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace ChildPlan.Samples.Tests;

/// <summary>A profile's plan with data of its own, taken from the catalogue the sample runs with (no province named here).</summary>
internal sealed record SampleData(IChildPlanProfile Profile, Plan Plan, int Year, string Csv)
{
    /// <summary>The first plan (by profile id) whose profile has a dataset for it, in its last year with data.</summary>
    public static SampleData From(IServiceProvider services)
    {
        var catalog = services.GetRequiredService<IProfileCatalog>();
        foreach (var profile in catalog.Profiles)
        {
            foreach (var plan in profile.Plans)
            {
                if (profile.DatasetFor(plan.Id) is { Observations.Count: > 0 } dataset)
                {
                    var year = dataset.Observations.Select(o => o.Year).Where(plan.Years.Contains).DefaultIfEmpty(plan.Years.To).Max();
                    using var writer = new StringWriter();
                    ObservationFile.Write(writer, dataset.Observations);
                    return new SampleData(profile, plan, year, writer.ToString());
                }
            }
        }

        throw new InvalidOperationException("No installed profile has a dataset for one of its plans.");
    }

    /// <summary>The CSV as UTF-8 bytes.</summary>
    public byte[] CsvBytes => Encoding.UTF8.GetBytes(Csv);
}
