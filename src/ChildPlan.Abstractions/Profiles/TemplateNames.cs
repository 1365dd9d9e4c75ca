namespace ChildPlan.Profiles;

/// <summary>Template names: relative, forward slashes, no <c>..</c>, letters, digits, <c>-</c>, <c>_</c>, <c>.</c> and <c>/</c> only.</summary>
public static class TemplateNames
{
    /// <summary>The file extension template files carry (<c>annual.html.sbn</c>).</summary>
    public const string FileExtension = ".sbn";

    /// <summary>Whether <paramref name="name"/> is a safe relative template name.</summary>
    public static bool IsValid(string name) =>
        !string.IsNullOrEmpty(name)
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/')
        && !name.StartsWith('/')
        && name.Split('/').All(part => part.Length > 0 && part != "." && part != "..");
}
