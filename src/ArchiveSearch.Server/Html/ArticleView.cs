using System.Globalization;
using System.Text;
using ArchiveSearch.Index.Permalinks;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Server.Html;

/// <summary>
/// An article's own page: headline, metadata, the whole text with the query's matches marked (its section headings as
/// headings), a citation line to copy, the previous and next article of its page, a link to the whole page, and a section that
/// <c>/article.js</c> fills with earlier coverage.
/// </summary>
public static class ArticleView
{
    public static string Render(StoredArticle article, ArchivePage? page, IReadOnlyList<string> marks, string? query, string absoluteUrl, string? formerlyHere = null)
    {
        var html = new StringBuilder();
        if (formerlyHere is not null)
            html.Append("<p class=\"notice\">本版重新切分过，这个链接以前所指的文章现在在<a class=\"formerly-here\" href=\"")
                .Append(HtmlText.Escape(ArticleLinks.Url(formerlyHere))).Append("\">这里</a>。</p>\n");
        if (!string.IsNullOrWhiteSpace(query))
            html.Append("<p class=\"crumbs\"><a class=\"back-to-results\" href=\"/?q=").Append(HtmlText.Escape(Uri.EscapeDataString(query)))
                .Append("\">← 返回“").Append(HtmlText.Escape(query)).Append("”的检索结果</a></p>\n");
        html.Append(CutNotice.Render(article));
        html.Append("<article class=\"article\" data-id=\"").Append(HtmlText.Escape(article.Id)).Append("\" data-date=\"")
            .Append(article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "").Append("\">\n")
            .Append("<h1 class=\"article-title\" tabindex=\"-1\">").Append(QueryMarks.Mark(article.Title, marks)).Append("</h1>\n");
        if (!string.IsNullOrEmpty(article.Subtitle))
            html.Append("<p class=\"subtitle\">").Append(QueryMarks.Mark(article.Subtitle, marks)).Append("</p>\n");
        html.Append("<p class=\"meta\">").Append(HtmlText.Escape(ArticleMeta.PageLine(article)));
        if (!string.IsNullOrEmpty(article.Byline))
            html.Append(" · <span class=\"byline\">").Append(QueryMarks.Mark(article.Byline, marks)).Append("</span>");
        html.Append("</p>\n");
        foreach (var paragraph in article.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (article.IsHeading(paragraph))
                html.Append(SectionHeading.Render(QueryMarks.Mark(paragraph, marks)));
            else
                html.Append("<p>").Append(QueryMarks.Mark(paragraph, marks)).Append("</p>\n");
        }

        html.Append("</article>\n");

        html.Append(CitationSection.Render(article, absoluteUrl, DateOnly.FromDateTime(DateTime.Now)));

        html.Append("<nav class=\"page-nav\" aria-label=\"同版文章\">\n");
        if (page is not null)
        {
            var index = page.Articles.ToList().FindIndex(a => a.Id == article.Id);
            if (index > 0)
                html.Append(Link("prev", "上一篇", page.Articles[index - 1], query));
            if (index >= 0 && index < page.Articles.Count - 1)
                html.Append(Link("next", "下一篇", page.Articles[index + 1], query));
            html.Append("<a class=\"whole-page\" href=\"").Append(HtmlText.Escape(ArticleLinks.PageUrl(page.Key) + "?article=" + Uri.EscapeDataString(article.Id) + "#a" + article.Ordinal)).Append("\">本版全部文章（")
                .Append(page.Articles.Count).Append("篇）</a>\n");
        }

        html.Append("</nav>\n");
        html.Append("<section id=\"coverage\" class=\"related\" aria-labelledby=\"coverage-heading\" data-id=\"").Append(HtmlText.Escape(article.Id))
            .Append("\" data-before=\"").Append(article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "").Append("\">\n")
            .Append("<h2 id=\"coverage-heading\">此前的相关报道</h2>\n<p class=\"status\">载入中…</p>\n</section>\n");
        return html.ToString();
    }

    private static string Link(string rel, string label, StoredArticle target, string? query)
    {
        var href = ArticleLinks.Url(target.Id) + (string.IsNullOrWhiteSpace(query) ? "" : "?q=" + Uri.EscapeDataString(query));
        return $"<a rel=\"{rel}\" class=\"{rel}\" href=\"{HtmlText.Escape(href)}\">{label}：{HtmlText.Escape(target.Title)}</a>\n";
    }
}
