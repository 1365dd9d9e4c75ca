namespace ChildPlan.Benchmarks.Data;

/// <summary>
/// The smoke mode of CI (<c>CHILDPLAN_BENCH_SMOKE=1</c>): every benchmark runs on small inputs (100 communes, a few
/// workbooks, a 32,000-row CSV) and the ×10 growth case is left out, so that a <c>--job dry</c> run of the whole suite checks
/// that every benchmark and its equality check work, in little time. Numbers from it mean nothing.
/// </summary>
public static class Smoke
{
    /// <summary>Whether the smoke mode is on.</summary>
    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("CHILDPLAN_BENCH_SMOKE") == "1";
}
