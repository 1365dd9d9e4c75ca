namespace ChildPlan;

/// <summary>One problem in an input: where it is and what is wrong.</summary>
/// <param name="Where">File with line, cell or JSON path (<c>data.csv:12</c>, <c>plan.json: $.indicators[3].op</c>).</param>
/// <param name="Message">What is wrong.</param>
public sealed record InputProblem(string Where, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Where}: {Message}";
}
