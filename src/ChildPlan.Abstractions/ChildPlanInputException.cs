namespace ChildPlan;

/// <summary>
/// Input that ChildPlan cannot accept: a bad plan file, data file or units file. The message names
/// the file and the line, cell or JSON path of each problem and what is wrong with it.
/// </summary>
public sealed class ChildPlanInputException : Exception
{
    /// <summary>Creates an exception for one or more problems.</summary>
    public ChildPlanInputException(IReadOnlyList<InputProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
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

    /// <summary>The problems found.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    private static string Describe(IReadOnlyList<InputProblem> problems) => problems.Count switch
    {
        0 => "The input is not valid.",
        1 => problems[0].ToString(),
        _ => $"{problems.Count} problems:{Environment.NewLine}"
             + string.Join(Environment.NewLine, problems.Select(p => "  " + p)),
    };
}
