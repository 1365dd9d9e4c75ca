namespace ChildPlan;

/// <summary>A source of funding the plan names (kinh phí thực hiện).</summary>
/// <param name="Text">The document's words.</param>
/// <param name="Source">Where it is stated.</param>
public sealed record FundingSource(string Text, SourceReference Source);
