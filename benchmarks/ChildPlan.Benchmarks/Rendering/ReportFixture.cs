using ChildPlan.Benchmarks.Data;
using ChildPlan.Hosting;
using ChildPlan.Profiles;
using ChildPlan.Profiles.DienBien;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Model;
using Microsoft.Extensions.DependencyInjection;

namespace ChildPlan.Benchmarks.Rendering;

/// <summary>
/// The reporting services as a host registers them (<c>AddChildPlan(b =&gt; b.AddDienBien().AddReporting())</c>) and the
/// input of the README's example report (Điện Biên, 2021–2030 programme, 2025) with generated data for the province.
/// </summary>
public sealed class ReportFixture
{
    /// <summary>Registers the services and prepares the inputs of every year of the plan.</summary>
    public ReportFixture()
    {
        // The provider holds no disposable service the fixture uses; it lives as long as the process.
        var services = new ServiceCollection().AddChildPlan(b => b.AddDienBien().AddReporting()).BuildServiceProvider();
        Service = services.GetRequiredService<ReportService>();
        Renderer = services.GetRequiredService<ReportRenderer>();
        Profile = services.GetRequiredService<IProfileCatalog>().GetProfile(RealPlan.ProfileId);
        var plan = services.GetRequiredService<IProfileCatalog>().GetPlan(RealPlan.ProfileId, RealPlan.PlanId);
        var observations = NationalData.ForArea(plan);
        Inputs = [.. Enumerable.Range(plan.Years.From, plan.Years.To - plan.Years.From + 1)
            .Select(year => Service.Prepare(RealPlan.ProfileId, RealPlan.PlanId, year, observations))];
        Input = Inputs.Single(i => i.Year == RealPlan.ReportYear);
        Model = ReportModelBuilder.Build(ReportKind.Annual, Input);
    }

    /// <summary>The report service.</summary>
    public ReportService Service { get; }

    /// <summary>The renderer.</summary>
    public ReportRenderer Renderer { get; }

    /// <summary>The Điện Biên profile as the catalogue holds it.</summary>
    public IChildPlanProfile Profile { get; }

    /// <summary>The report input of each year of the plan.</summary>
    public IReadOnlyList<ReportInput> Inputs { get; }

    /// <summary>The input of the README's example year.</summary>
    public ReportInput Input { get; }

    /// <summary>The annual report model of <see cref="Input"/>.</summary>
    public ReportModel Model { get; }

    /// <summary>Throws when two renders differ, writing both to the temporary folder for a diff.</summary>
    /// <exception cref="InvalidOperationException">They differ.</exception>
    public static void RequireSame(string library, string other, string what)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(other);
        if (string.Equals(library, other, StringComparison.Ordinal))
        {
            return;
        }

        var at = 0;
        while (at < Math.Min(library.Length, other.Length) && library[at] == other[at])
        {
            at++;
        }

        var folder = Path.Combine(Path.GetTempPath(), "childplan-bench");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "library.html"), library);
        File.WriteAllText(Path.Combine(folder, what + ".html"), other);
        string Around(string s) => s.Substring(Math.Max(0, at - 60), Math.Min(120, s.Length - Math.Max(0, at - 60)));
        throw new InvalidOperationException($"{what} differs from the library's render at character {at} (both written to {folder}): library \"{Around(library)}\", {what} \"{Around(other)}\".");
    }
}
