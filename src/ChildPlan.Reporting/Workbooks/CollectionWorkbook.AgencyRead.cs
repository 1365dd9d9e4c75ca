using System.Text;
using ChildPlan.Indicators;
using ChildPlan.Reporting.Localization;

namespace ChildPlan.Reporting.Workbooks;

public static partial class CollectionWorkbook
{
    /// <summary>The input columns of the tasks sheet: a row with none of them filled is not a result.</summary>
    private static readonly int[] TaskInputColumns =
        [StatusColumn, ResultColumn, QuantityColumn, QuantityUnitColumn, SecondQuantityColumn, SecondQuantityUnitColumn, ResultSourceColumn];

    /// <summary>
    /// Reads an agency's results form: the indicators sheet (if any) into observations of the form's unit and year, as the unit's
    /// data workbook is read, and every tasks-sheet row with anything filled into a result. Every locked item id and plan text is
    /// checked against the plan; every problem is collected and nothing is returned when there is one.
    /// </summary>
    private static CollectedData ReadAgencyForm(IWorkbookCells workbook, string name, Plan plan, ImportLimits limits, FormMetadata metadata, Agency agency, InputProblemCollector problems)
    {
        var observations = new List<Observation>();
        if (workbook.Sheet(DataSheetName) is { } data)
        {
            var reader = new SheetReader(data, name, problems);
            if (metadata.Unit.Length == 0)
            {
                problems.Add(new InputProblem($"{name}: {MetadataSheetName}", $"the metadata has no '{MetadataKeys.Unit}' for the indicators of the '{DataSheetName}' sheet."));
            }
            else if (reader.CheckHeaders())
            {
                var lastRow = LastRow(data, name, limits);
                for (var row = FirstDataRow; row <= lastRow; row++)
                {
                    if (reader.ReadRow(row, plan, metadata.Year, metadata.Unit) is { } observation)
                    {
                        observations.Add(observation);
                    }
                }
            }
        }
        else if (plan.Indicators.Any(i => i.Responsibility.IsLead(agency.Id)))
        {
            problems.Add(new InputProblem(name, $"the workbook has no '{DataSheetName}' sheet for the indicators agency '{agency.Id}' leads."));
        }

        var results = new List<AgencyResult>();
        if (workbook.Sheet(TasksSheetName) is not { } tasks)
        {
            problems.Add(new InputProblem(name, $"the workbook has no '{TasksSheetName}' sheet."));
        }
        else
        {
            ReadTasks(tasks, name, plan, limits, metadata, agency, problems, results);
        }

        return problems.Count > 0
            ? throw new ChildPlanInputException(problems)
            : new CollectedData(plan.Id, metadata.Year, metadata.Unit, observations) { Results = results };
    }

    private static void ReadTasks(ISheetCells sheet, string name, Plan plan, ImportLimits limits, FormMetadata metadata, Agency agency, InputProblemCollector problems, List<AgencyResult> results)
    {
        var cells = new SheetReader(sheet, name, problems, TasksSheetName);
        var headersOk = true;
        foreach (var (column, header) in TaskHeaders)
        {
            var cell = sheet.Cell(TaskHeaderRow, column);
            var found = cell.HasFormula ? "=" + cell.Formula : cell.String.Trim();
            if (found != header)
            {
                problems.Add(new InputProblem(cells.Where(TaskHeaderRow, column), $"expected the column '{header}', found '{Shorten(found)}'; columns must not be moved, inserted or renamed."));
                headersOk = false;
            }
        }

        if (!headersOk)
        {
            return;
        }

        var items = ResultReporters.ItemsOf(plan, agency);
        var lastRow = Math.Max(LastRow(sheet, name, limits), FirstTaskRow + items.Count - 1);
        for (var row = FirstTaskRow; row <= lastRow; row++)
        {
            var index = row - FirstTaskRow;
            var filled = TaskInputColumns.Where(c => !SheetReader.IsBlank(sheet.Cell(row, c))).ToList();
            if (index >= items.Count)
            {
                if (filled.Count > 0)
                {
                    problems.Add(new InputProblem(cells.Where(row, filled[0]), "a result is given below the form's last item; rows must not be inserted or moved."));
                }

                continue;
            }

            var item = items[index];
            if (!SameItem(cells, row, plan, item) || filled.Count == 0)
            {
                continue;
            }

            if (ReadResult(cells, row, metadata, item) is { } result)
            {
                results.Add(result);
            }
        }

    }

