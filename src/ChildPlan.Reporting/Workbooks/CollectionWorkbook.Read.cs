using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ChildPlan.Formats;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;

namespace ChildPlan.Reporting.Workbooks;

public static partial class CollectionWorkbook
{
    /// <summary>
    /// Reads a filled template back into observations for <paramref name="plan"/>.
    /// <para>
    /// Every row of the data sheet with a value, a numerator or a denominator becomes an observation of the
    /// workbook's year and unit, located as <c>name: Số liệu!F7</c> (its first filled number cell); rows
    /// without any of them are skipped, even if they have a note. Numbers are normally number cells; a number
    /// typed as text is accepted with a Vietnamese decimal comma (<c>"12,5"</c>, <c>"1.234,5"</c>) or a decimal
    /// point (<c>"12.5"</c>), while a lone dot before three digits (<c>"8.163"</c>) is refused as ambiguous.
    /// Dates, TRUE/FALSE and formulas in number cells are refused.
    /// </para>
    /// <para>
    /// Only the reading is checked here: what the numbers mean (negative values, a numerator above its
    /// denominator, a value disagreeing with its rate, duplicates) is for <c>ObservationValidator</c>.
    /// </para>
    /// <para>
    /// An agency's results form (<see cref="WriteAgencyForm"/>, metadata format <see cref="AgencyFormatVersion"/>) is recognised
    /// by its metadata: its "<see cref="DataSheetName"/>" sheet, if it has one, is read as above into observations of the form's
    /// unit (the plan's area, or the reporting unit), and each row of its "<see cref="TasksSheetName"/>" sheet with anything
    /// filled becomes an <see cref="AgencyResult"/> in <see cref="CollectedData.Results"/> (located as <c>name: Nhiệm vụ!E7</c>);
    /// rows with nothing filled give none. A status must be one of the list's captions (any case or spacing) or a results-file
    /// token; completed and in-progress results need their text; a quantity is a number not below 0 with its unit, and a unit
    /// needs its quantity; formulas are refused, never evaluated; every row's locked item id and plan text must still be the
    /// plan's. Whether the reporter was expected to report is for <c>ResultValidator</c>.
    /// </para>
    /// </summary>
    /// <param name="input">The .xlsx bytes.</param>
    /// <param name="name">The file name used in messages (<c>data.xlsx</c>).</param>
    /// <param name="plan">The plan the workbook must have been made for.</param>
    /// <exception cref="ChildPlanInputException">
    /// The file is not a collection workbook for <paramref name="plan"/>, or cells cannot be read; the message
    /// lists every problem with its sheet and cell.
    /// </exception>
    /// <remarks>Reads within <see cref="ImportLimits.Default"/>.</remarks>
    public static CollectedData Read(Stream input, string name, Plan plan) => Read(input, name, plan, ImportLimits.Default);

    /// <summary>
    /// Reads a filled template back into observations for <paramref name="plan"/>, within <paramref name="limits"/>:
    /// a file larger than they allow, a package with more parts, expanding further or compressed more, or a sheet
    /// used further down, is refused before it is expanded (see <see cref="Read(Stream, string, Plan)"/> for the rest).
    /// </summary>
    /// <param name="input">The .xlsx bytes.</param>
    /// <param name="name">The file name used in messages (<c>data.xlsx</c>).</param>
    /// <param name="plan">The plan the workbook must have been made for.</param>
    /// <param name="limits">How much the file may make the reader read, expand and hold.</param>
    /// <exception cref="ChildPlanInputException">
    /// The file is not a collection workbook for <paramref name="plan"/>, cells cannot be read, or the file goes beyond
    /// <paramref name="limits"/>; the message names the file, and the sheet and cell or the limit.
    /// </exception>
    public static CollectedData Read(Stream input, string name, Plan plan, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(limits);

        using var buffer = CopyBounded(input, name, limits);
        var plain = CheckPackage(buffer, name, limits);

        // The common workbook (numbers, text, no formulas or dates) is read straight from its sheets' XML; anything else is
        // read by ClosedXML, as before. Both give the same cells to the same checks, so the same observations and messages.
        var cells = plain ? ReadPlainCells(buffer, name) : null;
        if (cells is not null)
        {
            return Read(cells, name, plan, limits);
        }

        using var workbook = Open(buffer, name);
        return Read(new ClosedXmlCells(workbook), name, plan, limits);
    }

