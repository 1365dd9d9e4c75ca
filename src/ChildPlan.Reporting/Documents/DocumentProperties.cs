using ChildPlan.Reporting.Model;

namespace ChildPlan.Reporting.Documents;

/// <summary>The properties a written document carries (DOCX core properties, PDF document information).</summary>
/// <param name="Title">The document's title (<c>BÁO CÁO Kết quả thực hiện … năm 2025</c>).</param>
/// <param name="Subject">What it is about (the plan's name).</param>
/// <param name="Author">Who issues it (the issuing agency's name).</param>
/// <param name="Language">The language of its text, a BCP 47 tag (<c>vi-VN</c>).</param>
public sealed record DocumentProperties(string Title, string Subject, string Author, string Language = "vi-VN")
{
    /// <summary>The properties of a report: its title and subject line, the plan's name, and its issuer.</summary>
    public static DocumentProperties Of(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new($"{model.Title} {model.Subject}".Trim(), model.Plan.Name, model.Issuer);
    }
}
