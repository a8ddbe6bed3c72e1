using System.Text;
using ArchiveSearch.Index.Trends;
using ArchiveSearch.Server.Html;

namespace ArchiveSearch.Server.Trends;

/// <summary>
/// The <c>/trends</c> page, rendered on the server: a form of up to six queries, the period, range and paper; the
/// chart (<see cref="TrendChart"/>), a legend, a line that reads out the point under the pointer or focus, links
/// to the CSV and JSON, and a table of every figure, each linking to its search. Works without script; prints.
/// </summary>
public static class TrendsPage
{
    public static string Render(TrendParameters parameters, TrendMeasure measure, IReadOnlyList<string> papers, TrendResponse? trend, string? error)
    {
        var main = new StringBuilder();
        main.Append("<h1>词频趋势</h1>\n<p class=\"lead\">比较最多六个检索式逐年、逐月或逐日出现在多少篇文章里，以及占同期全部文章的比例（档案逐年增多，比例才看得出升降）。</p>\n");
        Form(main, parameters, measure, papers, trend?.By ?? TrendCounter.Name(TrendParameters.ParseByOrDefault(parameters.By)));
        if (error is not null)
            main.Append("<p class=\"status error\" role=\"alert\">").Append(HtmlText.Escape(error)).Append("</p>\n");
        else if (trend is not null)
            Result(main, trend, measure, parameters);
        return PageShell.Render(trend is null ? "词频趋势" : $"{string.Join(" / ", trend.Series.Select(s => s.Query))} · 词频趋势", main.ToString(), ["/trends.css"], "/trends.js");
    }

    private static void Form(StringBuilder html, TrendParameters parameters, TrendMeasure measure, IReadOnlyList<string> papers, string by)
    {
        var queries = parameters.Queries;
        html.Append("<form class=\"trend-form\" method=\"get\" action=\"/trends\">\n<fieldset class=\"trend-queries\"><legend>检索式（最多六个，语法同检索页）</legend>\n");
        for (var i = 0; i < TrendCounter.MaxQueries; i++)
        {
            var value = i < queries.Count ? queries[i] : "";
            html.Append($"<label class=\"trend-q\"><span class=\"swatch s{i}\" aria-hidden=\"true\"></span><span class=\"visually-hidden\">检索式 {i + 1}</span>")
                .Append($"<input id=\"q{i}\" name=\"q\" type=\"search\" autocomplete=\"off\" value=\"").Append(HtmlText.Escape(value)).Append('"')
                .Append(i == 0 ? " placeholder=\"如 下岗\"" : i == 1 ? " placeholder=\"如 再就业\"" : "").Append("></label>\n");
        }

        html.Append("</fieldset>\n<div class=\"trend-options\">\n<label>按 <select id=\"by\" name=\"by\">");
        foreach (var (value, label) in new[] { ("year", "年"), ("month", "月"), ("day", "日") })
            html.Append($"<option value=\"{value}\"").Append(value == by ? " selected" : "").Append($">{label}</option>");
        html.Append("</select></label>\n")
            .Append("<label>从 <input id=\"from\" name=\"from\" type=\"text\" inputmode=\"numeric\" size=\"11\" placeholder=\"2000 或 2000-01\" value=\"").Append(HtmlText.Escape(parameters.From)).Append("\"></label>\n")
            .Append("<label>到 <input id=\"to\" name=\"to\" type=\"text\" inputmode=\"numeric\" size=\"11\" placeholder=\"2024-12\" value=\"").Append(HtmlText.Escape(parameters.To)).Append("\"></label>\n")
            .Append("<label>报纸 <select id=\"paper\" name=\"paper\"><option value=\"\">全部报纸</option>");
        foreach (var paper in papers)
            html.Append("<option").Append(paper == parameters.Paper?.Trim() ? " selected" : "").Append('>').Append(HtmlText.Escape(paper)).Append("</option>");
        html.Append("</select></label>\n<fieldset class=\"trend-measure\"><legend>纵轴</legend>")
            .Append("<label><input type=\"radio\" name=\"measure\" value=\"share\"").Append(measure == TrendMeasure.Share ? " checked" : "").Append("> 占比</label>")
            .Append("<label><input type=\"radio\" name=\"measure\" value=\"count\"").Append(measure == TrendMeasure.Count ? " checked" : "").Append("> 篇数</label></fieldset>\n")
            .Append("<button id=\"draw\" type=\"submit\">绘制</button>\n</div>\n</form>\n");
    }

