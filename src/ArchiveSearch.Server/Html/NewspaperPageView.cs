using System.Globalization;
using System.Text;
using ArchiveSearch.Index.Permalinks;

namespace ArchiveSearch.Server.Html;

/// <summary>A whole newspaper page: its metadata, then each article in page order with its full text and permalink.</summary>
public static class NewspaperPageView
{
    public static string Render(ArchivePage page)
    {
        var first = page.First;
        var html = new StringBuilder();
        html.Append("<h1 tabindex=\"-1\">").Append(HtmlText.Escape(ArticleMeta.PageLine(first) is { Length: > 0 } line ? line : "版面")).Append("</h1>\n")
            .Append("<p class=\"meta\">").Append(page.Articles.Count).Append(" 篇，按版面顺序");
        if (first.Date is { } date && !string.IsNullOrEmpty(first.Paper))
        {
            var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var browse = $"/?from={day}&to={day}&paper={Uri.EscapeDataString(first.Paper)}";
            html.Append(" · <a class=\"same-day\" href=\"").Append(HtmlText.Escape(browse)).Append("\">当天本报全部文章</a>");
        }

        html.Append("</p>\n")
            .Append("<ol class=\"page-articles\">\n");
        foreach (var article in page.Articles)
        {
            html.Append("<li><article class=\"article\" id=\"a").Append(article.Ordinal).Append("\">\n")
                .Append("<h2><a href=\"").Append(HtmlText.Escape(ArticleLinks.Url(article.Id))).Append("\">").Append(HtmlText.Escape(article.Title)).Append("</a></h2>\n");
            if (!string.IsNullOrEmpty(article.Subtitle))
                html.Append("<p class=\"subtitle\">").Append(HtmlText.Escape(article.Subtitle)).Append("</p>\n");
            if (!string.IsNullOrEmpty(article.Byline))
                html.Append("<p class=\"meta\">").Append(HtmlText.Escape(article.Byline)).Append("</p>\n");
            foreach (var paragraph in article.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                html.Append("<p>").Append(HtmlText.Escape(paragraph)).Append("</p>\n");
            html.Append("</article></li>\n");
        }

        return html.Append("</ol>\n").ToString();
    }
}
