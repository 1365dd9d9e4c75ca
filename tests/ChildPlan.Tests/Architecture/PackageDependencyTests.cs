using System.Reflection;
using ChildPlan.Formats;
using ChildPlan.Hosting;
using ChildPlan.Indicators;
using ChildPlan.Profiles.DienBien;
using ChildPlan.Profiles.HaiDuong;
using ChildPlan.Profiles.TayNinh;
using ChildPlan.Profiles.ThuaThienHue;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Pdf;

namespace ChildPlan.Tests.Architecture;

/// <summary>
/// Each package has one job, and its references show it: the model needs no file access and no dependency
/// injection, the engine needs only the model, profile plugins need only the formats and the builder, and only the
/// optional PDF package brings in a browser driver.
/// </summary>
public sealed class PackageDependencyTests
{
    public static TheoryData<string, string[]> Packages() => new()
    {
        { typeof(Plan).Assembly.GetName().Name!, ["NodaTime"] },
        { typeof(PlanFile).Assembly.GetName().Name!, ["ChildPlan.Abstractions", "NodaTime", "TestableIO.System.IO.Abstractions", "Testably.Abstractions.FileSystem.Interface"] },
        { typeof(PlanEvaluator).Assembly.GetName().Name!, ["ChildPlan.Abstractions", "NodaTime"] },
        { typeof(IChildPlanBuilder).Assembly.GetName().Name!, ["ChildPlan.Abstractions", "Microsoft.Extensions.DependencyInjection.Abstractions", "TestableIO.System.IO.Abstractions", "TestableIO.System.IO.Abstractions.Wrappers", "Testably.Abstractions.FileSystem.Interface"] },
        { typeof(DienBienProfile).Assembly.GetName().Name!, ["ChildPlan.Abstractions", "ChildPlan.Formats", "ChildPlan.Hosting"] },
        { typeof(ThuaThienHueProfile).Assembly.GetName().Name!, ["ChildPlan.Abstractions", "ChildPlan.Formats", "ChildPlan.Hosting"] },
        { typeof(HaiDuongProfile).Assembly.GetName().Name!, ["ChildPlan.Abstractions", "ChildPlan.Formats", "ChildPlan.Hosting"] },
        { typeof(TayNinhProfile).Assembly.GetName().Name!, ["ChildPlan.Abstractions", "ChildPlan.Formats", "ChildPlan.Hosting"] },
        { typeof(ReportService).Assembly.GetName().Name!, ["ChildPlan.Abstractions", "ChildPlan.Formats", "ChildPlan.Indicators", "ChildPlan.Hosting", "NodaTime", "Scriban.Signed", "ClosedXML", "DocumentFormat.OpenXml", "Microsoft.Extensions.DependencyInjection.Abstractions", "TestableIO.System.IO.Abstractions", "TestableIO.System.IO.Abstractions.Wrappers", "Testably.Abstractions.FileSystem.Interface"] },
        { typeof(ChromiumPdfPrinter).Assembly.GetName().Name!, ["ChildPlan.Reporting", "ChildPlan.Hosting", "PuppeteerSharp", "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Logging.Abstractions", "TestableIO.System.IO.Abstractions", "TestableIO.System.IO.Abstractions.Wrappers", "Testably.Abstractions.FileSystem.Interface"] },
    };

    [Fact]
    public void Only_the_optional_pdf_package_depends_on_a_browser_driver()
    {
        var reporting = typeof(ReportService).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain("PuppeteerSharp", reporting);
        Assert.Contains("PuppeteerSharp", typeof(ChromiumPdfPrinter).Assembly.GetReferencedAssemblies().Select(a => a.Name));
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void A_package_references_only_what_its_job_needs(string assemblyName, string[] allowed)
    {
        var assembly = Assembly.Load(assemblyName);
        var references = assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !IsFramework(n))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.All(references, r => Assert.Contains(r, allowed));
    }

    private static bool IsFramework(string name) =>
        name is "netstandard" or "mscorlib" || name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.Win32", StringComparison.Ordinal);
}
