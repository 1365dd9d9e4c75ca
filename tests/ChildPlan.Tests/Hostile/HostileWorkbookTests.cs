using System.Diagnostics;
using System.IO.Abstractions.TestingHelpers;
using System.IO.Compression;
using System.Text;
using ChildPlan.Cli;
using ChildPlan.Reporting.Workbooks;
using ChildPlan.Tests.Cli;
using ClosedXML.Excel;
using static ChildPlan.Tests.Workbooks.WorkbookFixtures;

namespace ChildPlan.Tests.Hostile;

/// <summary>
/// Workbooks built to exhaust the machine that imports them: zip bombs, packages with a huge number of parts and
/// sheets whose used range reaches the last row. <c>childplan import</c> refuses each with bad input (exit 2), a
/// message naming the file and the limit, nothing written, and without spending the memory the bomb asks for.
/// </summary>
public sealed class HostileWorkbookTests
{
    private const string Path = "/w/data.xlsx";

    /// <summary>Bytes one import may allocate on the test's thread: a real workbook needs a few MB.</summary>
    private const long MemoryBound = 150L * 1024 * 1024;

    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(30);

    private readonly CliHarness cli = new();

    /// <summary>The 2025 template for Tuần Giáo, as written by <c>childplan collect</c>.</summary>
    private static byte[] Template() => Collection(Plan(ProgrammeId), 2025, Unit("099"));

    /// <summary>
    /// Copies <paramref name="workbook"/>, letting <paramref name="entry"/> write the data sheet's part and
    /// <paramref name="extra"/> add parts of its own.
    /// </summary>
    private static byte[] Repack(byte[] workbook, Action<string, Stream>? entry = null, Action<ZipArchive>? extra = null)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in source.Entries)
            {
                using var from = part.Open();
                using var to = target.CreateEntry(part.FullName, CompressionLevel.Optimal).Open();
                if (entry is not null && part.FullName == "xl/worksheets/sheet2.xml")
                {
                    using var reader = new StreamReader(from, Encoding.UTF8);
                    entry(reader.ReadToEnd(), to);
                }
                else
                {
                    from.CopyTo(to);
                }
            }

            extra?.Invoke(target);
        }

        return output.ToArray();
    }

    /// <summary>The template with <paramref name="megabytes"/> MB of spaces inside the data sheet's rows: valid XML.</summary>
    private static byte[] PaddedWithWhitespace(int megabytes) => Repack(Template(), (xml, to) =>
    {
        var end = xml.IndexOf("</x:sheetData>", StringComparison.Ordinal);
        Assert.True(end > 0);
        to.Write(Encoding.UTF8.GetBytes(xml[..end]));
        var spaces = new byte[1024 * 1024];
        Array.Fill(spaces, (byte)' ');
        for (var i = 0; i < megabytes; i++)
        {
            to.Write(spaces);
        }

        to.Write(Encoding.UTF8.GetBytes(xml[end..]));
    });

    /// <summary>Runs the import of <paramref name="bytes"/> and checks it is refused cheaply, naming the file and the limit.</summary>
    private void AssertRefused(byte[] bytes, string limit)
    {
        cli.Files.AddFile(Path, new MockFileData(bytes));
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var (exit, _, error) = cli.Run("import", Path, "--profile", "dien-bien", "--plan", ProgrammeId, "--out", "/w/data.csv");

        clock.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Assert.True(exit == ExitCodes.BadInput, $"exit {exit}: {error}");
        Assert.Contains($"{Path}: ", error, StringComparison.Ordinal);
        Assert.Contains($"(limit ImportLimits.{limit})", error, StringComparison.Ordinal);
        Assert.False(cli.Files.File.Exists("/w/data.csv"));
        Assert.True(allocated < MemoryBound, $"the import allocated {allocated / (1024 * 1024)} MB");
        Assert.True(clock.Elapsed < TimeBound, $"the import took {clock.Elapsed}");
    }

    [Fact]
    public void A_workbook_whose_sheet_expands_to_hundreds_of_megabytes_is_refused_before_it_is_read()
    {
        var bomb = PaddedWithWhitespace(256);
        Assert.True(bomb.Length < 1024 * 1024, $"the bomb is {bomb.Length} bytes");

        AssertRefused(bomb, nameof(ImportLimits.MaxUncompressedBytes));
    }

    [Fact]
    public void A_workbook_with_a_hundred_thousand_parts_is_refused()
    {
        var bomb = Repack(Template(), extra: archive =>
        {
            for (var i = 0; i < 100_000; i++)
            {
                archive.CreateEntry($"xl/media/p{i}.bin", CompressionLevel.NoCompression);
            }
        });

        AssertRefused(bomb, nameof(ImportLimits.MaxEntries));
    }

    [Fact]
    public void A_data_sheet_used_down_to_the_last_row_is_refused_without_reading_a_million_rows()
    {
        using var workbook = Open(Template());
        workbook.Worksheet(CollectionWorkbook.DataSheetName).Cell(XLHelper.MaxRowNumber, CollectionWorkbook.SourceColumn).SetValue("x");
        var bytes = Save(workbook);

        AssertRefused(bytes, nameof(ImportLimits.MaxRows));
    }

    [Fact]
    public void An_input_file_larger_than_any_workbook_is_refused_unread()
    {
        var large = new byte[(int)ImportLimits.Default.MaxFileBytes + 1];
        Random.Shared.NextBytes(large);

        AssertRefused(large, nameof(ImportLimits.MaxFileBytes));
    }
}
