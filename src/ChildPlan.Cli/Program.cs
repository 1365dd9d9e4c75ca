using System.IO.Abstractions;
using System.Text;
using ChildPlan.Cli;

Console.OutputEncoding = Encoding.UTF8;
return ChildPlanCommandLine.RunTool(args, new FileSystem(), NodaTime.SystemClock.Instance, Console.Out, Console.Error);
