namespace ChildPlan;

/// <summary>Operator symbols of <see cref="Comparison"/> as plan files write them.</summary>
public static class Comparisons
{
    /// <summary>The operator symbol (<c>&gt;=</c>, <c>between</c>).</summary>
    public static string Symbol(this Comparison comparison) => comparison switch
    {
        Comparison.LessThan => "<",
        Comparison.AtMost => "<=",
        Comparison.GreaterThan => ">",
        Comparison.AtLeast => ">=",
        Comparison.EqualTo => "=",
        Comparison.Between => "between",
        _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison, null),
    };

    /// <summary>Parses an operator symbol; <see langword="null"/> when it is not one.</summary>
    public static Comparison? Parse(string symbol) =>
        Enum.GetValues<Comparison>().Select(c => (Comparison?)c).FirstOrDefault(c => c!.Value.Symbol() == symbol);
}
