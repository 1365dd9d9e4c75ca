namespace ChildPlan.Cli;

/// <summary>The tool's exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>Anything other than bad input.</summary>
    public const int Failure = 1;

    /// <summary>Bad input: an unknown profile or plan, a bad plan or data file, a bad option. Nothing was written.</summary>
    public const int BadInput = 2;

    /// <summary>Cancelled (Ctrl+C, or the host's cancellation token), by the shell's convention for SIGINT (128 + 2). Nothing was written.</summary>
    public const int Cancelled = 130;
}
