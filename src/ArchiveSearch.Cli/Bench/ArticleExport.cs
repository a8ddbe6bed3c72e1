using ArchiveSearch.Index.Schema;

namespace ArchiveSearch.Cli.Bench;

/// <summary>
/// The indexed articles as the Java peer reads them: id, title, body per line, tabs and newlines escaped
/// away. Both sides index and count the same characters: headline (title and subtitle) and text (byline and body).
/// </summary>
internal static class ArticleExport
{
    public static (string Title, string Body) Flatten(StoredArticle article)
    {
        var title = string.IsNullOrEmpty(article.Subtitle) ? article.Title : article.Title + " " + article.Subtitle;
        var body = string.IsNullOrEmpty(article.Byline) ? article.Body : article.Byline + "\n" + article.Body;
        return (Clean(title), Clean(body));
    }

    public static string Line(string id, string title, string body) => $"{id}\t{title}\t{body.Replace("\n", "\\n", StringComparison.Ordinal)}";

    private static string Clean(string text) => text.Replace('\t', ' ').Replace("\r", "", StringComparison.Ordinal);
}
