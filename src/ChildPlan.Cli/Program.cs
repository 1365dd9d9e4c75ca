using System.IO.Abstractions;
using System.Text;
using ChildPlan.Cli;

Console.OutputEncoding = Encoding.UTF8;

// Ctrl+C cancels the command, which then writes nothing and exits with 130.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return ChildPlanCommandLine.RunTool(args, new FileSystem(), NodaTime.SystemClock.Instance, Console.Out, Console.Error, cancellation.Token);
