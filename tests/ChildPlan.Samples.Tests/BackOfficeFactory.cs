using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ChildPlan.Samples.Tests;

/// <summary>The back-office sample hosted for a test, keeping its uploads in a folder of its own that is removed afterwards.</summary>
public sealed class BackOfficeFactory : WebApplicationFactory<Program>
{
    private readonly string workFolder = Directory.CreateTempSubdirectory("childplan-backoffice-test-").FullName;

    /// <summary>The largest upload the app accepts, when the test sets one.</summary>
    public long? MaxUploadBytes { get; init; }

    /// <summary>The clock the app runs with, when the test sets one (a fake clock, to let uploads expire).</summary>
    public IClock? Clock { get; init; }

    /// <inheritdoc/>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("BackOffice:WorkFolder", workFolder);
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }

        if (MaxUploadBytes is { } max)
        {
            builder.UseSetting("BackOffice:MaxUploadBytes", max.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(workFolder))
        {
            Directory.Delete(workFolder, recursive: true);
        }
    }
}
