using ArchiveSearch.Index.ClusterSearch;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Trends;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Index.Tests.ClusterSearch;

/// <summary>
/// A trend counted by a recorded cluster: one request per trend whose body is the reviewed golden file, and an answer
/// read into the points and series the index gives (every dated item of a point as its total, shares of it).
/// </summary>
public sealed class ClusterTrendCounterTests
{
    private static readonly TrendRequest TwoQueriesByMonth = new(["电梯", "\"湿地\" -公园"], TrendPeriod.Month)
    {
        From = new DateOnly(2023, 10, 1),
        To = new DateOnly(2023, 11, 30),
        Paper = "河西日报",
    };

    private static ClusterTrendCounter Counter(RecordedCluster cluster) => new(new ClusterConnection(new ClusterSettings(cluster.Url)));

    [Fact]
    public void A_trend_is_one_request_whose_body_is_the_reviewed_golden_file()
    {
        using var cluster = new RecordedCluster((_, _) => (200, ClusterResponseReaderTests.Recorded("trend-by-month")));

        Counter(cluster).Count(TwoQueriesByMonth);

        var (method, path, body, _) = Assert.Single(cluster.Requests);
        Assert.Equal(("POST", "/archivesearch/_search"), (method, path));
        QueryDslTranslatorTests.AssertGolden("trend-by-month", body);
    }

    [Fact]
    public void An_open_range_asks_for_the_first_and_last_dated_item_without_a_date_filter()
    {
        using var cluster = new RecordedCluster((_, _) => (200, ClusterResponseReaderTests.Recorded("trend-by-month")));

        Counter(cluster).Count(new TrendRequest(["电梯"], TrendPeriod.Year));

        QueryDslTranslatorTests.AssertGolden("trend-open-range", Assert.Single(cluster.Requests).Body);
    }

    [Fact]
    public void Each_query_s_counts_and_shares_are_read_per_point_with_a_period_without_hits_counting_none()
    {
        using var cluster = new RecordedCluster((_, _) => (200, ClusterResponseReaderTests.Recorded("trend-by-month")));

        var trend = Counter(cluster).Count(TwoQueriesByMonth with { From = null, To = null });

        Assert.Equal("month", trend.By);
        Assert.Equal(["2023-10", "2023-11"], trend.Points.Select(p => p.Period));
        Assert.Equal([120, 80], trend.Points.Select(p => p.Total));
        Assert.Equal((new DateOnly(2023, 10, 1), new DateOnly(2023, 11, 30)), (trend.Points[0].From, trend.Points[1].To));
        Assert.Equal([6, 3], trend.Series[0].Counts);
        Assert.Equal(9, trend.Series[0].Total);
        Assert.Equal(new double?[] { 0.05, 0.0375 }, trend.Series[0].Shares);
        Assert.Equal([0, 2], trend.Series[1].Counts);
        Assert.Equal("\"湿地\" -公园", trend.Series[1].Query);
        Assert.Equal("河西日报", trend.Paper);
    }

    [Fact]
    public void A_point_the_archive_holds_nothing_in_has_no_share()
    {
        using var cluster = new RecordedCluster((_, _) => (200, ClusterResponseReaderTests.Recorded("trend-by-month")));

        var trend = Counter(cluster).Count(TwoQueriesByMonth with { From = new DateOnly(2023, 9, 1) });

        Assert.Equal("2023-09", trend.Points[0].Period);
        Assert.Equal(0, trend.Points[0].Total);
        Assert.Null(trend.Series[0].Shares[0]);
    }

    [Fact]
    public void Without_dated_items_an_open_range_has_no_points()
    {
        using var cluster = new RecordedCluster((_, _) => (200, ClusterResponseReaderTests.Recorded("trend-no-items")));

        var trend = Counter(cluster).Count(new TrendRequest(["电梯"], TrendPeriod.Day));

        Assert.Empty(trend.Points);
        Assert.Equal(0, Assert.Single(trend.Series).Total);
    }

    [Fact]
    public void The_papers_are_a_terms_aggregation_of_dated_items_read_in_order()
    {
        using var cluster = new RecordedCluster((_, _) => (200, ClusterResponseReaderTests.Recorded("trend-papers")));

        var papers = Counter(cluster).Papers();

        Assert.Equal(["北岭晚报", "河西日报"], papers);
        QueryDslTranslatorTests.AssertGolden("trend-papers", Assert.Single(cluster.Requests).Body);
    }

    [Theory]
    [InlineData("(电梯", SearchProblem.QuerySyntax)]
    [InlineData("", SearchProblem.TrendWithoutQuery)]
    public void A_trend_the_index_would_refuse_is_refused_the_same_way_before_the_cluster_is_asked(string query, SearchProblem problem)
    {
        using var cluster = new RecordedCluster((_, _) => (200, "{}"));

        var refusal = Assert.Throws<InvalidSearchException>(() => Counter(cluster).Count(new TrendRequest([query], TrendPeriod.Month)));

        Assert.Equal(problem, refusal.Problem);
        Assert.Empty(cluster.Requests);
    }

    [Fact]
    public void A_closed_range_of_too_many_days_is_refused_before_the_cluster_is_asked()
    {
        using var cluster = new RecordedCluster((_, _) => (200, "{}"));

        var refusal = Assert.Throws<InvalidSearchException>(() => Counter(cluster).Count(
            new TrendRequest(["电梯"], TrendPeriod.Day) { From = new DateOnly(1990, 1, 1), To = new DateOnly(2023, 12, 31) }));

        Assert.Equal(SearchProblem.TrendTooManyPoints, refusal.Problem);
        Assert.Empty(cluster.Requests);
    }
}