    private static CollectedData Read(IWorkbookCells workbook, string name, Plan plan, ImportLimits limits)
    {
        var problems = new InputProblemCollector();
        var metadata = ReadMetadata(workbook, name, plan, limits, problems);
        if (metadata?.Agency is { } agency)
        {
            return ReadAgencyForm(workbook, name, plan, limits, metadata, agency, problems);
        }

        if (metadata is null || workbook.Sheet(DataSheetName) is not { } sheet)
        {
            if (metadata is not null)
            {
                problems.Add(new InputProblem(name, $"the workbook has no '{DataSheetName}' sheet."));
            }

            throw new ChildPlanInputException(problems);
        }

        var reader = new SheetReader(sheet, name, problems);
        if (!reader.CheckHeaders())
        {
            throw new ChildPlanInputException(problems);
        }

        var observations = new List<Observation>();
        var lastRow = LastRow(sheet, name, limits);
        for (var row = FirstDataRow; row <= lastRow; row++)
        {
            if (reader.ReadRow(row, plan, metadata.Year, metadata.Unit) is { } observation)
            {
                observations.Add(observation);
            }
        }

        return problems.Count > 0
            ? throw new ChildPlanInputException(problems)
            : new CollectedData(plan.Id, metadata.Year, metadata.Unit, observations);
    }

    /// <summary>Checks that the file is a workbook the SDK can open (as <see cref="Open"/> does first), with the same message when it is not.</summary>
    private static SpreadsheetDocument OpenDocument(MemoryStream buffer, string name)
    {
        try
        {
            buffer.Position = 0;
            var document = SpreadsheetDocument.Open(buffer, false);
            if (document.WorkbookPart?.Workbook is null)
            {
                document.Dispose();
                throw new ChildPlanInputException(name, "the file is not an Excel workbook (.xlsx): it has no workbook part.");
            }

            return document;
        }
        catch (Exception e) when (e is FileFormatException or InvalidDataException or OpenXmlPackageException or IOException or InvalidOperationException or ArgumentException or FormatException or NotSupportedException or System.Xml.XmlException)
        {
            throw new ChildPlanInputException(name, $"the file is not an Excel workbook (.xlsx) that can be read: {e.Message}");
        }
    }

    private static XLWorkbook Open(MemoryStream buffer, string name)
    {
        // Check the package first: ClosedXML 0.95 fails on some non-workbook zips with a NullReferenceException.
        OpenDocument(buffer, name).Dispose();
        try
        {
            buffer.Position = 0;
            return new XLWorkbook(buffer);
        }
        catch (Exception e) when (e is FileFormatException or InvalidDataException or OpenXmlPackageException or IOException or InvalidOperationException or ArgumentException or FormatException or NotSupportedException or System.Xml.XmlException)
        {
            throw new ChildPlanInputException(name, $"the file is not an Excel workbook (.xlsx) that can be read: {e.Message}");
        }
    }

    /// <summary>The last row of <paramref name="sheet"/> with contents, refusing a sheet used beyond <see cref="ImportLimits.MaxRows"/>.</summary>
    private static int LastRow(ISheetCells sheet, string name, ImportLimits limits)
    {
        var last = sheet.LastRowUsed();
        return last <= limits.MaxRows
            ? last
            : throw new ChildPlanInputException($"{name}: {sheet.Name}", string.Create(CultureInfo.InvariantCulture, $"the sheet is used down to row {last}, beyond the {limits.MaxRows} rows that are read (limit ImportLimits.MaxRows)."));
    }

    /// <summary>What the metadata sheet says: the year and unit, and for an agency's form its period, reporter and agency.</summary>
    private sealed record FormMetadata(int Year, string Unit, ReportingPeriod? Period = null, string? Reporter = null, Agency? Agency = null);

