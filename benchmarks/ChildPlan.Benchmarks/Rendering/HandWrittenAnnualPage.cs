using System.Globalization;
using System.Text;
using ChildPlan.Reporting;
using ChildPlan.Reporting.Model;
using ChildPlan.Reporting.Rendering;

namespace ChildPlan.Benchmarks.Rendering;

/// <summary>
/// The library's annual report template (annual.html with its header, indicator-table and footer partials) written by
/// hand with a <see cref="StringBuilder"/> against the report model, every value escaped as the library escapes it: the floor
/// of rendering. The style partial has no expressions; it is read once, as a hand-written page would hold it as a constant.
/// </summary>
public sealed class HandWrittenAnnualPage
{
    private readonly string style = ReportRenderer.DefaultTemplates.Read("partials/style.html")!;

    /// <summary>Renders <paramref name="model"/>.</summary>
    public string Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var b = new StringBuilder(32 * 1024);
        var year = model.Year.ToString(CultureInfo.InvariantCulture);
        b.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>").E(model.Title).Append(" – ").E(model.Subject).Append("</title>\n");
        b.Append(style).Append("\n</head>\n<body>\n<div class=\"page\">\n");
        Header(b, model);
        b.Append("\n<p>");
        var plan = model.Plan;
        if (plan.IsPart)
        {
            b.Append("Căn cứ ").E(plan.Citation).Append(" về ").E(plan.Subject).Append(", ").E(model.Issuer).Append(" báo cáo kết quả thực hiện ").E(plan.Name).Append(" năm ").Append(year);
        }
        else
        {
            b.Append("Thực hiện ").E(plan.Citation).Append(" về ").E(plan.Subject).Append(", ").E(model.Issuer).Append(" báo cáo kết quả thực hiện năm ").Append(year);
        }

        b.Append(" trên địa bàn ").E(model.Unit.NameInText).Append(" như sau:</p>\n");
        if (model.Notes.Count > 0)
        {
            b.Append("<div class=\"notes\"><p><em>Ghi chú:</em></p>\n");
            foreach (var n in model.Notes)
            {
                b.Append("<p><em>- ").E(n).Append("</em></p>\n");
            }

            b.Append("</div>\n");
        }

        Section(b, "I", model.Sections[0], "(Cơ quan báo cáo bổ sung tình hình triển khai thực hiện.)");
        b.Append("\n<h2>II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU</h2>\n");
        if (plan.HasIndicators)
        {
            var s = model.Summary;
            b.Append("<p>Trong ").N(s.Total).Append(" chỉ tiêu (kể cả các chỉ tiêu thành phần) của năm ").Append(year).Append(", có ").N(s.WithData)
                .Append(" chỉ tiêu có số liệu: ").N(s.Exceeded).Append(" vượt chỉ tiêu, ").N(s.Achieved).Append(" đạt, ").N(s.NotAchieved).Append(" không đạt");
            if (s.OnTrack + s.OffTrack > 0)
            {
                b.Append(", ").N(s.OnTrack).Append(" đúng tiến độ, ").N(s.OffTrack).Append(" chậm tiến độ");
            }

            b.Append("; ").N(s.NoData).Append(" chỉ tiêu chưa có số liệu.");
            if (s.NoTarget > 0)
            {
                b.Append(" Không tính ").N(s.NoTarget).Append(" chỉ tiêu không có mục tiêu của năm ").Append(year).Append('.');
            }

            b.Append("</p>\n");
            IndicatorTable(b, model, year);
            b.Append('\n');
        }
        else
        {
            b.Append("<p>").E(plan.Title).Append(" không đặt chỉ tiêu định lượng; kết quả được báo cáo theo nội dung hoạt động và nhiệm vụ của từng cơ quan (mục III).</p>\n");
        }

