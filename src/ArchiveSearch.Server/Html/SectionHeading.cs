namespace ArchiveSearch.Server.Html;

/// <summary>
/// A section heading of an article's body (小标题), drawn alike on the page view and on the article's own page: an h3
/// with the role's tag, so a merged item's headline reads as a heading wherever the body is shown.
/// </summary>
public static class SectionHeading
{
    public const string Label = "小标题";

    /// <summary>The heading around text already escaped or marked.</summary>
    public static string Render(string innerHtml) =>
        $"<h3 class=\"block role-heading\"><span class=\"tag\">{Label}</span> {innerHtml}</h3>\n";
}
