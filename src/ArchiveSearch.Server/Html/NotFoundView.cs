namespace ArchiveSearch.Server.Html;

/// <summary>The page for an id the archive does not know: says so in the page's language and offers the search.</summary>
public static class NotFoundView
{
    public static string Render(string what, string id) =>
        $"<h1 tabindex=\"-1\">未找到{HtmlText.Escape(what)}</h1>\n<p>档案中没有编号为“{HtmlText.Escape(id)}”的{HtmlText.Escape(what)}。</p>\n<p><a href=\"/\">去检索</a></p>\n";
}
