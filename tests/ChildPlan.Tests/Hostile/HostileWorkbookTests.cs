using System.Diagnostics;
using System.Globalization;
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
        var (exit, _, error) = cli.Run("import", Path, "--profile", "dien-bien", "--plan", ProgrammeId, "--out", "/w/data.csv");

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Assert.True(exit == ExitCodes.BadInput, $"exit {exit}: {error}");
        Assert.Contains($"{Path}: ", error, StringComparison.Ordinal);
        Assert.Contains($"(limit ImportLimits.{limit})", error, StringComparison.Ordinal);
        Assert.False(cli.Files.File.Exists("/w/data.csv"));
        Assert.True(allocated < MemoryBound, $"the import allocated {allocated / (1024 * 1024)} MB");
    }

    [Fact]
    public void A_workbook_whose_sheet_expands_to_hundreds_of_megabytes_is_refused_before_it_is_read()
    {
        var bomb = PaddedWithWhitespace(256);
        Assert.True(bomb.Length < 1024 * 1024, $"the bomb is {bomb.Length} bytes");

        AssertRefused(bomb, nameof(ImportLimits.MaxUncompressedBytes));
    }

    [Fact]
    public void A_part_compressed_a_thousandfold_is_refused_even_within_the_expanded_size()
    {
        var bomb = PaddedWithWhitespace(10);

        AssertRefused(bomb, nameof(ImportLimits.MaxCompressionRatio));
        Assert.Contains("the part 'xl/worksheets/sheet2.xml' expands more than 100 times", cli.Run("import", Path, "--profile", "dien-bien", "--plan", ProgrammeId, "--out", "/w/data.csv").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_of_half_a_million_small_cells_is_refused_before_the_spreadsheet_library_holds_them()
    {
        var bomb = Repack(Template(), (xml, to) =>
        {
            var end = xml.IndexOf("</x:sheetData>", StringComparison.Ordinal);
            to.Write(Encoding.UTF8.GetBytes(xml[..end]));
            for (var row = 100; row < 5100; row++)
            {
                var cells = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<x:row r=\"{row}\">");
                for (var column = 10; column < 110; column++)
                {
                    cells.Append(CultureInfo.InvariantCulture, $"<x:c r=\"{XLHelper.GetColumnLetterFromNumber(column)}{row}\"><x:v>{column}</x:v></x:c>");
                }

                to.Write(Encoding.UTF8.GetBytes(cells.Append("</x:row>").ToString()));
            }

            to.Write(Encoding.UTF8.GetBytes(xml[end..]));
        });

        AssertRefused(bomb, nameof(ImportLimits.MaxCells));
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

    [Fact]
    public void A_host_sets_its_own_limits_and_a_real_workbook_is_within_the_defaults()
    {
        var template = Template();
        var plan = Plan(ProgrammeId);

        Assert.Equal("099", CollectionWorkbook.Read(new MemoryStream(template), "data.xlsx", plan, ImportLimits.Default).UnitCode);

        var e = Assert.Throws<ChildPlanInputException>(() =>
            CollectionWorkbook.Read(new MemoryStream(template), "data.xlsx", plan, ImportLimits.Default with { MaxFileBytes = 4 * 1024 }));
        Assert.Equal("data.xlsx: the file is larger than 4 KB (limit ImportLimits.MaxFileBytes); a collection workbook is far smaller, so it is not read.", e.Message);

        e = Assert.Throws<ChildPlanInputException>(() =>
            CollectionWorkbook.Read(new MemoryStream(template), "data.xlsx", plan, ImportLimits.Default with { MaxUncompressedBytes = 10_000 }));
        Assert.Equal("data.xlsx: the workbook expands to more than 10,000 bytes (limit ImportLimits.MaxUncompressedBytes); a collection workbook expands to well under 1 MB, so it is not read.", e.Message);

        e = Assert.Throws<ChildPlanInputException>(() =>
            CollectionWorkbook.Read(new MemoryStream(template), "data.xlsx", plan, ImportLimits.Default with { MaxRows = 20 }));
        Assert.StartsWith("data.xlsx: Số liệu: the sheet is used down to row ", e.Message, StringComparison.Ordinal);
        Assert.EndsWith(", beyond the 20 rows that are read (limit ImportLimits.MaxRows).", e.Message, StringComparison.Ordinal);

        Assert.Throws<ChildPlanInputException>(() =>
            CollectionWorkbook.Read(new MemoryStream(template), "data.xlsx", plan, ImportLimits.Default with { MaxEntries = 5 }));
        Assert.Throws<ChildPlanInputException>(() =>
            CollectionWorkbook.Read(new MemoryStream(template), "data.xlsx", plan, ImportLimits.Default with { MaxCells = 100 }));
    }

    [Fact]
    public void A_package_that_understates_the_size_of_a_part_is_bounded_by_what_it_expands_to()
    {
        // Rewrite the central directory's uncompressed size of the padded sheet to 1 KB: the declared sizes pass,
        // the counting while expanding does not let more through than the limit.
        var bomb = PaddedWithWhitespace(16);
        var name = Encoding.ASCII.GetBytes("xl/worksheets/sheet2.xml");
        var patched = 0;
        for (var i = 0; i + 46 < bomb.Length; i++)
        {
            if (bomb[i] == 0x50 && bomb[i + 1] == 0x4b && bomb[i + 2] == 0x01 && bomb[i + 3] == 0x02
                && bomb.AsSpan(i + 46).StartsWith(name))
            {
                BitConverter.TryWriteBytes(bomb.AsSpan(i + 24, 4), 1024);
                patched++;
            }
        }

        Assert.Equal(1, patched);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<ChildPlanInputException>(() =>
            CollectionWorkbook.Read(new MemoryStream(bomb), "data.xlsx", Plan(ProgrammeId), ImportLimits.Default with { MaxUncompressedBytes = 1024 * 1024 }));
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        // .NET stops expanding a part at its declared size, so the sheet is cut short and is not a workbook; a
        // runtime that trusted the data instead would hit the counted limit.
        Assert.True(
            e.Message.StartsWith("data.xlsx: the file is not an Excel workbook", StringComparison.Ordinal)
            || e.Message.StartsWith("data.xlsx: the workbook expands to more than 1 MB (limit ImportLimits.MaxUncompressedBytes)", StringComparison.Ordinal),
            e.Message);
        Assert.True(allocated < MemoryBound, $"the import allocated {allocated / (1024 * 1024)} MB");
    }
}
