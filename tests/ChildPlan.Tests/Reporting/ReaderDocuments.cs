using ChildPlan.Hosting;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Model;
using ChildPlan.Tests.Readers;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace ChildPlan.Tests.Reporting;

/// <summary>
/// The Điện Biên ctht-2021-2030 annual report and monitoring table of 2025, written once for <see cref="RealReaderTests"/>
/// by the library as DOCX (converted to PDF by one LibreOffice) and as PDF (the host's printer, <c>AddPdf()</c>, which finds
/// Chromium itself). Kept, with a picture of page 1 of each, under <c>$CHILDPLAN_ARTIFACTS/documents</c> when that is set.
/// </summary>
public sealed class ReaderDocuments : IAsyncDisposable
{
    /// <summary>The signer the annual report is signed by.</summary>
    internal static readonly Signer Signer = new(null, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Thử");

    private static readonly ReportKind[] Kinds = [ReportKind.Annual, ReportKind.Monitoring];

    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("childplan-readers-");
    private readonly Lazy<Task<IReadOnlyDictionary<ReportKind, ReaderDocument>>> docx;
    private readonly Lazy<Task<IReadOnlyDictionary<ReportKind, ReaderDocument>>> pdf;
    private readonly Lazy<ServiceProvider> services;

    /// <summary>Creates the (empty) set; the documents are written when a test first asks for them.</summary>
    public ReaderDocuments()
    {
        docx = new(WriteDocxAsync);
        pdf = new(WritePdfAsync);
        services = new(() => new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 12, 5, 2, 0)))
            .AddChildPlan(b => b.AddDienBien().AddReporting().AddPdf())
            .BuildServiceProvider());
    }

    /// <summary>The report as the library's .docx, with the PDF LibreOffice converts it to.</summary>
    internal async Task<ReaderDocument> DocxAsync(ReportKind kind) => (await docx.Value)[kind];

    /// <summary>The report as the library's own PDF.</summary>
    internal async Task<ReaderDocument> PdfAsync(ReportKind kind) => (await pdf.Value)[kind];

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (services.IsValueCreated)
        {
            await services.Value.DisposeAsync();
        }

        work.Delete(recursive: true);
    }

    /// <summary>Writes a report as a file through the host's <see cref="ReportService"/>, with PDF printing added.</summary>
    private async Task<byte[]> WriteAsync(ReportKind kind, ReportFormat format, ReportInput input)
    {
        using var output = new MemoryStream();
        await services.Value.GetRequiredService<ReportService>().WriteAsync(kind, format, input, output, TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    private static ReportInput Input() =>
        ReportFixture.Input("ctht-2021-2030", 2025, new ReportDetails { Signer = Signer });

    private static string Name(ReportKind kind) => $"dien-bien-ctht-2021-2030-2025-{kind.ToString().ToLowerInvariant()}";

    private async Task<IReadOnlyDictionary<ReportKind, ReaderDocument>> WriteDocxAsync()
    {
        var input = Input();
        var files = new List<string>();
        foreach (var kind in Kinds)
        {
            var file = Path.Combine(work.FullName, Name(kind) + ".docx");
            await File.WriteAllBytesAsync(file, await WriteAsync(kind, ReportFormat.Docx, input), TestContext.Current.CancellationToken);
            files.Add(file);
        }

        // One LibreOffice for both: it takes seconds to start.
        var converted = DocumentReaders.ConvertToPdf(files, Directory.CreateDirectory(Path.Combine(work.FullName, "libreoffice")).FullName);
        var documents = new Dictionary<ReportKind, ReaderDocument>();
        for (var i = 0; i < Kinds.Length; i++)
        {
            var pdfFile = Path.Combine(work.FullName, Name(Kinds[i]) + ".docx.pdf");
            File.Move(converted[i], pdfFile);
            documents[Kinds[i]] = new(ReportModelBuilder.Build(Kinds[i], input), files[i], pdfFile);
            Keep(files[i], pdfFile);
        }

        return documents;
    }

    private async Task<IReadOnlyDictionary<ReportKind, ReaderDocument>> WritePdfAsync()
    {
        var input = Input();
        var documents = new Dictionary<ReportKind, ReaderDocument>();
        foreach (var kind in Kinds)
        {
            var file = Path.Combine(work.FullName, Name(kind) + ".pdf");
            await File.WriteAllBytesAsync(file, await WriteAsync(kind, ReportFormat.Pdf, input), TestContext.Current.CancellationToken);
            documents[kind] = new(ReportModelBuilder.Build(kind, input), file, file);
            Keep(file, file);
        }

        return documents;
    }

    /// <summary>Keeps the written file, the PDF read and a picture of its page 1 for a person to look at.</summary>
    private void Keep(string written, string pdfFile)
    {
        if (DocumentReaders.ArtifactsDirectory() is not null)
        {
            var picture = DocumentReaders.FirstPagePicture(pdfFile, Path.Combine(work.FullName, Path.GetFileName(written) + "-page1"));
            DocumentReaders.Keep([.. new[] { written, pdfFile, picture }.Distinct()]);
        }
    }
}
