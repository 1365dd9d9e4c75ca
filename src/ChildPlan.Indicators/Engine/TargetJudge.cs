namespace ChildPlan.Indicators;

/// <summary>
/// Judges an actual value against a measure's targets: <see cref="AchievementStatus.Exceeded"/> when it meets the
/// comparison and is strictly better than the target value in the measure's direction,
/// <see cref="AchievementStatus.Achieved"/> when it meets it without being strictly better (equal for
/// <c>&lt;=</c>, <c>&gt;=</c>, <c>=</c>; inside a range), otherwise <see cref="AchievementStatus.NotAchieved"/>.
/// For a range, a value beyond it on the better side is exceeded. Between milestones, the actual is
/// <see cref="AchievementStatus.OnTrack"/> or <see cref="AchievementStatus.OffTrack"/> against the straight line. A year with
/// neither a target nor a trajectory has <see cref="AchievementStatus.NoTarget"/>, whether or not there is an actual.
/// </summary>
public static class TargetJudge
{
    /// <summary>Judges <paramref name="actual"/> (or its absence) for <paramref name="measure"/> in <paramref name="year"/>.</summary>
    public static Judgement Judge(Measure measure, int year, decimal? actual)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var target = measure.TargetFor(year);
        if (target is not null)
        {
            var status = actual is { } a ? Compare(target, measure.Direction, a) : AchievementStatus.NoData;
            return new Judgement(status, target, null, Progress(measure, target, actual));
        }

        var line = Trajectory(measure, year);
        if (line is null)
        {
            // Nothing to judge against in this year: not one of the year's indicators, with or without data.
            return new Judgement(AchievementStatus.NoTarget, null, null, null);
        }

        var (expected, next) = line.Value;
        var onTrack = actual is { } v
            ? measure.Direction switch
            {
                Direction.Increase => v >= expected,
                Direction.Decrease => v <= expected,
                _ => next.IsMetBy(v),
            }
            : (bool?)null;
        var trackStatus = onTrack switch
        {
            null => AchievementStatus.NoData,
            true => AchievementStatus.OnTrack,
            false => AchievementStatus.OffTrack,
        };
        return new Judgement(trackStatus, null, expected, Progress(measure, next, actual));
    }

    /// <summary>Compares an actual with a target, following the measure's direction.</summary>
    public static AchievementStatus Compare(Target target, Direction direction, decimal actual)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Comparison == Comparison.Between)
        {
            if (target.IsMetBy(actual))
            {
                return AchievementStatus.Achieved;
            }

            var beyondOnBetterSide = direction switch
            {
                Direction.Increase => actual > target.Max,
                Direction.Decrease => actual < target.Value,
                _ => false,
            };
            return beyondOnBetterSide ? AchievementStatus.Exceeded : AchievementStatus.NotAchieved;
        }

        if (!target.IsMetBy(actual))
        {
            return AchievementStatus.NotAchieved;
        }

        var strictlyBetter = direction switch
        {
            Direction.Increase => actual > target.Value,
            Direction.Decrease => actual < target.Value,
            _ => false,
        };
        return strictlyBetter ? AchievementStatus.Exceeded : AchievementStatus.Achieved;
    }

    /// <summary>
    /// The expected value in <paramref name="year"/> on the straight line from the latest earlier point
    /// (the baseline or a milestone target) to the next milestone, with that next target;
    /// <see langword="null"/> when there is no earlier point or no later milestone.
    /// </summary>
    public static (decimal Expected, Target Next)? Trajectory(Measure measure, int year)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var next = measure.Targets.Where(t => t.Year > year && (t.FromYear is null || t.FromYear > year)).MinBy(t => t.Year);
        if (next is null)
        {
            return null;
        }

        var starts = measure.Targets.Where(t => t.Year < year).Select(t => (t.Year, Value: t.AimFor(measure.Direction))).ToList();
        if (measure.Baseline is { } b && b.Year < year)
        {
            starts.Add((b.Year, b.Value));
        }

        if (starts.Count == 0)
        {
            return null;
        }

        var start = starts.MaxBy(s => s.Year);
        var end = next.AimFor(measure.Direction);
        var expected = start.Value + ((end - start.Value) * (year - start.Year) / (next.Year - start.Year));
        return (expected, next);
    }

    /// <summary>
    /// The fraction of the way from the baseline to <paramref name="target"/> covered by
    /// <paramref name="actual"/>; <see langword="null"/> without a baseline, or when the target is no better than the
    /// baseline in the measure's direction (there is no way to cover).
    /// </summary>
    public static decimal? Progress(Measure measure, Target target, decimal? actual)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(target);
        if (measure.Baseline is not { } b || actual is not { } a)
        {
            return null;
        }

        var aim = target.AimFor(measure.Direction);
        var targetIsBetter = measure.Direction switch
        {
            Direction.Increase => aim > b.Value,
            Direction.Decrease => aim < b.Value,
            _ => false,
        };

        // A target no better than the baseline (3,8% now, "dưới 4%" by 2025) leaves no way to cover.
        return targetIsBetter ? (a - b.Value) / (aim - b.Value) : null;
    }
}
