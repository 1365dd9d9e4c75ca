namespace ChildPlan.Profiles;

/// <summary>
/// Somewhere report templates come from, in the manner of Scriban's <c>ITemplateLoader</c>: the library's defaults,
/// a host's folder, templates built in code, or a profile that overrides some (the official annual report of a
/// province may differ from the library's). ChildPlan.Reporting looks a template up in templates built in code, then
/// the host's folder, then the profile, then its defaults; the first that has it wins. Names are relative
/// (<c>annual.html</c>, <c>partials/header.html</c>; see <see cref="TemplateNames"/>).
/// </summary>
public interface ITemplateSource
{
    /// <summary>What the source is, for messages and the parse cache (<c>default</c>, <c>profile dien-bien</c>, <c>folder /srv/templates</c>).</summary>
    string Description { get; }

    /// <summary>The names of the templates this source has, in ordinal order.</summary>
    IEnumerable<string> Names { get; }

    /// <summary>The text of the template called <paramref name="name"/>, or <see langword="null"/> when this source does not have it.</summary>
    string? Read(string name);

    /// <summary>
    /// Whether the text a name reads can change while the source lives (a folder on disk, templates added in code); the
    /// default, <see langword="true"/>, makes a renderer read the template at every render and parse it again when its
    /// text differs. A source whose templates are fixed (embedded resources) says <see langword="false"/>, and a renderer
    /// then reads and parses each of its templates once.
    /// </summary>
    bool CanChange => true;
}
