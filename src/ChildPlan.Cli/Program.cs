using System.IO.Abstractions;
using System.Text;
using ChildPlan.Cli;
using ChildPlan.Hosting;
using ChildPlan.Profiles;
using Microsoft.Extensions.DependencyInjection;

Console.OutputEncoding = Encoding.UTF8;
var fileSystem = new FileSystem();
using var services = new ServiceCollection()
    .AddSingleton<IFileSystem>(fileSystem)
    .AddChildPlan(b =>
    {
        b.AddDienBien().AddThuaThienHue().AddHaiDuong().AddTayNinh();
        foreach (var folder in ChildPlanCommandLine.PluginFolders(args))
        {
            b.AddProfilesFrom(folder, fileSystem);
        }
    })
    .BuildServiceProvider();
return new ChildPlanCommandLine(
    services.GetRequiredService<IProfileCatalog>(),
    fileSystem,
    NodaTime.SystemClock.Instance,
    Console.Out,
    Console.Error).Run(args);
