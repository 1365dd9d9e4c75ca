using ChildPlan.Reporting.Localization;
using ChildPlan.Reporting.Workbooks;

namespace ChildPlan.Reporting.Model;

/// <summary>
/// Builds the data collection form (<see cref="CollectionFormModel"/>) and its rows, the one enumeration of the rows the
/// workbook's data sheet (<see cref="CollectionWorkbook"/>) and the printed form share.
/// </summary>
internal static class CollectionFormBuilder
{
    /// <summary>
    /// The rows of the form for <paramref name="year"/>: each goal that has indicators (then the indicators whose goal the plan does
    /// not list) as a group row, then for each indicator a heading row when it bundles several measures, and a row per measure.
    /// </summary>
    public static List<CollectionFormRow> Rows(Plan plan, int year) => Rows(plan, year, _ => true);

    /// <summary>The rows of the form as <see cref="Rows(Plan, int)"/> gives them, for the indicators <paramref name="include"/> selects only.</summary>
    public static List<CollectionFormRow> Rows(Plan plan, int year, Func<Indicator, bool> include)
    {
        var rows = new List<CollectionFormRow>();
        var goalIds = plan.Goals.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var included = plan.Indicators.Where(include).ToList();
        var groups = plan.Goals
            .Select(g => (Caption: PlanText.GoalCaption(g), Indicators: included.Where(i => i.GoalId == g.Id).ToList()))
            .Append((Caption: CollectionText.OtherIndicators, Indicators: included.Where(i => !goalIds.Contains(i.GoalId)).ToList()))
            .Where(g => g.Indicators.Count > 0);
        foreach (var (caption, indicators) in groups)
        {
            rows.Add(new CollectionFormRow { Kind = CollectionFormRow.GroupKind, Name = caption });
            foreach (var indicator in indicators)
            {
                if (PlanText.IsSubMeasure(indicator, indicator.Measures[0]))
                {
                    rows.Add(new CollectionFormRow { Kind = CollectionFormRow.HeadingKind, Name = CollectionText.IndicatorName(PlanText.IndicatorLabel(indicator), indicator.Name) });
                }

                foreach (var measure in indicator.Measures)
                {
                    var unit = measure.Unit;
                    rows.Add(new CollectionFormRow
                    {
                        Kind = CollectionFormRow.MeasureKind,
                        IndicatorId = indicator.Id,
                        MeasureId = measure.Id ?? string.Empty,
                        Name = PlanText.IsSubMeasure(indicator, measure)
                            ? CollectionText.MeasureName(measure.Name ?? indicator.Name)
                            : CollectionText.IndicatorName(PlanText.IndicatorLabel(indicator), indicator.Name),
                        Unit = WorkbookText.UnitCaption(unit),
                        Target = measure.TargetFor(year) is { } t ? VietnameseFormat.Target(t, unit) : string.Empty,
                        IsRate = unit.IsRate(),
                        MeasureUnit = unit,
                    });
                }
            }
        }

        return rows;
    }

    /// <summary>
    /// The form for <paramref name="unit"/> and <paramref name="year"/>, its sender named as in office on the day it is made
    /// after <paramref name="changes"/> (none when <see langword="null"/>).
    /// </summary>
    /// <exception cref="ChildPlanInputException"><paramref name="year"/> is outside the plan's years.</exception>
    public static CollectionFormModel Build(Plan plan, int year, AdministrativeUnit unit, CollectionOptions options, AdministrativeChanges? changes = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(options);
        PlanYears.Require(plan, year);
        var document = WorkbookCells.DocumentText(plan.Document);
        var made = VietnamTime.DateOf(options.Created);
        var header = ReportModelBuilder.CollectionHeader(plan, options.SendTo, made, unit, changes ?? AdministrativeChanges.None);
        return new CollectionFormModel
        {
            Year = year,
            Title = CollectionText.DataTitle(year),
            Subject = CollectionText.DataLine(plan.Title, document, unit),
            Issuer = header.Issuer,
            Header = header.Header,
            PlanTitle = plan.Title,
            PlanDocument = document,
            Unit = new UnitInfo(unit.Code, unit.Name),
            Due = options.Due is { } due ? VietnameseFormat.Numeric(due) : string.Empty,
            SendTo = options.SendTo ?? string.Empty,
            DeadlineLine = CollectionText.DeadlineLine(options.Due, options.SendTo),
            Created = WorkbookText.Created(options.Created),
            Lines = CollectionText.IntroLines(plan, document, year, unit, options.Created),
            Instructions = CollectionText.FormRules(year),
            Columns =
            [
                CollectionText.NameHeader, CollectionText.UnitHeader, CollectionText.TargetHeader(year), CollectionText.ValueHeader,
                CollectionText.NumeratorHeader, CollectionText.DenominatorHeader, CollectionText.SourceHeader,
            ],
            Rows = Rows(plan, year),
            NoIndicators = CollectionText.NoIndicators,
        };
    }
}
