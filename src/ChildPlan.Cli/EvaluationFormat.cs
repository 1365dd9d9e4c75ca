namespace ChildPlan.Cli;

/// <summary>What <c>evaluate --format</c> writes.</summary>
internal enum EvaluationFormat
{
    /// <summary>A readable table with the status totals (the default).</summary>
    Text,

    /// <summary>The results as JSON.</summary>
    Json,
}
