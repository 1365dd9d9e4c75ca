using System.Diagnostics.CodeAnalysis;
using System.Text;
using ChildPlan.Indicators;
using ChildPlan.Profiles;
using ChildPlan.Reporting.Rendering;
using NodaTime;

namespace ChildPlan.Reporting.Model;

/// <summary>What a report is built from: the plan, its evaluation for the year, and the circumstances.</summary>
public sealed record ReportInput
{
    /// <summary>The plan (the evaluation's).</summary>
    public Plan Plan => Evaluation.Plan;

    /// <summary>The year reported on (the one year evaluated).</summary>
    public int Year => Evaluation.Year!.Value;

    /// <summary>
    /// The plan evaluated for the year reported on (<c>EvaluationOptions.Year</c>) in the unit reported on.
    /// A report is for a year of the plan; the engine also evaluates baseline years, which are not reported on.
    /// </summary>
    /// <exception cref="ArgumentException">The evaluation is of every year rather than one.</exception>
    /// <exception cref="ChildPlanInputException">The year evaluated is outside the plan's years (a problem at <c>year</c>).</exception>
    public required PlanEvaluation Evaluation
    {
        get;
        init
        {
            if (value?.Year is not { } year)
            {
                throw new ArgumentException("A report is of one year; evaluate with EvaluationOptions.Year.", nameof(value));
            }

            PlanYears.Require(value.Plan, year);
            field = value;
        }
    }

    /// <summary>
    /// The report date, as of which the report speaks: the agencies and units it names are those in office then, and the
    /// calendar grades deadlines against it. Default (<see cref="ReportDate.Default(Plan, int, AdministrativeChanges?)"/>): the due date of the plan's annual
    /// report in the year reported on.
    /// </summary>
    public required LocalDate Date { get; init; }

    /// <summary>
    /// The date of the six-monthly report (<see cref="ReportKind.SixMonthly"/>), or <see langword="null"/> for its default
    /// (<see cref="ReportDate.Default(Plan, int, ReportKind, AdministrativeChanges?)"/>: the six-monthly due date, else 30/6).
    /// The other reports are dated <see cref="Date"/>.
    /// </summary>
    public LocalDate? SixMonthlyDate { get; init; }

    /// <summary>The administrative units known, for names.</summary>
    public IReadOnlyList<AdministrativeUnit> Units { get; init; } = [];

    /// <summary>Whether the data is sample data.</summary>
    public bool IsSampleData { get; init; }

    /// <summary>Where the data comes from.</summary>
    public string? DataSource { get; init; }

    /// <summary>What the reporting agency supplies.</summary>
    public ReportDetails Details { get; init; } = ReportDetails.None;

    /// <summary>
    /// Administrative changes since the plan (the profile's <c>Changes</c>): reports name the agencies and units
    /// responsible on the report date (deadlines: on the deadline) and quote the plan's original assignment.
    /// </summary>
    public AdministrativeChanges Changes { get; init; } = AdministrativeChanges.None;

    /// <summary>
    /// What agencies and units reported against the plan's tasks and duties (every period; a report uses its own), or
    /// <see langword="null"/> when nothing was given: the report then leaves the results as placeholders to fill.
    /// </summary>
    public ResultSet? Results { get; init; }

    /// <summary>
    /// Evaluates <paramref name="plan"/> for <paramref name="year"/> in <paramref name="unitCode"/> (default: the plan's
    /// area), rolling up through <paramref name="units"/> and the <paramref name="changes"/> since, shown on the map of
    /// <paramref name="geography"/> (default: the year's own map, <see cref="EvaluationOptions.Geography"/>), and returns
    /// the report input dated <paramref name="date"/> (see <see cref="ReportDate.Default(Plan, int, AdministrativeChanges?)"/>). Set the details with <c>with</c>.
    /// </summary>
    /// <exception cref="ChildPlanInputException">The year is not one of the plan's, the unit is unknown, or the observations do not fit the plan.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Overloads that predate public API tracking; changing them would break callers.")]
    public static ReportInput Evaluate(Plan plan, int year, IReadOnlyCollection<Observation> observations, LocalDate date, IReadOnlyList<AdministrativeUnit>? units = null, AdministrativeChanges? changes = null, string? unitCode = null, LocalDate? geography = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        units ??= [];
        changes ??= AdministrativeChanges.None;
        return new ReportInput
        {
            Evaluation = PlanEvaluator.Evaluate(plan, observations, new AdministrativeHierarchy(units, changes), new EvaluationOptions { Year = year, UnitCode = unitCode, Geography = geography }),
            Date = date,
            Units = units,
            Changes = changes,
        };
    }

    /// <summary>
    /// As <see cref="Evaluate(Plan, int, IReadOnlyCollection{Observation}, LocalDate, IReadOnlyList{AdministrativeUnit}?, AdministrativeChanges?, string?, LocalDate?)"/>
    /// with the observations of <paramref name="dataset"/> (none when <see langword="null"/>), whose name is the data
    /// source and whose sample flag marks the reports.
    /// </summary>
    /// <exception cref="ChildPlanInputException">The year is not one of the plan's, the unit is unknown, or the observations do not fit the plan.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Overloads that predate public API tracking; changing them would break callers.")]
    public static ReportInput Evaluate(Plan plan, int year, ProfileDataset? dataset, LocalDate date, IReadOnlyList<AdministrativeUnit>? units = null, AdministrativeChanges? changes = null, string? unitCode = null, LocalDate? geography = null) =>
        Evaluate(plan, year, dataset?.Observations ?? [], date, units, changes, unitCode, geography) with
        {
            IsSampleData = dataset?.IsSample ?? false,
            DataSource = dataset?.Name,
        };
}
