using System.Text;
using ArchiveSearch.Index.Schema;

namespace ArchiveSearch.Server.Html;

/// <summary>The citation box of an article's page: each style with its own copy button, and the permalink to copy.</summary>
public static class CitationSection
{
    public static string Render(StoredArticle article, string absoluteUrl, DateOnly accessed)
    {
        var html = new StringBuilder("<section class=\"citation\" aria-labelledby=\"citation-heading\">\n<h2 id=\"citation-heading\">引用</h2>\n");
        Form(html, "citation-text", "GB/T 7714（网络版，含引用日期）", Citation.GbtOnline(article, absoluteUrl, accessed));
        Form(html, "citation-print", "GB/T 7714（纸本）", Citation.GbtPrint(article));
        Form(html, "citation-chicago", "Chicago", Citation.Chicago(article, absoluteUrl, accessed));
        html.Append("<div class=\"citation-form permalink-copy\"><span class=\"citation-label\">永久链接</span> <code id=\"permalink\" class=\"citation-text\">")
            .Append(HtmlText.Escape(absoluteUrl)).Append("</code>\n<button type=\"button\" class=\"copy-permalink\" data-copy=\"permalink\">复制永久链接</button> <span class=\"copied\" role=\"status\"></span></div>\n");
        return html.Append("</section>\n").ToString();
    }

    private static void Form(StringBuilder html, string id, string label, string text) =>
        html.Append("<div class=\"citation-form\"><span class=\"citation-label\" id=\"").Append(id).Append("-label\">").Append(HtmlText.Escape(label)).Append("</span>\n")
            .Append("<p id=\"").Append(id).Append("\" class=\"citation-text\" aria-labelledby=\"").Append(id).Append("-label\">").Append(HtmlText.Escape(text)).Append("</p>\n")
            .Append("<button type=\"button\" class=\"copy-citation\" data-copy=\"").Append(id).Append("\">复制</button> <span class=\"copied\" role=\"status\"></span></div>\n");
}
