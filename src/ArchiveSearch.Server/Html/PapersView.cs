using System.Globalization;
using System.Text;
using ArchiveSearch.Index.Papers;

namespace ArchiveSearch.Server.Html;

/// <summary>
/// The pages for browsing by paper: the directory of papers, a paper's calendar of issues for one year (a day with
/// an issue is a link to it), and one day's issue, page by page with its articles.
/// </summary>
public static class PapersView
{
    private static readonly string[] Weekdays = ["一", "二", "三", "四", "五", "六", "日"];

    public static string Directory(PaperDirectoryAnswer answer)
    {
        var html = new StringBuilder("<h1 tabindex=\"-1\">报纸目录</h1>\n");
        if (answer.Papers.Count == 0)
            html.Append("<p class=\"status\">档案中还没有注明报名的版面。</p>\n");
        else
        {
            html.Append("<table class=\"papers\">\n<thead><tr><th scope=\"col\">报纸</th><th scope=\"col\">收录日期</th><th scope=\"col\">期数</th><th scope=\"col\">版数</th></tr></thead>\n<tbody>\n");
            foreach (var paper in answer.Papers)
            {
                html.Append("<tr><th scope=\"row\"><a href=\"").Append(HtmlText.Escape(PaperUrl(paper.Paper))).Append("\">")
                    .Append(HtmlText.Escape(paper.Paper)).Append("</a></th><td>")
                    .Append(paper.First is null ? "未注明日期" : paper.First == paper.Last ? paper.First : $"{paper.First} 至 {paper.Last}")
                    .Append("</td><td>").Append(paper.Issues).Append("</td><td>").Append(paper.Pages).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        if (answer.ArticlesWithoutPaper > 0)
            html.Append("<p class=\"notice unknown-source\">另有 ").Append(answer.ArticlesWithoutPaper)
                .Append(" 篇文章来源不明（未注明报名）：它们的版面没有说明报名和日期的附注文件。可以<a href=\"/\">检索</a>到它们。</p>\n");
        return html.ToString();
    }

    public static string Year(PaperSummary paper, PaperYearAnswer year)
    {
        var html = new StringBuilder();
        html.Append("<p class=\"crumbs\"><a href=\"/papers\">报纸目录</a> › ").Append(HtmlText.Escape(paper.Paper)).Append("</p>\n")
            .Append("<h1 tabindex=\"-1\">").Append(HtmlText.Escape(paper.Paper)).Append(' ').Append(year.Year).Append("年</h1>\n")
            .Append("<p class=\"meta\">")
            .Append(paper.First is null ? "未注明日期" : $"收录 {paper.First} 至 {paper.Last}").Append("，共 ").Append(paper.Issues).Append(" 期、")
            .Append(paper.Pages).Append(" 版；本年 ").Append(year.Issues.Count).Append(" 期。</p>\n");
        if (year.Years.Count > 0)
        {
            html.Append("<nav class=\"years\" aria-label=\"年份\">");
            foreach (var y in year.Years)
            {
                if (y == year.Year)
                    html.Append("<a aria-current=\"page\" href=\"").Append(HtmlText.Escape(YearUrl(paper.Paper, y))).Append("\">").Append(y).Append("</a>");
                else
                    html.Append("<a href=\"").Append(HtmlText.Escape(YearUrl(paper.Paper, y))).Append("\">").Append(y).Append("</a>");
            }

            html.Append("</nav>\n");
        }

        var issues = year.Issues.ToDictionary(i => i.Date, i => i.Pages, StringComparer.Ordinal);
        html.Append("<div class=\"calendar\">\n");
        for (var month = 1; month <= 12; month++)
        {
            var first = new DateOnly(year.Year, month, 1);
            var days = DateTime.DaysInMonth(year.Year, month);
            var inMonth = Enumerable.Range(1, days).Count(d => issues.ContainsKey(Format(first.AddDays(d - 1))));
            // A month without an issue is one line, so a year with a few issues is not a long scroll on a phone.
            if (inMonth == 0)
            {
                html.Append("<p class=\"month empty\">").Append(month).Append("月：无</p>\n");
                continue;
            }

            html.Append("<table class=\"month\">\n<caption>").Append(month).Append("月（").Append(inMonth).Append(" 期）</caption>\n<thead><tr>");
            foreach (var weekday in Weekdays)
                html.Append("<th scope=\"col\" abbr=\"星期").Append(weekday).Append("\">").Append(weekday).Append("</th>");
            html.Append("</tr></thead>\n<tbody><tr>");
            var column = ((int)first.DayOfWeek + 6) % 7;
            for (var i = 0; i < column; i++)
                html.Append("<td></td>");
            for (var d = 1; d <= days; d++)
            {
                var date = first.AddDays(d - 1);
                var key = Format(date);
                if (issues.TryGetValue(key, out var pages))
                    html.Append("<td class=\"issue\"><a href=\"").Append(HtmlText.Escape(DayUrl(paper.Paper, key))).Append("\" aria-label=\"")
                        .Append(month).Append('月').Append(d).Append("日，").Append(pages).Append(" 版\">").Append(d).Append("</a></td>");
                else
                    html.Append("<td>").Append(d).Append("</td>");
                if (++column % 7 == 0 && d < days)
                    html.Append("</tr>\n<tr>");
            }

            html.Append("</tr></tbody>\n</table>\n");
        }

        return html.Append("</div>\n").ToString();
    }

    public static string Issue(PaperIssueAnswer issue)
    {
        var year = issue.Date[..4];
        var html = new StringBuilder();
        html.Append("<p class=\"crumbs\"><a href=\"/papers\">报纸目录</a> › <a href=\"").Append(HtmlText.Escape(PaperUrl(issue.Paper))).Append("\">")
            .Append(HtmlText.Escape(issue.Paper)).Append("</a> › <a href=\"").Append(HtmlText.Escape(YearUrl(issue.Paper, int.Parse(year, CultureInfo.InvariantCulture))))
            .Append("\">").Append(year).Append("年</a></p>\n")
            .Append("<h1 tabindex=\"-1\">").Append(HtmlText.Escape(issue.Paper)).Append(' ').Append(issue.Date).Append("</h1>\n");
        if (issue.Pages.Count == 0)
            return html.Append("<p class=\"status\">这一天档案中没有本报的版面。</p>\n").ToString();
        html.Append("<p class=\"meta\">共 ").Append(issue.Pages.Count).Append(" 版，按版序排列。</p>\n<ol class=\"issue-pages\">\n");
        foreach (var page in issue.Pages)
        {
            var label = string.IsNullOrEmpty(page.Page) ? "未注明版次" : $"第{page.Page}版";
            if (!string.IsNullOrEmpty(page.Section))
                label += " · " + page.Section;
            html.Append("<li><h2><a href=\"").Append(HtmlText.Escape(page.Url)).Append("\">").Append(HtmlText.Escape(label)).Append("</a> <small>")
                .Append(page.Articles.Count).Append(" 篇</small></h2>\n<ul>\n");
            foreach (var article in page.Articles)
                html.Append("<li><a href=\"").Append(HtmlText.Escape(article.Url)).Append("\">").Append(HtmlText.Escape(article.Title)).Append("</a></li>\n");
            html.Append("</ul></li>\n");
        }

        return html.Append("</ol>\n").ToString();
    }

    public static string PaperUrl(string paper) => "/papers/" + Uri.EscapeDataString(paper);

    private static string YearUrl(string paper, int year) => PaperUrl(paper) + "/" + year.ToString("D4", CultureInfo.InvariantCulture);

    private static string DayUrl(string paper, string day) => PaperUrl(paper) + "/" + day;

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