    private static FormMetadata? ReadMetadata(IWorkbookCells workbook, string name, Plan plan, ImportLimits limits, InputProblemCollector problems)
    {
        if (workbook.Sheet(MetadataSheetName) is not { } sheet)
        {
            problems.Add(new InputProblem(name, $"the workbook has no '{MetadataSheetName}' sheet: it is not a data collection workbook made by ChildPlan (childplan collect)."));
            return null;
        }

        var values = new Dictionary<string, (string Value, string Where)>(StringComparer.Ordinal);
        var last = LastRow(sheet, name, limits);
        for (var row = 1; row <= last; row++)
        {
            var key = sheet.Cell(row, 1);
            var value = sheet.Cell(row, 2);
            if (!key.HasFormula && !value.HasFormula && key.String.Trim() is { Length: > 0 } k)
            {
                values.TryAdd(k, (value.String.Trim(), $"{name}: {MetadataSheetName}!B{row.ToString(CultureInfo.InvariantCulture)}"));
            }
        }
        string? Get(string key)
        {
            if (values.TryGetValue(key, out var entry) && entry.Value.Length > 0)
            {
                return entry.Value;
            }

            problems.Add(new InputProblem($"{name}: {MetadataSheetName}", $"the metadata has no '{key}'."));
            return null;
        }

        var format = Get(MetadataKeys.Format);
        if (format is null)
        {
            return null;
        }

        var agencyForm = format == AgencyFormatVersion;
        if (format != FormatVersion && !agencyForm)
        {
            problems.Add(new InputProblem(values[MetadataKeys.Format].Where, $"the workbook is in format '{format}'; this version of ChildPlan reads '{FormatVersion}' (a unit's data workbook) and '{AgencyFormatVersion}' (an agency's results form)."));
            return null;
        }

        var planId = Get(MetadataKeys.Plan);
        if (planId is not null && planId != plan.Id)
        {
            problems.Add(new InputProblem(values[MetadataKeys.Plan].Where, $"the workbook is for plan '{planId}', not '{plan.Id}'."));
            return null;
        }

        var yearText = Get(MetadataKeys.Year);

        // An agency's form has a unit only when it collects indicators (for the plan's area or the reporting unit).
        var unit = agencyForm ? values.GetValueOrDefault(MetadataKeys.Unit).Value ?? string.Empty : Get(MetadataKeys.Unit);
        if (unit is { Length: > 0 } && !SafePath.IsSafeName(unit))
        {
            // The code lands in the data file and in file names: refuse what is not a plain code (a formula, a path).
            problems.Add(new InputProblem(values[MetadataKeys.Unit].Where, $"unit code '{SafePath.Printable(unit)}' is not a safe code: {SafePath.SafeNameRule}."));
            unit = null;
        }

        var year = 0;
        if (yearText is not null && !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            problems.Add(new InputProblem(values[MetadataKeys.Year].Where, $"year '{yearText}' is not a year."));
        }

        if (planId is null || yearText is null || unit is null || year == 0)
        {
            return null;
        }

        return agencyForm ? ReadAgencyMetadata(plan, values, Get, problems, year, unit) : new FormMetadata(year, unit);
    }

    private static FormMetadata? ReadAgencyMetadata(
        Plan plan, Dictionary<string, (string Value, string Where)> values, Func<string, string?> get, InputProblemCollector problems, int year, string unit)
    {
        var periodText = get(MetadataKeys.Period);
        var reporter = get(MetadataKeys.Reporter);
        var agencyId = get(MetadataKeys.Agency);
        ReportingPeriod? period = null;
        if (periodText is not null)
        {
            if (ReportingPeriod.TryParseKind(periodText, out var kind))
            {
                period = ReportingPeriod.Of(year, kind);
            }
            else
            {
                problems.Add(new InputProblem(values[MetadataKeys.Period].Where, $"period '{Shorten(periodText)}' is not a period (H1 or year)."));
            }
        }

        if (reporter is not null && !SafePath.IsSafeName(reporter))
        {
            // The id lands in the results file: refuse what is not a plain id.
            problems.Add(new InputProblem(values[MetadataKeys.Reporter].Where, $"reporter '{SafePath.Printable(reporter)}' is not a safe id: {SafePath.SafeNameRule}."));
            reporter = null;
        }

        var agency = agencyId is null ? null : plan.FindAgency(agencyId);
        if (agencyId is not null && agency is null)
        {
            problems.Add(new InputProblem(values[MetadataKeys.Agency].Where, $"unknown agency '{Shorten(agencyId)}' in plan '{plan.Id}'."));
        }
        else if (agency is not null && reporter is not null && plan.FindAgency(reporter) is { } other && other.Id != agency.Id)
        {
            // A reporter is its own agency, or a unit answering for its level's People's Committee.
            problems.Add(new InputProblem(values[MetadataKeys.Reporter].Where, $"reporter '{reporter}' is another agency than the form's agency '{agency.Id}'."));
            agency = null;
        }
        else if (agency is not null && reporter is not null
            && (plan.FindAgency(reporter) is null ? reporter : plan.AreaCode ?? string.Empty) is var formUnit && unit != formUnit)
        {
            // The form collects for the reporting unit, or for the plan's area when an agency reports (as WriteAgencyForm writes
            // it): another unit would file the indicators under a unit the reporter does not answer for.
            var where = values.TryGetValue(MetadataKeys.Unit, out var cell) ? cell.Where : values[MetadataKeys.Reporter].Where;
            problems.Add(new InputProblem(where, $"unit '{Shorten(unit)}' is not the form's: reporter '{reporter}' reports for '{formUnit}'{(formUnit.Length == 0 ? " (none)" : string.Empty)}."));
            agency = null;
        }

        return period is null || reporter is null || agency is null ? null : new FormMetadata(year, unit, period, reporter, agency);
    }

