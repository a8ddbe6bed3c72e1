using System.Text;

namespace ArchiveSearch.Server.Html;

/// <summary>
/// The frame of every server-rendered page: language, viewport, the shared style sheet, a skip link, the site
/// header. Scripts are same-origin files only (no inline script or handler), so a strict content security policy holds.
/// </summary>
public static class PageShell
{
    /// <summary>Where the header says who is signed in; <c>account.js</c> fills it on every page, static or rendered.</summary>
    public const string AccountSlot = "<div class=\"site-account\" id=\"site-account\" aria-label=\"账户\"></div>";

    public const string AccountScript = "/account.js";

    public static string Render(string title, string main, params string[] scripts) => Render(title, main, [], scripts);

    /// <summary>A page with style sheets of its own after the shared one.</summary>
    public static string Render(string title, string main, string[] stylesheets, params string[] scripts)
    {
        var html = new StringBuilder(main.Length + 1024);
        html.Append("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Escape(title)).Append(" · ArchiveSearch</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/app.css\">\n");
        foreach (var stylesheet in stylesheets)
            html.Append("<link rel=\"stylesheet\" href=\"").Append(HtmlText.Escape(stylesheet)).Append("\">\n");
        html.Append("</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#main\">跳到正文</a>\n")
            .Append("<header class=\"site\"><a class=\"brand\" href=\"/\">ArchiveSearch <small>报纸档案检索</small></a>")
            .Append("<nav class=\"site-nav\" aria-label=\"站点\"><a href=\"/\">检索</a><a href=\"/papers\">报纸目录</a><a href=\"/coverage\">往期报道</a><a href=\"/trends\">词频趋势</a></nav>")
            .Append(AccountSlot).Append("</header>\n")
            .Append("<main id=\"main\" class=\"permalink\" tabindex=\"-1\">\n").Append(main).Append("</main>\n");
        foreach (var script in scripts.Prepend(AccountScript))
            html.Append("<script src=\"").Append(HtmlText.Escape(script)).Append("\"></script>\n");
        return html.Append("</body>\n</html>\n").ToString();
    }
}
