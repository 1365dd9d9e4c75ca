using System.Globalization;
using ChildPlan.Formatting;

namespace ChildPlan.Cli;

/// <summary>Writes a readable summary of a plan.</summary>
internal static class PlanSummary
{
    public static void Write(Plan plan, TextWriter output)
    {
        var d = plan.Document;
        output.WriteLine(plan.Title);
        var placeDate = string.Join(", ", new[] { d.Place, d.Issued is { } issued ? VietnameseFormat.Date(issued) : null }.OfType<string>());
        output.WriteLine($"{d.Kind} {d.Symbol ?? "(không số)"} · {d.Issuer}{(placeDate.Length > 0 ? " · " + placeDate : string.Empty)}");
        if (d.Signer is { } s)
        {
            output.WriteLine($"Ký: {string.Join(" / ", new[] { s.Authority, s.Capacity, s.Title }.OfType<string>())} {s.Name ?? "(không ghi tên)"}");
        }

        output.WriteLine($"Giai đoạn: {plan.Years} · {plan.Goals.Count} mục tiêu · {plan.Indicators.Count} chỉ tiêu · {plan.Tasks.Count} nhiệm vụ · {plan.Agencies.Count} cơ quan · {plan.Reporting.Count} bước báo cáo");
        foreach (var goal in plan.Goals)
        {
            output.WriteLine();
            output.WriteLine($"{goal.Id}. {goal.Title}");
            foreach (var indicator in plan.Indicators.Where(i => i.GoalId == goal.Id))
            {
                var lead = indicator.Responsibility.Lead is { } l ? plan.FindAgency(l)?.Name ?? l : "chưa giao";
                output.WriteLine($"  {indicator.Id}  {indicator.Name}  [chủ trì: {lead}]");
                foreach (var measure in indicator.Measures)
                {
                    var targets = string.Join("; ", measure.Targets.Select(t =>
                        (t.FromYear is { } f ? $"{f}–{t.Year}" : t.Year.ToString(CultureInfo.InvariantCulture)) + ": " + VietnameseFormat.Target(t, measure.Unit)));
                    output.WriteLine($"      {(measure.Name is null ? string.Empty : measure.Name + ": ")}{targets}");
                }
            }
        }

        if (plan.Tasks.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Nhiệm vụ, hoạt động:");
            foreach (var task in plan.Tasks)
            {
                output.WriteLine($"  {task.Number ?? task.Id}. {task.Title} ({task.Activities.Count} hoạt động)");
            }
        }

        if (plan.Agencies.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Cơ quan:");
            foreach (var agency in plan.Agencies)
            {
                var leads = plan.Indicators.Where(i => i.Responsibility.Lead == agency.Id).Select(i => i.Number?.ToString(CultureInfo.InvariantCulture) ?? i.Id).ToList();
                output.WriteLine($"  {(agency.Requested ? "Đề nghị " : string.Empty)}{agency.Name}{(leads.Count > 0 ? $" — chủ trì chỉ tiêu {string.Join(", ", leads)}" : string.Empty)}");
            }
        }

        if (plan.Reporting.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Chế độ báo cáo:");
            foreach (var step in plan.Reporting)
            {
                var due = step.Due switch
                {
                    { Annual: { } a, Before: var before } => (before ? "trước ngày " : "trước/đến ngày ") + VietnameseFormat.DayMonth(a) + " hằng năm",
                    { Once: { } o, Before: var before } => (before ? "trước ngày " : "ngày ") + VietnameseFormat.Numeric(o),
                    _ => step.Year is { } y ? $"năm {y}" : "văn bản không nêu hạn",
                };
                var via = step.Via is { } v ? $" (qua {plan.FindAgency(v)?.Name ?? v})" : string.Empty;
                output.WriteLine($"  [{step.Kind}] {plan.FindAgency(step.From)?.Name ?? step.From} → {plan.FindAgency(step.To)?.Name ?? step.To}{via}: {due}");
            }
        }
    }
}
