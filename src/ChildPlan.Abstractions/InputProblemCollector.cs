namespace ChildPlan;

/// <summary>
/// Collects the problems found in an input, keeping the first <see cref="Limit"/> in full and only counting the
/// rest, so a file with a million bad rows costs no more memory (and no longer a message) than one with
/// <see cref="Limit"/>. <see cref="ChildPlanInputException"/> built from it reports the kept problems and
/// "… and K more problems".
/// </summary>
public sealed class InputProblemCollector
{
    private readonly List<InputProblem> kept = [];

    /// <summary>Creates a collector that keeps <see cref="ChildPlanInputException.MaxReportedProblems"/> problems.</summary>
    public InputProblemCollector()
        : this(ChildPlanInputException.MaxReportedProblems)
    {
    }

    /// <summary>Creates a collector that keeps the first <paramref name="limit"/> problems.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is less than 1.</exception>
    public InputProblemCollector(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        Limit = limit;
    }

    /// <summary>How many problems are kept in full.</summary>
    public int Limit { get; }

    /// <summary>How many problems were added, kept or not.</summary>
    public int Count { get; private set; }

    /// <summary>The problems not kept (<see cref="Count"/> less the kept ones).</summary>
    public int Omitted => Count - kept.Count;

    /// <summary>The first <see cref="Limit"/> problems, in the order they were added.</summary>
    public IReadOnlyList<InputProblem> Problems => kept;

    /// <summary>Adds a problem; beyond <see cref="Limit"/> it is only counted.</summary>
    public void Add(InputProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Count++;
        if (kept.Count < Limit)
        {
            kept.Add(problem);
        }
    }

    /// <summary>Adds a problem at <paramref name="where"/>.</summary>
    public void Add(string where, string message) => Add(new InputProblem(where, message));

    /// <summary>Adds problems; beyond <see cref="Limit"/> they are only counted.</summary>
    public void AddRange(IEnumerable<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var problem in problems)
        {
            Add(problem);
        }
    }

    /// <summary>Adds the problems of an exception, with those it counted but did not keep.</summary>
    public void AddRange(ChildPlanInputException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        AddRange(exception.Problems);
        Count += exception.OmittedProblems;
    }

    /// <summary>Throws when any problem was added.</summary>
    /// <exception cref="ChildPlanInputException">Problems were added; the message lists the kept ones and counts the rest.</exception>
    public void ThrowIfAny()
    {
        if (Count > 0)
        {
            throw new ChildPlanInputException(this);
        }
    }
}