    /// <summary>Reads the cells of the data sheet, adding a problem for each cell it cannot read.</summary>
    private sealed class SheetReader(ISheetCells sheet, string name, InputProblemCollector problems, string sheetName = DataSheetName)
    {
        /// <summary>Where the problems of the sheet are collected.</summary>
        public InputProblemCollector Problems => problems;

        public bool CheckHeaders()
        {
            var ok = true;
            foreach (var (column, header) in FixedHeaders)
            {
                var cell = sheet.Cell(HeaderRow, column);
                var found = cell.HasFormula ? "=" + cell.Formula : cell.String.Trim();
                if (found != header)
                {
                    problems.Add(new InputProblem(Where(HeaderRow, column), $"expected the column '{header}', found '{Shorten(found)}'; columns must not be moved, inserted or renamed."));
                    ok = false;
                }
            }

            return ok;
        }

        public Observation? ReadRow(int row, Plan plan, int year, string unit)
        {
            var valueCell = sheet.Cell(row, ValueColumn);
            var numeratorCell = sheet.Cell(row, NumeratorColumn);
            var denominatorCell = sheet.Cell(row, DenominatorColumn);
            if (IsBlank(valueCell) && IsBlank(numeratorCell) && IsBlank(denominatorCell))
            {
                return null;
            }

            var id = Text(row, IndicatorColumn);
            var measureId = Text(row, MeasureColumn);
            if (id is null)
            {
                problems.Add(new InputProblem(Where(row, IndicatorColumn), "numbers are given in a row without an indicator id; rows must not be inserted or their ids cleared."));
                return null;
            }

            var indicator = plan.FindIndicator(id);
            if (indicator is null)
            {
                problems.Add(new InputProblem(Where(row, IndicatorColumn), $"unknown indicator '{Shorten(id)}' in plan '{plan.Id}'."));
                return null;
            }

            if (indicator.FindMeasure(measureId) is null)
            {
                problems.Add(new InputProblem(
                    Where(row, MeasureColumn),
                    measureId is null
                        ? $"indicator '{indicator.Id}' has several measures ({string.Join(", ", indicator.Measures.Select(m => m.Id))}); the measure id is missing."
                        : $"unknown measure '{Shorten(measureId)}' of indicator '{indicator.Id}'."));
                return null;
            }

            var before = problems.Count;
            var value = Number(row, ValueColumn);
            var numerator = Number(row, NumeratorColumn);
            var denominator = Number(row, DenominatorColumn);
            var source = Text(row, SourceColumn);
            if (problems.Count > before)
            {
                return null;
            }

            if ((numerator is null) != (denominator is null))
            {
                problems.Add(numerator is null
                    ? new InputProblem(Where(row, NumeratorColumn), $"the denominator is given ({Address(row, DenominatorColumn)}) but the numerator is empty; give both or neither.")
                    : new InputProblem(Where(row, DenominatorColumn), $"the numerator is given ({Address(row, NumeratorColumn)}) but the denominator is empty; give both or neither."));
                return null;
            }

            var first = value is not null ? ValueColumn : NumeratorColumn;
            return new Observation
            {
                IndicatorId = indicator.Id,
                MeasureId = measureId,
                Year = year,
                UnitCode = unit,
                Value = value,
                Numerator = numerator,
                Denominator = denominator,
                Source = source,
                Location = new InputLocation(Where(row, first), null),
            };
        }

