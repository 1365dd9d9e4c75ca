namespace ChildPlan;

/// <summary>
/// Input that ChildPlan cannot accept: a bad plan file, data file or units file. The message names
/// the file and the line, cell or JSON path of each problem and what is wrong with it. At most
/// <see cref="MaxReportedProblems"/> problems are kept and listed; the rest are counted ("… and K more problems").
/// </summary>
public sealed class ChildPlanInputException : Exception
{
    /// <summary>
    /// The most problems an exception keeps and lists in its message; further problems are only counted
    /// (<see cref="OmittedProblems"/>), so a file with a million bad rows gives a short message.
    /// </summary>
    public const int MaxReportedProblems = 100;

    /// <summary>Creates an exception for one or more problems (the first <see cref="MaxReportedProblems"/> are kept).</summary>
    public ChildPlanInputException(IReadOnlyList<InputProblem> problems)
        : this(Keep(problems), problems?.Count ?? 0)
    {
    }

    /// <summary>Creates an exception for the problems a collector kept, counting those it did not.</summary>
    public ChildPlanInputException(InputProblemCollector problems)
        : this(Keep(problems?.Problems.ToList()), problems?.Count ?? 0)
    {
    }

    /// <summary>Creates an exception for a single problem.</summary>
    public ChildPlanInputException(string where, string message)
        : this([new InputProblem(where, message)])
    {
    }

    /// <summary>Creates an exception without details.</summary>
    public ChildPlanInputException()
        : this([])
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public ChildPlanInputException(string message)
        : this("input", message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public ChildPlanInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new InputProblem("input", message)];
    }

    private ChildPlanInputException(IReadOnlyList<InputProblem> kept, int total)
        : base(Describe(kept, total))
    {
        Problems = kept;
        OmittedProblems = Math.Max(0, total - kept.Count);
    }

    /// <summary>The problems found (at most <see cref="MaxReportedProblems"/>).</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    /// <summary>How many further problems were found but not kept.</summary>
    public int OmittedProblems { get; }

    /// <summary>
    /// The same problems with their locations renamed by <paramref name="relocate"/> (a tool naming its options for
    /// the library's terms, <c>year</c> → <c>--year</c>), keeping the count of omitted problems.
    /// </summary>
    public ChildPlanInputException Relocate(Func<string, string> relocate)
    {
        ArgumentNullException.ThrowIfNull(relocate);
        return new ChildPlanInputException(Problems.Select(p => p with { Where = relocate(p.Where) }).ToList(), Problems.Count + OmittedProblems);
    }

    private static IReadOnlyList<InputProblem> Keep(IReadOnlyList<InputProblem>? problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count > MaxReportedProblems ? problems.Take(MaxReportedProblems).ToList() : problems;
    }

    private static string Describe(IReadOnlyList<InputProblem> kept, int total) => total switch
    {
        0 => "The input is not valid.",
        1 when kept.Count == 1 => kept[0].ToString(),
        _ => $"{total} problems:{Environment.NewLine}"
             + string.Join(Environment.NewLine, kept.Select(p => "  " + p))
             + (total > kept.Count ? $"{Environment.NewLine}  \u2026 and {total - kept.Count} more problems." : string.Empty),
    };
}
