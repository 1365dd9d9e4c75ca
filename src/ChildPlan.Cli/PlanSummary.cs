using System.Globalization;
using ChildPlan.Reporting.Localization;

namespace ChildPlan.Cli;

/// <summary>Writes a readable summary of a plan.</summary>
internal static class PlanSummary
{
    public static void Write(Plan plan, TextWriter output)
    {
        var d = plan.Document;
        output.WriteLine(plan.Title);
        var placeDate = string.Join(", ", new[] { d.Place, d.Issued is { } issued ? VietnameseFormat.Date(issued) : null }.OfType<string>());
        output.WriteLine($"{PlanText.NumberLine(d)} · {d.Issuer}{(placeDate.Length > 0 ? " · " + placeDate : string.Empty)}");
        if (d.Signer is { } s)
        {
            output.WriteLine(CommandLineText.Signer(s));
        }

        output.WriteLine(CommandLineText.PlanCounts(plan));
        foreach (var goal in plan.Goals)
        {
            output.WriteLine();
            output.WriteLine($"{goal.Id}. {goal.Title}");
            foreach (var indicator in plan.Indicators.Where(i => i.GoalId == goal.Id))
            {
                var leads = indicator.Responsibility.Leads.Select(l => plan.FindAgency(l)?.Name ?? l).ToList();
                output.WriteLine("  " + CommandLineText.IndicatorLine(indicator, leads));
                foreach (var measure in indicator.Measures)
                {
                    output.WriteLine($"      {(measure.Name is null ? string.Empty : measure.Name + ": ")}{VietnameseFormat.Milestones(measure)}");
                }
            }
        }

        if (plan.Tasks.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(CommandLineText.TasksHeading);
            foreach (var task in plan.Tasks)
            {
                output.WriteLine("  " + CommandLineText.TaskLine(task));
            }
        }

        if (plan.Agencies.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(CommandLineText.AgenciesHeading);
            foreach (var agency in plan.Agencies)
            {
                var leads = plan.Indicators.Where(i => i.Responsibility.IsLead(agency.Id)).Select(i => i.Number?.ToString(CultureInfo.InvariantCulture) ?? i.Id).ToList();
                output.WriteLine("  " + CommandLineText.AgencyLine(agency, leads));
            }
        }

        if (plan.Reporting.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(CommandLineText.ReportingHeading);
            foreach (var step in plan.Reporting)
            {
                var via = CommandLineText.Via(step.Via is { } v ? plan.FindAgency(v)?.Name ?? v : null);
                output.WriteLine($"  [{CommandLineText.StepKind(step.Kind)}] {plan.FindAgency(step.From)?.Name ?? step.From} → {plan.FindAgency(step.To)?.Name ?? step.To}{via}: {CommandLineText.Due(step)}");
            }
        }
    }
}
