using System.IO.Abstractions;

namespace ChildPlan.Formats;

/// <summary>
/// The results CSV (<c>agency,item,year,period,status,result,quantity,unit,source</c>): what each agency or unit did on each
/// task and duty of a plan, one row per result (a following row with the same agency, item, year and period and empty status
/// and result adds another quantity). See docs/formats.md.
/// </summary>
public static class ResultsFile
{
    /// <summary>Reads the results file at <paramref name="path"/>; every problem is reported with its file and line.</summary>
    /// <exception cref="ChildPlanInputException">The file does not exist or has problems.</exception>
    public static IReadOnlyList<AgencyResult> Read(IFileSystem fileSystem, string path, CsvCulture culture) => throw new NotImplementedException("results helper");

    /// <summary>Reads results CSV text named <paramref name="name"/> in errors.</summary>
    /// <exception cref="ChildPlanInputException">The text has problems.</exception>
    public static IReadOnlyList<AgencyResult> Read(TextReader reader, string name, CsvCulture culture) => throw new NotImplementedException("results helper");

    /// <summary>Writes <paramref name="results"/> as results CSV (invariant culture, formula-inert text), the form <see cref="Read(TextReader, string, CsvCulture)"/> reads back.</summary>
    public static void Write(TextWriter writer, IEnumerable<AgencyResult> results) => throw new NotImplementedException("results helper");
}
