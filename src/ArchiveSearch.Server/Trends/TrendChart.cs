using System.Globalization;
using System.Text;
using ArchiveSearch.Index.Trends;
using ArchiveSearch.Server.Html;

namespace ArchiveSearch.Server.Trends;

/// <summary>
/// A trend drawn on the server as SVG: one line per query (colour and dash by its place, classes <c>s0</c>–<c>s5</c>
/// of trends.css, so a black-and-white print still tells them apart), axes with a few round ticks, and each point a
/// link to the search of its query over its days, titled with its exact figures (the hover text; trends.js shows
/// the same for the keyboard). Coordinates are in a 640 × 300 box the page scales.
/// </summary>
public static class TrendChart
{
    private const double Width = 640, Height = 300, Left = 58, Right = 14, Top = 14, Bottom = 42;

    /// <summary>Beyond this many points a series is drawn as a line only; the table below still links every point.</summary>
    public const int MaxMarkers = 800;

    public static string Render(TrendResponse trend, TrendMeasure measure)
    {
        var n = trend.Points.Count;
        var values = trend.Series.Select(s => Enumerable.Range(0, n).Select(p => Value(s, p, measure)).ToArray()).ToList();
        var max = values.SelectMany(v => v).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        var (top, step) = Ticks(max, measure);
        double X(int p) => n == 1 ? Left + (Width - Left - Right) / 2 : Left + p * (Width - Left - Right) / (n - 1);
        double Y(double v) => Top + (Height - Top - Bottom) * (1 - v / top);

        var svg = new StringBuilder();
        var title = measure == TrendMeasure.Share ? "占同期全部文章的比例" : "篇数";
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"trend-svg\" viewBox=\"0 0 {Width} {Height}\" role=\"group\" aria-labelledby=\"chart-title\" font-size=\"12\">\n")
            .Append("<title id=\"chart-title\">").Append(HtmlText.Escape($"趋势图：{string.Join("、", trend.Series.Select(s => s.Query))}，纵轴为{title}")).Append("</title>\n");

        // Grid and y axis labels.
        for (var tick = 0.0; tick <= top + step / 2; tick += step)
        {
            var y = Y(tick);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{HtmlText.Escape(TickLabel(tick, measure))}</text>\n");
        }

        // X labels: about eight, evenly spaced.
        var every = Math.Max(1, (int)Math.Ceiling(n / 8.0));
        for (var p = 0; p < n; p += every)
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{X(p):0.#}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{HtmlText.Escape(trend.Points[p].Period)}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Height - Bottom}\" y2=\"{Height - Bottom}\"/>\n");

        for (var s = 0; s < trend.Series.Count; s++)
        {
            var series = trend.Series[s];
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"series s{s}\" data-query=\"{HtmlText.Escape(series.Query)}\">\n");
            // A point without articles in the archive has no share: the line breaks there.
            foreach (var run in Runs(values[s]))
            {
                svg.Append("<polyline class=\"line\" points=\"")
                    .AppendJoin(' ', run.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p):0.##},{Y(values[s][p]!.Value):0.##}")))
                    .Append("\"/>\n");
            }

            if (n <= MaxMarkers)
            {
                for (var p = 0; p < n; p++)
                {
                    if (values[s][p] is not { } v)
                        continue;
                    var point = trend.Points[p];
                    svg.Append("<a class=\"point\" href=\"").Append(HtmlText.Escape(TrendLinks.Search(series.Query, point, trend.Paper)))
                        .Append(CultureInfo.InvariantCulture, $"\" data-series=\"{s}\" data-point=\"{p}\" data-count=\"{series.Counts[p]}\" data-period=\"{HtmlText.Escape(point.Period)}\">")
                        .Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(p):0.##}\" cy=\"{Y(v):0.##}\" r=\"4\"/>")
                        .Append("<title>").Append(HtmlText.Escape(TrendFigures.Sentence(series, point, p))).Append("</title></a>\n");
                }
            }

            svg.Append("</g>\n");
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static double? Value(TrendSeries series, int p, TrendMeasure measure) =>
        measure == TrendMeasure.Count ? series.Counts[p] : series.Shares[p] * 100;

    /// <summary>Runs of consecutive points that have a value.</summary>
    private static IEnumerable<List<int>> Runs(double?[] values)
    {
        var run = new List<int>();
        for (var p = 0; p < values.Length; p++)
        {
            if (values[p] is null)
            {
                if (run.Count > 0)
                    yield return run;
                run = [];
                continue;
            }

            run.Add(p);
        }

        if (run.Count > 0)
            yield return run;
    }

    /// <summary>The top of the axis and the step between ticks: 1, 2 or 5 times a power of ten, four or five ticks.</summary>
    private static (double Top, double Step) Ticks(double max, TrendMeasure measure)
    {
        if (max <= 0)
            return (measure == TrendMeasure.Count ? 4 : 1, measure == TrendMeasure.Count ? 1 : 0.25);
        var rough = max / 4;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * power).First(s => s >= rough);
        if (measure == TrendMeasure.Count)
            step = Math.Max(1, Math.Round(step));
        return (Math.Ceiling(max / step) * step, step);
    }

    private static string TickLabel(double tick, TrendMeasure measure) =>
        measure == TrendMeasure.Count ? tick.ToString("N0", CultureInfo.InvariantCulture) : TrendFigures.Percent(Math.Round(tick, 6));
}