    /// <summary>Whether the row's locked item id and plan text are still those the form was written with; a problem naming the cell if not.</summary>
    private static bool SameItem(SheetReader cells, int row, Plan plan, ResultItem item)
    {
        var problems = cells.Problems;
        var before = problems.Count;
        var id = cells.Text(row, ItemColumn);
        if (problems.Count == before && id != item.ToString())
        {
            problems.Add(new InputProblem(cells.Where(row, ItemColumn), $"the item id was changed: the form has '{item}' in this row, found '{Shorten(id ?? string.Empty)}'; locked cells must not be edited, rows not inserted, moved or deleted."));
        }

        var text = cells.Text(row, ItemTextColumn) ?? string.Empty;
        if (problems.Count == before && Normalize(text) != Normalize(WorkbookCells.Clean(ItemText(plan, item))))
        {
            problems.Add(new InputProblem(cells.Where(row, ItemTextColumn), $"the plan text of '{item}' was changed (found '{Shorten(text)}'); locked cells must not be edited."));
        }

        return problems.Count == before;
    }

    private static AgencyResult? ReadResult(SheetReader cells, int row, FormMetadata metadata, ResultItem item)
    {
        var problems = cells.Problems;
        var before = problems.Count;
        var statusText = cells.Text(row, StatusColumn);
        var text = cells.Text(row, ResultColumn);
        var first = ReadQuantity(QuantityColumn, QuantityUnitColumn);
        var second = ReadQuantity(SecondQuantityColumn, SecondQuantityUnitColumn);
        var source = cells.Text(row, ResultSourceColumn);
        ResultStatus? status = null;
        if (problems.Count == before)
        {
            var choices = string.Join(", ", Enum.GetValues<ResultStatus>().Select(s => $"'{AgencyFormText.StatusCaption(s)}'"));
            if (statusText is null)
            {
                problems.Add(new InputProblem(cells.Where(row, StatusColumn), $"the status of '{item}' is empty; choose one of {choices}."));
            }
            else if ((status = ParseStatus(statusText)) is null)
            {
                problems.Add(new InputProblem(cells.Where(row, StatusColumn), $"'{Shorten(statusText)}' is not a status; choose one of {choices}."));
            }
            else if (text is null && status is ResultStatus.Completed or ResultStatus.InProgress)
            {
                problems.Add(new InputProblem(cells.Where(row, ResultColumn), $"the result of '{item}' is empty; write what was done (required when the status is '{AgencyFormText.StatusCaption(status.Value)}')."));
            }
        }

        var quantities = new List<Quantity>();
        foreach (var quantity in new[] { first, second })
        {
            if (quantity is { } q)
            {
                quantities.Add(q);
            }
        }

        if (problems.Count > before || status is null)
        {
            return null;
        }

        return new AgencyResult
        {
            Reporter = metadata.Reporter!,
            Item = item,
            Period = metadata.Period!,
            Status = status.Value,
            Text = text ?? string.Empty,
            Quantities = quantities,
            Source = source,
            Location = new InputLocation(cells.Where(row, StatusColumn), null),
        };

        // A quantity and its unit: both or neither, the quantity not below 0; null when empty or with a problem.
        Quantity? ReadQuantity(int valueColumn, int unitColumn)
        {
            var start = problems.Count;
            var value = cells.Number(row, valueColumn);
            var unit = cells.Text(row, unitColumn);
            if (problems.Count > start)
            {
                return null;
            }

            if (value is { } v && v < 0)
            {
                problems.Add(new InputProblem(cells.Where(row, valueColumn), $"{v.ToString(System.Globalization.CultureInfo.InvariantCulture)} is negative; a quantity is not below 0."));
            }
            else if (value is null && unit is not null)
            {
                problems.Add(new InputProblem(cells.Where(row, unitColumn), $"the unit '{Shorten(unit)}' is given without a quantity ({Address(row, valueColumn)} is empty)."));
            }
            else if (value is not null && unit is null)
            {
                problems.Add(new InputProblem(cells.Where(row, valueColumn), $"the quantity has no unit ({Address(row, unitColumn)} is empty); write the unit it counts in."));
            }
            else if (value is { } n)
            {
                return new Quantity(n, unit!);
            }

            return null;
        }
    }

    /// <summary>The status a caption of the form's list (any case, spacing or Unicode composition) or a results-file token stands for.</summary>
    private static ResultStatus? ParseStatus(string text)
    {
        var found = Normalize(text);
        foreach (var status in Enum.GetValues<ResultStatus>())
        {
            if (string.Equals(found, Normalize(AgencyFormText.StatusCaption(status)), StringComparison.OrdinalIgnoreCase))
            {
                return status;
            }
        }

        return ResultStatusTokens.TryParse(found, out var token) ? token : null;
    }

    /// <summary>Text composed (NFC), its runs of white space made one space, trimmed: how locked texts and captions are compared.</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }
}