    private static void Result(StringBuilder html, TrendResponse trend, TrendMeasure measure, TrendParameters parameters)
    {
        var query = TrendLinks.Query(trend.Series.Select(s => s.Query), trend.By, parameters.From, parameters.To, trend.Paper);
        html.Append("<section class=\"trend\" aria-labelledby=\"trend-heading\">\n<h2 id=\"trend-heading\">")
            .Append(HtmlText.Escape(trend.Points.Count == 0 ? "档案中没有这段时间的文章" : $"{trend.Points[0].Period} 至 {trend.Points[^1].Period}，{(trend.Paper ?? "全部报纸")}，按{ByName(trend.By)}"))
            .Append("</h2>\n<ul class=\"legend\">\n");
        for (var s = 0; s < trend.Series.Count; s++)
        {
            html.Append($"<li class=\"s{s}\"><span class=\"swatch s{s}\" aria-hidden=\"true\"></span>")
                .Append(HtmlText.Escape(trend.Series[s].Query)).Append("<span class=\"count\">共 ").Append(TrendFigures.Count(trend.Series[s].Total)).Append(" 篇</span></li>\n");
        }

        html.Append("</ul>\n");
        if (trend.Points.Count > 0)
        {
            html.Append("<div class=\"trend-chart\">\n").Append(TrendChart.Render(trend, measure)).Append("</div>\n")
                .Append("<p id=\"readout\" class=\"readout\" aria-live=\"polite\">指向或用 Tab 键选中一个点，这里显示它的确切数字；点击打开该时段的检索结果。</p>\n");
        }

        html.Append("<p class=\"trend-links\">下载数据 <a id=\"trend-csv\" href=\"/api/trends?").Append(HtmlText.Escape(query + "&format=csv")).Append("\">CSV</a> ")
            .Append("<a id=\"trend-json\" href=\"/api/trends?").Append(HtmlText.Escape(query)).Append("\">JSON</a>")
            .Append(" · 耗时 ").Append(trend.TookMs).Append(" ms</p>\n");
        if (trend.Points.Count > 0)
            Table(html, trend);
        html.Append("</section>\n");
    }

    private static void Table(StringBuilder html, TrendResponse trend)
    {
        html.Append("<div class=\"trend-table\"><table>\n<caption>各时段篇数与占比（点击数字打开检索结果）</caption>\n<thead><tr><th scope=\"col\">时段</th><th scope=\"col\">全部文章</th>");
        for (var s = 0; s < trend.Series.Count; s++)
            html.Append($"<th scope=\"col\" class=\"s{s}\">").Append(HtmlText.Escape(trend.Series[s].Query)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        for (var p = 0; p < trend.Points.Count; p++)
        {
            var point = trend.Points[p];
            html.Append("<tr><th scope=\"row\">").Append(HtmlText.Escape(point.Period)).Append("</th><td>").Append(TrendFigures.Count(point.Total)).Append("</td>");
            for (var s = 0; s < trend.Series.Count; s++)
            {
                var series = trend.Series[s];
                html.Append("<td><a href=\"").Append(HtmlText.Escape(TrendLinks.Search(series.Query, point, trend.Paper))).Append("\">")
                    .Append(TrendFigures.Count(series.Counts[p])).Append("</a> <span class=\"share\">").Append(TrendFigures.Share(series.Shares[p])).Append("</span></td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
    }

    private static string ByName(string by) => by switch
    {
        "year" => "年",
        "day" => "日",
        _ => "月",
    };
}
