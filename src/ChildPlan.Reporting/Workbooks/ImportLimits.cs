namespace ChildPlan.Reporting.Workbooks;

/// <summary>
/// How much a workbook may make the importer read, expand and hold before it is refused as bad input
/// (<see cref="ChildPlanInputException"/> naming the file and the limit). An .xlsx file is a zip package whose parts
/// can expand a thousandfold; the package is inspected with these limits before any part reaches the spreadsheet
/// library, so that a hostile file costs at most about <see cref="MaxFileBytes"/> plus one buffer, never the
/// gigabytes it asks for.
/// <para>
/// The defaults are hundreds of times what a collection workbook made by <c>childplan collect</c> and filled in Excel
/// needs (about 15 KB on disk, 70 KB expanded, a few hundred rows). A host that reads larger workbooks passes its own
/// limits: <c>CollectionWorkbook.Read(stream, name, plan, ImportLimits.Default with { MaxRows = 50_000 })</c>.
/// </para>
/// </summary>
public sealed record ImportLimits
{
    /// <summary>The default limits.</summary>
    public static ImportLimits Default { get; } = new();

    /// <summary>The largest input file read, in bytes; default 20 MB. Larger input is refused after reading that much.</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>The most parts (zip entries) the package may hold; default 1,000 (a workbook has about a dozen).</summary>
    public int MaxEntries { get; init; } = 1_000;

    /// <summary>
    /// The most bytes the package may expand to, over all its parts together (so also for any one part); default
    /// 50 MB. Checked against the sizes the package declares and again while expanding every part, so a package
    /// that understates its sizes is refused too.
    /// </summary>
    public long MaxUncompressedBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>
    /// The highest compression ratio (expanded size over compressed size) of any part that expands to more than
    /// 1 MB; default 100. Spreadsheet XML compresses about 5 to 20 times; a zip bomb a thousand times.
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>
    /// The most cells the sheets may hold together, counted in the package before the workbook is opened; default
    /// 200,000 (a collection workbook has a few thousand). The spreadsheet library holds about a kilobyte per cell.
    /// </summary>
    public int MaxCells { get; init; } = 200_000;

    /// <summary>
    /// The most rows read from a sheet: a data sheet or metadata sheet whose used range goes further down is
    /// refused; default 10,000 (a plan has a few hundred measures).
    /// </summary>
    public int MaxRows { get; init; } = 10_000;
}