        b.Append("\n<h2>III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ, HOẠT ĐỘNG</h2>\n");
        foreach (var t in model.Tasks)
        {
            b.Append("<h3>").E(t.KindCaption).Append(' ').E(t.Number).Append(". ").E(t.Title).Append("</h3>\n");
            if (t.Lead.Length > 0)
            {
                b.Append("<p>Cơ quan chủ trì: ").E(t.Lead);
                if (t.Support.Length > 0)
                {
                    b.Append("; phối hợp: ").E(t.Support);
                }

                b.Append(".</p>");
            }

            if (t.Area.Length > 0)
            {
                b.Append("<p>Địa bàn thực hiện: ").E(t.Area).Append("</p>");
            }

            b.Append("<p class=\"placeholder\">Kết quả: ……………………………………………</p>\n");
        }

        var duties = 0;
        foreach (var a in model.Agencies)
        {
            duties += a.Duties.Count;
        }

        if (model.Tasks.Count == 0 && duties == 0)
        {
            b.Append("<p class=\"placeholder\">(Văn bản không giao nhiệm vụ, hoạt động cụ thể.)</p>\n");
        }

        if (duties > 0)
        {
            b.Append("<h3>Nhiệm vụ của các cơ quan, đơn vị</h3>\n");
            foreach (var a in model.Agencies)
            {
                if (a.Duties.Count > 0)
                {
                    b.Append("<p><b>").E(a.Name).Append("</b>");
                    if (a.LeadsText.Length > 0)
                    {
                        b.Append(" (").E(a.LeadsText).Append(')');
                    }

                    b.Append(": ").N(a.Duties.Count).Append(" nhiệm vụ được giao. Kết quả: ……………………</p>\n");
                }
            }
        }

        b.Append('\n');
        var hasDeadlines = model.Deadlines.Count > 0;
        if (hasDeadlines)
        {
            b.Append("<h2>IV. THỜI HẠN BÁO CÁO NĂM ").Append(year).Append("</h2>\n<table class=\"data\">\n  <thead><tr><th>Báo cáo</th><th>Cơ quan báo cáo</th><th>Gửi</th><th>Thời hạn</th></tr></thead>\n  <tbody>\n");
            foreach (var d in model.Deadlines)
            {
                b.Append("    <tr><td>").E(d.KindCaption).Append("</td><td>").E(d.From).Append("</td><td>").E(d.To);
                if (d.Via.Length > 0)
                {
                    b.Append(" (qua ").E(d.Via).Append(')');
                }

                b.Append("</td><td>").E(d.DueText).Append("</td></tr>\n");
            }

            b.Append("  </tbody>\n</table>\n");
        }