        public static bool IsBlank(SheetCell cell) =>
            !cell.HasFormula && (cell.Kind == CellKind.Empty || (cell.Kind == CellKind.Text && string.IsNullOrWhiteSpace(cell.String)));

        public string? Text(int row, int column)
        {
            var cell = sheet.Cell(row, column);
            if (cell.HasFormula)
            {
                problems.Add(new InputProblem(Where(row, column), $"the cell holds a formula (={Shorten(cell.Formula!)}); type the text itself."));
                return null;
            }

            return IsBlank(cell) ? null : cell.String.Trim();
        }

        public decimal? Number(int row, int column)
        {
            var cell = sheet.Cell(row, column);
            if (cell.HasFormula)
            {
                problems.Add(new InputProblem(Where(row, column), $"the cell holds a formula (={Shorten(cell.Formula!)}); type the number itself."));
                return null;
            }

            if (IsBlank(cell))
            {
                return null;
            }

            switch (cell.Kind)
            {
                case CellKind.Number:
                    var number = cell.Number;
                    if (Math.Abs(number) < 7.9e27)
                    {
                        return (decimal)number;
                    }

                    problems.Add(new InputProblem(Where(row, column), $"{cell.String} is too large."));
                    return null;
                case CellKind.Text:
                    var text = cell.String;
                    switch (ParseText(text, out var parsed))
                    {
                        case TextNumber.Number:
                            return parsed;
                        case TextNumber.Ambiguous:
                            problems.Add(new InputProblem(Where(row, column), $"'{Shorten(text.Trim())}' is ambiguous: type it without the dot ({Digits(text)}) or with a decimal comma."));
                            return null;
                        default:
                            problems.Add(new InputProblem(Where(row, column), $"'{Shorten(text.Trim())}' is not a number."));
                            return null;
                    }

                case CellKind.DateTime:
                case CellKind.TimeSpan:
                    problems.Add(new InputProblem(Where(row, column), $"'{Shorten(cell.DateShown!)}' is a date or time, not a number; format the cell as a number and type the value again."));
                    return null;
                default:
                    problems.Add(new InputProblem(Where(row, column), $"'{Shorten(cell.String)}' is not a number."));
                    return null;
            }
        }

        public string Where(int row, int column) => $"{name}: {sheetName}!{Address(row, column)}";
    }

    private enum TextNumber
    {
        NotANumber,
        Number,
        Ambiguous,
    }

    /// <summary>
    /// Parses a number typed as text: digits with an optional sign and either a decimal comma (dots then group
    /// thousands, Vietnamese style: <c>1.234,5</c>) or a single decimal point (<c>12.5</c>). Several dots without a
    /// comma group thousands (<c>1.234.567</c>); one dot before exactly three digits (<c>8.163</c>) could be either,
    /// and is ambiguous. Spaces are ignored.
    /// </summary>
    private static TextNumber ParseText(string text, out decimal value)
    {
        value = 0;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c == '\u2212' ? '-' : c);
            }
        }

        var t = builder.ToString();
        string invariant;
        if (IntegerPattern().IsMatch(t))
        {
            invariant = t;
        }
        else if (CommaDecimalPattern().IsMatch(t))
        {
            invariant = t.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }
        else if (SingleGroupPattern().IsMatch(t))
        {
            return TextNumber.Ambiguous;
        }
        else if (GroupedPattern().IsMatch(t))
        {
            invariant = t.Replace(".", string.Empty, StringComparison.Ordinal);
        }
        else if (PointDecimalPattern().IsMatch(t))
        {
            invariant = t;
        }
        else
        {
            return TextNumber.NotANumber;
        }

        return decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            ? TextNumber.Number
            : TextNumber.NotANumber;
    }

    private static string Digits(string text) => new([.. text.Where(c => char.IsDigit(c) || c is '-' or '+')]);

    private static string Address(int row, int column) =>
        string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + column - 1)}{row}");

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..59] + "…";

    [GeneratedRegex(@"^[+-]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[+-]?([0-9]{1,3}(\.[0-9]{3})+|[0-9]*),[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CommaDecimalPattern();

    [GeneratedRegex(@"^[+-]?[0-9]{1,3}\.[0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex SingleGroupPattern();

    [GeneratedRegex(@"^[+-]?[0-9]{1,3}(\.[0-9]{3}){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedPattern();

    [GeneratedRegex(@"^[+-]?[0-9]*\.[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PointDecimalPattern();
}
