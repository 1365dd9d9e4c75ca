using ChildPlan.Hosting;
using ChildPlan.Samples.BackOffice;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

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

// The back office's own settings, checked when the app starts rather than at the first upload.
builder.Services.AddOptions<BackOfficeOptions>()
    .Bind(builder.Configuration.GetSection(BackOfficeOptions.Section))
    .Validate(o => o.MaxUploadBytes > 0, "BackOffice:MaxUploadBytes must be a positive number of bytes.")
    .Validate(o => o.UploadRetention > TimeSpan.Zero, "BackOffice:UploadRetention must be a positive time span, such as 01:00:00.")
    .ValidateOnStart();
builder.Services.AddSingleton<UploadStore>();
builder.Services.AddOptions<FormOptions>().Configure<IOptions<BackOfficeOptions>>((form, options) =>
    form.MultipartBodyLengthLimit = options.Value.MaxUploadBytes);

var app = builder.Build();
app.MapBackOffice();
app.Run();

/// <summary>The application's entry point (public so tests can host it with WebApplicationFactory).</summary>
public partial class Program;
