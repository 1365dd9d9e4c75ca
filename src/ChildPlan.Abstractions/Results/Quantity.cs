namespace ChildPlan;

/// <summary>A number an agency reports with its unit as written (<c>12 lớp tập huấn</c>, <c>3500 lượt người</c>, <c>150 triệu đồng</c>).</summary>
/// <param name="Value">The number (not negative).</param>
/// <param name="Unit">The unit as the agency wrote it.</param>
public sealed record Quantity(decimal Value, string Unit);
