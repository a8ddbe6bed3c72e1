using System.Globalization;
using ArchiveSearch.Index.Schema;

namespace ArchiveSearch.Server.Html;

/// <summary>The line under a headline: paper, date, page, section, byline — what is known of them; an unknown paper or date is said to be unknown.</summary>
public static class ArticleMeta
{
    public static string Line(StoredArticle article) => string.Join(" · ", new[]
    {
        article.Paper ?? SourceText.NoPaper,
        article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? SourceText.NoDate,
        string.IsNullOrEmpty(article.Page) ? null : $"第{article.Page}版",
        article.Section,
        article.Byline,
    }.Where(s => !string.IsNullOrEmpty(s)));

    public static string PageLine(StoredArticle article) => string.Join(" · ", new[]
    {
        article.Paper ?? SourceText.NoPaper,
        article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? SourceText.NoDate,
        string.IsNullOrEmpty(article.Page) ? null : $"第{article.Page}版",
        article.Section,
    }.Where(s => !string.IsNullOrEmpty(s)));
}
