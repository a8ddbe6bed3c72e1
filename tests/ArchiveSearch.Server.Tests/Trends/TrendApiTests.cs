using System.Globalization;
using System.Net;
using System.Text.Json;

namespace ArchiveSearch.Server.Tests.Trends;

/// <summary><c>GET /api/trends</c> as JSON and CSV, and the <c>/trends</c> page's HTML, against the real service.</summary>
public sealed class TrendApiTests(DatedSite site) : IClassFixture<DatedSite>
{
    private const string TwoQueries = "q=%E5%86%9C%E6%8A%80&q=%E9%9D%92%E7%9F%B3%E5%8E%BF"; // 农技, 青石县

    [Fact]
    public async Task Each_count_of_the_JSON_equals_the_total_of_the_search_of_its_query_over_its_period()
    {
        var trend = await site.Host.GetJsonAsync($"/api/trends?{TwoQueries}&by=month");

        var points = trend.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal("2022-01", points[0].GetProperty("period").GetString());
        Assert.Equal("2024-03", points[^1].GetProperty("period").GetString());
        Assert.Equal(27, points.Count);
        foreach (var series in trend.GetProperty("series").EnumerateArray())
        {
            var query = series.GetProperty("query").GetString()!;
            var counts = series.GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()).ToList();
            for (var p = 0; p < points.Count; p++)
                Assert.Equal(await site.SearchTotalAsync(query, points[p].GetProperty("from").GetString()!, points[p].GetProperty("to").GetString()!), counts[p]);
        }

        var qingshi = trend.GetProperty("series")[1];
        Assert.Equal(13, qingshi.GetProperty("total").GetInt32());
        Assert.Equal(1.0 / 2, qingshi.GetProperty("shares")[points.Count - 1].GetDouble(), 6); // one of the two articles of 2024-03
        Assert.Equal(JsonValueKind.Null, qingshi.GetProperty("shares")[12].ValueKind); // 2023-01: no article at all
    }

    [Fact]
    public async Task The_CSV_gives_the_queries_filters_and_time_of_the_answer_then_a_row_of_figures_per_period()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var response = await site.Host.Client.GetAsync($"/api/trends?{TwoQueries}&by=year&paper=%E9%9D%92%E7%9F%B3%E6%97%A5%E6%8A%A5&format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var rows = TrendCsvRows.Parse(bytes);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(["query 1", "农技"], rows[0]);
        Assert.Equal(["query 2", "青石县"], rows[1]);
        Assert.Equal(["by", "year"], rows[2]);
        Assert.Equal(["from", "2022-01-05"], rows[3]);
        Assert.Equal(["to", "2022-12-05"], rows[4]);
        Assert.Equal(["paper", "青石日报"], rows[5]);
        Assert.Equal("answered at", rows[6][0]);
        var answered = DateTimeOffset.Parse(rows[6][1], CultureInfo.InvariantCulture);
        Assert.InRange(answered, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal([""], rows[7]);
        Assert.Equal(["period", "from", "to", "all items", "农技", "农技 share", "青石县", "青石县 share"], rows[8]);
        Assert.Equal(["2022", "2022-01-05", "2022-12-05", "12", "12", "1", "12", "1"], rows[9]);
        Assert.Equal(10, rows.Count);
    }

    [Theory]
    [InlineData("q=%E5%86%9C%E6%8A%80&by=week", "by must be year, month or day")]
    [InlineData("q=%E5%86%9C%E6%8A%80&format=xml", "format must be json or csv")]
    [InlineData("by=month", "at least one query")]
    [InlineData("q=a&q=b&q=c&q=d&q=e&q=f&q=g", "at most 6 queries")]
    [InlineData("q=(%E5%86%9C%E6%8A%80", "not closed")]
    [InlineData("q=%E5%86%9C%E6%8A%80&from=2024&to=2022", "from must not be later than to")]
    [InlineData("q=%E5%86%9C%E6%8A%80&by=day&from=1990&to=2024", "at most 4000")]
    public async Task A_trend_that_cannot_be_answered_as_asked_is_a_400_problem_saying_why(string query, string reason)
    {
        var response = await site.Host.Client.GetAsync($"/api/trends?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(reason, (await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_trends_page_draws_each_query_as_a_line_whose_points_link_to_their_searches()
    {
        var html = await site.Host.Client.GetStringAsync($"/trends?{TwoQueries}&by=year");

        Assert.Equal(2, CountOf(html, "<g class=\"series s"));
        Assert.Contains("<a class=\"point\" href=\"/?q=%E5%86%9C%E6%8A%80&amp;from=2022-01-05&amp;to=2022-12-31\"", html);
        Assert.Contains("“农技” · 2022：12 篇，占同期全部 12 篇的 100%", html);
        Assert.Contains("href=\"/api/trends?q=%E5%86%9C%E6%8A%80&amp;q=%E9%9D%92%E7%9F%B3%E5%8E%BF&amp;by=year&amp;format=csv\"", html);
        Assert.DoesNotContain("style=", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task The_trends_page_with_a_malformed_query_says_why_and_keeps_the_form_filled()
    {
        var response = await site.Host.Client.GetAsync("/trends?q=(%E5%86%9C%E6%8A%80");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("class=\"status error\"", html);
        Assert.Contains("第 1 个字处的括号没有闭合", html);
        Assert.Contains("value=\"(农技\"", html);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_trend_and_the_feed_with_their_parameters()
    {
        var paths = (await site.Host.GetJsonAsync("/openapi/v1.json")).GetProperty("paths");

        var trend = paths.GetProperty("/api/trends").GetProperty("get");
        Assert.Equal(["q", "by", "from", "to", "paper", "format"], trend.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(trend.GetProperty("responses").TryGetProperty("400", out _));
        var feed = paths.GetProperty("/feeds/search").GetProperty("get");
        Assert.True(feed.GetProperty("responses").TryGetProperty("304", out _));
        Assert.False(paths.TryGetProperty("/trends", out _));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
