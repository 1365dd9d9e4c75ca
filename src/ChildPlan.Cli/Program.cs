using System.IO.Abstractions;
using System.Text;
using ChildPlan.Cli;
using ChildPlan.Hosting;
using ChildPlan.Profiles;
using Microsoft.Extensions.DependencyInjection;

Console.OutputEncoding = Encoding.UTF8;
var fileSystem = new FileSystem();
var commandLine = new ChildPlanCommandLine(fileSystem, NodaTime.SystemClock.Instance, Console.Out, Console.Error);

// Parse once: the plugin folders come from the same parse that is invoked.
var parse = commandLine.Parse(args);
using var services = new ServiceCollection()
    .AddSingleton<IFileSystem>(fileSystem)
    .AddChildPlan(b =>
    {
        b.AddDienBien().AddThuaThienHue().AddHaiDuong().AddTayNinh();
        foreach (var folder in commandLine.PluginFolders(parse))
        {
            b.AddProfilesFrom(folder, fileSystem);
        }
    })
    .BuildServiceProvider();
return commandLine.Invoke(parse, services.GetRequiredService<IProfileCatalog>());
