using System.IO.Abstractions;
using System.Text;
using ChildPlan.Cli;

Console.OutputEncoding = Encoding.UTF8;

// The first Ctrl+C cancels the command: it stops at its next check (a render at once), writes nothing and exits
// with 130. A second Ctrl+C ends the process.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};
return ChildPlanCommandLine.RunTool(args, new FileSystem(), NodaTime.SystemClock.Instance, Console.Out, Console.Error, cancellation.Token);
