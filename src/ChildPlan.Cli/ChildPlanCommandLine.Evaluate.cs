using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChildPlan.Indicators;
using ChildPlan.Reporting.Localization;

namespace ChildPlan.Cli;

public sealed partial class ChildPlanCommandLine
{
    private Command EvaluateCommand()
    {
        var yearOption = CommonOptions.OnlyYear("Only this year (default: every year with a target or data).");
        var unitOption = CommonOptions.Unit("The administrative unit code evaluated (default: the plan's area).");
        var command = new Command("evaluate", "Evaluate indicator data against a plan's targets: per indicator and year, the target, actual, status and progress.")
        {
            options.Profile, options.Plan, options.PlanFile, options.Data, options.Units, options.Changes, yearOption, unitOption, options.Geography, options.Culture, options.EvaluateFormat,
        };
        command.SetAction(parse => Guard(() =>
        {
            var (plan, profile) = ResolvePlan(parse);
            var dataset = LoadDataset(parse.GetValue(options.Data), options.CultureOf(parse), plan, profile);
            var units = LoadUnits(parse.GetValue(options.Units), profile);
            var evaluation = PlanEvaluator.Evaluate(
                plan,
                dataset?.Observations ?? [],
                new AdministrativeHierarchy(units, LoadChanges(parse, profile, units)),
                new EvaluationOptions { Year = parse.GetValue(yearOption), UnitCode = parse.GetValue(unitOption), Geography = parse.GetValue(options.Geography) });
            cancellation.ThrowIfCancellationRequested();
            if (options.EvaluateFormatOf(parse) == EvaluationFormat.Json)
            {
                WriteJson(evaluation);
            }
            else
            {
                WriteText(evaluation, units, dataset is { IsSample: true } ? CommandLineText.SampleDataName(dataset.Name) : dataset?.Name, parse.GetValue(options.Geography));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private void WriteText(PlanEvaluation evaluation, IReadOnlyList<AdministrativeUnit> units, string? dataName, NodaTime.LocalDate? geography)
    {
        var plan = evaluation.Plan;
        // The unit as it is on the map shown (a reused code names the new unit on a later map).
        var unitName = evaluation.Results.Select(r => r.Unit).FirstOrDefault(u => u is not null)?.Name ?? units.FirstOrDefault(u => u.Code == evaluation.UnitCode)?.Name;
        output.WriteLine(plan.Title);
        output.WriteLine(CommandLineText.EvaluationHeader(plan, evaluation.UnitCode, unitName, dataName));
        if (geography is { } map)
        {
            output.WriteLine(CommandLineText.MapLine(map));
        }

        output.WriteLine();
        var hasRecorded = evaluation.Results.Any(r => r.Recorded is not null);
        string[] headers = [.. CommandLineText.EvaluationColumns];
        var table = new TextTable(hasRecorded ? [.. headers, CommandLineText.RecordedColumn] : headers);
        foreach (var r in evaluation.Results)
        {
            string[] cells =
            [
                r.Key,
                r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Shorten(r.Measure.Name is null ? r.Indicator.Name : $"{r.Indicator.Name} – {r.Measure.Name}", 44),
                ResultText.Target(r) is { Length: > 0 } target ? target : ResultText.None,
                ResultText.Actual(r),
                StatusNames.Caption(r.Status),
                ResultText.Progress(r),
            ];
            table.Add(hasRecorded ? [.. cells, r.Recorded is { } rec ? StatusNames.Caption(rec.Status) : string.Empty] : cells);
        }

        table.WriteTo(output);
        output.WriteLine();
        var reasons = evaluation.Results.Where(r => r.Reason is not null).ToList();
        if (reasons.Count > 0)
        {
            output.WriteLine(CommandLineText.ReasonsHeading);
            foreach (var r in reasons)
            {
                output.WriteLine($"  {r.Key} {r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {ResultText.Reason(r)}");
            }

            output.WriteLine();
        }

        var counts = evaluation.Results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()));
        output.WriteLine(CommandLineText.StatusTotals(counts));
        var judged = Judged(evaluation);
        if (judged.Count > 0)
        {
            foreach (var line in StatusNames.AgreementLines(judged, r => CommandLineText.JudgedResult(r.Key, r.Year)))
            {
                output.WriteLine(CommandLineText.Agreement(line));
            }
        }
    }

    /// <summary>The results the document itself judged and that have data, each with how ChildPlan's status compares.</summary>
    private static List<(IndicatorResult Item, VerdictAgreement Agreement)> Judged(PlanEvaluation evaluation) =>
        evaluation.Results.Where(r => r.Recorded is not null && r.Actual is not null).Select(r => (r, r.Recorded!.Compare(r.Status))).ToList();

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    private void WriteJson(PlanEvaluation evaluation)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("plan", evaluation.Plan.Id);
            w.WriteString("unit", evaluation.UnitCode);
            w.WriteStartArray("results");
            foreach (var r in evaluation.Results)
            {
                w.WriteStartObject();
                w.WriteString("indicator", r.Indicator.Id);
                if (r.Measure.Id is { } m)
                {
                    w.WriteString("measure", m);
                }

                w.WriteNumber("year", r.Year);
                w.WriteString("unit", r.UnitCode);
                w.WriteString("geography", NodaTime.Text.LocalDatePattern.Iso.Format(r.Geography));
                w.WriteString("status", r.Status.ToString());
                if (r.Actual is { } a)
                {
                    w.WriteNumber("actual", Math.Round(a.Value, 4));
                    if (a is { Numerator: { } n, Denominator: { } d })
                    {
                        w.WriteNumber("numerator", n);
                        w.WriteNumber("denominator", d);
                    }

                    if (a.RolledUp)
                    {
                        w.WriteBoolean("rolledUp", true);
                    }

                    if (a.CarriedOver)
                    {
                        w.WriteBoolean("carriedOver", true);
                    }

                    if (a.Coverage is { } coverage)
                    {
                        w.WriteStartObject("coverage");
                        w.WriteNumber("reporting", coverage.Reporting);
                        w.WriteNumber("total", coverage.Total);
                        w.WriteEndObject();
                    }
                }
                else
                {
                    w.WriteNull("actual");
                }

                if (r.Reason is { } reason)
                {
                    w.WriteStartObject("reason");
                    w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(reason.Kind.ToString()));
                    w.WriteString("unit", reason.Unit.Code);
                    w.WriteStartArray("blocking");
                    foreach (var b in reason.Blocking)
                    {
                        w.WriteStringValue(b.Code);
                    }

                    w.WriteEndArray();
                    w.WriteString("text", ResultText.Reason(r));
                    w.WriteEndObject();
                }

                if (r.Judgement.Target is { } t)
                {
                    w.WriteStartObject("target");
                    w.WriteString("op", t.Comparison.Symbol());
                    if (t.Comparison == Comparison.Between)
                    {
                        w.WriteNumber("min", t.Value);
                        w.WriteNumber("max", t.Max!.Value);
                    }
                    else
                    {
                        w.WriteNumber("value", t.Value);
                    }

                    w.WriteEndObject();
                }
                else
                {
                    w.WriteNull("target");
                }

                if (r.Judgement.Expected is { } e)
                {
                    w.WriteNumber("expected", Math.Round(e, 4));
                }

                if (r.Judgement.Progress is { } p)
                {
                    w.WriteNumber("progress", Math.Round(p, 4));
                }

                if (r.Recorded is { } rec)
                {
                    w.WriteString("recorded", rec.Status.ToString());
                    if (r.Actual is not null)
                    {
                        w.WriteString("agreement", AgreementName(rec.Compare(r.Status)));
                    }
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            var judged = Judged(evaluation);
            if (judged.Count > 0)
            {
                w.WriteStartObject("agreement");
                w.WriteNumber("judged", judged.Count);
                foreach (var kind in Enum.GetValues<VerdictAgreement>())
                {
                    w.WriteNumber(AgreementName(kind), judged.Count(j => j.Agreement == kind));
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string AgreementName(VerdictAgreement agreement) => agreement switch
    {
        VerdictAgreement.Exact => "exact",
        VerdictAgreement.Compatible => "compatible",
        _ => "different",
    };
}
