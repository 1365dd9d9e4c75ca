using ChildPlan.Hosting;
using ChildPlan.Samples.BackOffice;
using Microsoft.AspNetCore.Http.Features;

var builder = WebApplication.CreateBuilder(args);

// ChildPlan: the profiles this province's back office works with, reports, and PDF through the installed Chromium.
// AddChildPlan registers the real IFileSystem unless the host registered one first.
builder.Services.AddChildPlan(b => b
    .AddDienBien()
    .AddThuaThienHue()
    .AddHaiDuong()
    .AddTayNinh()
    .AddReporting()
    .AddPdf());

builder.Services.Configure<BackOfficeOptions>(builder.Configuration.GetSection(BackOfficeOptions.Section));
builder.Services.AddSingleton<UploadStore>();
builder.Services.AddOptions<FormOptions>().Configure<Microsoft.Extensions.Options.IOptions<BackOfficeOptions>>((form, options) =>
    form.MultipartBodyLengthLimit = options.Value.MaxUploadBytes);

var app = builder.Build();
app.MapBackOffice();
app.Run();

/// <summary>The application's entry point (public so tests can host it with WebApplicationFactory).</summary>
public partial class Program;
