namespace ArchiveSearch.Index.Permalinks;

/// <summary>The paths of the permanent pages: an article and a whole newspaper page.</summary>
public static class ArticleLinks
{
    public static string Url(string articleId) => "/articles/" + Uri.EscapeDataString(articleId);

    public static string PageUrl(string pageKey) => "/pages/" + Uri.EscapeDataString(pageKey);
}