        Section(b, hasDeadlines ? "V" : "IV", model.Sections[1], "(Cơ quan báo cáo bổ sung.)");
        Section(b, hasDeadlines ? "VI" : "V", model.Sections[2], "(Cơ quan báo cáo bổ sung.)");
        b.Append("\n<p>Trên đây là báo cáo kết quả thực hiện năm ").Append(year).Append(" của ").E(model.Issuer).Append("./.</p>\n");
        Footer(b, model);
        b.Append("\n</div>\n</body>\n</html>\n");
        return b.ToString();
    }

    private static void Section(StringBuilder b, string number, TextSection section, string placeholder)
    {
        b.Append("\n<h2>").Append(number).Append(". ").E(section.Heading.ToUpperInvariant()).Append("</h2>\n");
        if (section.Paragraphs.Count > 0)
        {
            foreach (var p in section.Paragraphs)
            {
                b.Append("<p>").E(p).Append("</p>\n");
            }
        }
        else
        {
            b.Append("<p class=\"placeholder\">").Append(placeholder).Append("</p>\n");
        }
    }

    private static void Header(StringBuilder b, ReportModel model)
    {
        if (model.IsSampleData)
        {
            b.Append("<div class=\"sample\">DỮ LIỆU MẪU – KHÔNG PHẢI SỐ LIỆU THẬT");
            if (!string.IsNullOrEmpty(model.DataSource))
            {
                b.Append(" (").E(model.DataSource).Append(')');
            }

            b.Append("</div>\n");
        }

        var h = model.Header;
        b.Append("<table class=\"doc-header\">\n  <tr>\n    <td class=\"left\">\n");
        if (!string.IsNullOrEmpty(h.ParentAgency))
        {
            b.Append("<div class=\"parent-agency\">").E(h.ParentAgency).Append("</div>");
        }

        b.Append("      <div class=\"issuing-agency\">").E(h.IssuingAgency).Append("</div>\n      <span class=\"rule\"></span>\n      <div class=\"number\">").E(h.Number)
            .Append("</div>\n    </td>\n    <td class=\"right\">\n      <div class=\"nation\">").E(h.Nation).Append("</div>\n      <div class=\"motto\">").E(h.Motto)
            .Append("</div>\n      <div class=\"place-date\">").E(h.PlaceDate).Append("</div>\n    </td>\n  </tr>\n</table>\n<h1 class=\"title\">").E(model.Title)
            .Append("</h1>\n<p class=\"subject\" style=\"text-indent:0\">").E(model.Subject).Append("</p>\n");
    }

    private static void IndicatorTable(StringBuilder b, ReportModel model, string year)
    {
        b.Append("<table class=\"data\">\n  <thead>\n    <tr>\n      <th>TT</th><th>Chỉ tiêu</th><th>Chỉ tiêu năm ").Append(year)
            .Append("</th><th>Thực hiện</th><th>Đánh giá</th><th>Cơ quan chủ trì</th>\n    </tr>\n  </thead>\n  <tbody>\n");
        foreach (var goal in model.Goals)
        {
            if (goal.Indicators.Count == 0)
            {
                continue;
            }

            b.Append("    <tr class=\"goal\"><td colspan=\"6\">").E(goal.Title).Append("</td></tr>\n");
            foreach (var row in goal.Indicators)
            {
                if (row.IsMeasure && row.StartsIndicator)
                {
                    b.Append("    <tr class=\"indicator\"><td class=\"center\">").E(row.Number).Append("</td><td>").E(row.Name).Append("</td><td></td><td></td><td></td><td>").E(row.Lead).Append("</td></tr>\n");
                }

                b.Append("    <tr>\n      <td class=\"center\">").E(row.Label).Append("</td>\n      <td>");
                if (row.IsMeasure)
                {
                    b.Append("- ");
                }

                b.E(row.Caption).Append("</td>\n      <td class=\"num\">").E(row.Target).Append("</td>\n      <td class=\"num\">").E(row.ActualText);
                if (row.Fraction.Length > 0)
                {
                    b.Append("<br><small>(").E(row.Fraction).Append(")</small>");
                }

                b.Append("</td>\n      <td class=\"").E(row.StatusClass).Append("\">").E(row.StatusCaption);
                if (row.Recorded.Length > 0 && row.Recorded != row.StatusCaption)
                {
                    b.Append("<br><small class=\"recorded\">(văn bản đánh giá: ").E(row.Recorded.ToLowerInvariant()).Append(")</small>");
                }

                if (row.Reason.Length > 0)
                {
                    b.Append("<br><small class=\"reason\">").E(row.Reason).Append("</small>");
                }

                b.Append("</td>\n      <td>");
                if (!row.IsMeasure)
                {
                    b.E(row.Lead);
                }

                b.Append("</td>\n    </tr>\n");
            }
        }

        b.Append("  </tbody>\n</table>\n");
    }

    private static void Footer(StringBuilder b, ReportModel model)
    {
        b.Append("<table class=\"doc-footer\">\n  <tr>\n    <td class=\"recipients\">\n      <div class=\"recipients-title\">Nơi nhận:</div>\n      <ul class=\"recipients\">\n");
        for (var i = 0; i < model.Recipients.Count; i++)
        {
            b.Append("        <li>").E(model.Recipients[i]).Append(i == model.Recipients.Count - 1 ? '.' : ';').Append("</li>\n");
        }

        var s = model.Signature;
        b.Append("      </ul>\n    </td>\n    <td class=\"signature\">\n");
        if (s.Authority.Length > 0)
        {
            b.Append("<div>").E(s.Authority).Append("</div>");
        }

        if (s.Capacity.Length > 0)
        {
            b.Append("<div>").E(s.Capacity).Append("</div>");
        }

        b.Append("      <div>").E(s.Title).Append("</div>\n      <div class=\"signature-space\"></div>\n      <div>").E(s.Name).Append("</div>\n    </td>\n  </tr>\n</table>\n");
    }
}
