using System.IO.Abstractions;
using System.Text;
using ChildPlan.Cli;
using ChildPlan.Profiles;
using Microsoft.Extensions.DependencyInjection;

Console.OutputEncoding = Encoding.UTF8;
using var services = new ServiceCollection()
    .AddChildPlan(b => b.AddDienBien().AddThuaThienHue().AddHaiDuong().AddTayNinh())
    .BuildServiceProvider();
return new ChildPlanCommandLine(
    services.GetRequiredService<IProfileCatalog>(),
    services.GetRequiredService<IFileSystem>(),
    NodaTime.SystemClock.Instance,
    Console.Out,
    Console.Error).Run(args);
