using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Trends;

namespace ArchiveSearch.Index.Tests.Trends;

public sealed class TrendCounterTests(TrendArchive archive) : IClassFixture<TrendArchive>
{
    private static readonly string[] Queries = ["经济", "农业 OR 工业", "\"春耕\"", "经济 -农业", "本版编辑"];

    private TrendCounter Trends => archive.Workspace.Trends;

    public static TheoryData<TrendPeriod, string?, string?, string?> Shapes => new()
    {
        { TrendPeriod.Year, null, null, null },
        { TrendPeriod.Month, null, null, null },
        { TrendPeriod.Month, "2021-03-15", "2022-09-10", "河西日报" },
        { TrendPeriod.Day, "2022-05-20", "2022-08-10", null },
        { TrendPeriod.Day, "2023-02-01", "2023-03-31", "北岭晚报" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_point_counts_what_the_search_for_that_query_over_that_points_days_finds(TrendPeriod by, string? from, string? to, string? paper)
    {
        var trend = Trends.Count(new TrendRequest(Queries, by) { From = Day(from), To = Day(to), Paper = paper });

        Assert.NotEmpty(trend.Points);
        Assert.Equal(Queries, trend.Series.Select(s => s.Query));
        foreach (var series in trend.Series)
        {
            var searched = trend.Points.Select(p => archive.SearchTotal(series.Query, p.From, p.To, paper)).ToList();
            Assert.Equal(searched, series.Counts);
            Assert.Equal(searched.Sum(), series.Total);
        }

        Assert.Contains(trend.Series, s => s.Total > 0);
    }

    [Fact]
    public void Each_points_total_is_every_dated_item_of_its_days_articles_and_lines_outside_articles_alike()
    {
        var trend = Trends.Count(new TrendRequest(["经济"], TrendPeriod.Month) { Paper = "北岭晚报" });
        var pageLines = archive.Contents.AllPageLines().Where(l => l.Paper == "北岭晚报").ToList();

        Assert.Contains(pageLines, l => l.Date is not null);
        foreach (var point in trend.Points)
        {
            var articles = archive.Workspace.Search.Search(new SearchRequest("") { From = point.From, To = point.To, Paper = "北岭晚报", Size = 1 }).Total;
            var lines = pageLines.Count(l => l.Date >= point.From && l.Date <= point.To);
            Assert.Equal(articles + lines, point.Total);
        }
    }

    [Fact]
    public void A_share_is_the_count_over_the_points_total_and_absent_where_the_archive_has_nothing_then()
    {
        var trend = Trends.Count(new TrendRequest(["经济"], TrendPeriod.Month) { From = new DateOnly(2022, 6, 1), To = new DateOnly(2022, 8, 31) });

        Assert.Equal(["2022-06", "2022-07", "2022-08"], trend.Points.Select(p => p.Period));
        Assert.Equal(0, trend.Points[1].Total);
        Assert.Null(trend.Series[0].Shares[1]);
        foreach (var p in new[] { 0, 2 })
        {
            Assert.True(trend.Points[p].Total > 0);
            Assert.Equal((double)trend.Series[0].Counts[p] / trend.Points[p].Total, trend.Series[0].Shares[p]!.Value, 12);
        }
    }

    [Fact]
    public void An_open_range_runs_from_the_first_to_the_last_dated_item_and_points_are_cut_to_the_range()
    {
        var dated = archive.Contents.AllArticles().Where(a => a.Date is not null).Select(a => a.Date!.Value).ToList();

        var open = Trends.Count(new TrendRequest(["经济"], TrendPeriod.Year));
        var cut = Trends.Count(new TrendRequest(["经济"], TrendPeriod.Month) { From = new DateOnly(2021, 3, 15), To = new DateOnly(2021, 5, 10) });

        Assert.Equal(dated.Min(), open.Points[0].From);
        Assert.Equal(dated.Max(), open.Points[^1].To);
        Assert.Equal(["2021", "2022", "2023"], open.Points.Select(p => p.Period));
        Assert.Equal([(new DateOnly(2021, 3, 15), new DateOnly(2021, 3, 31)), (new DateOnly(2021, 4, 1), new DateOnly(2021, 4, 30)), (new DateOnly(2021, 5, 1), new DateOnly(2021, 5, 10))],
            cut.Points.Select(p => (p.From, p.To)));
    }

    [Fact]
    public void An_undated_article_is_in_no_point_though_the_search_finds_it()
    {
        var undated = archive.Contents.AllArticles().Single(a => a.Date is null);
        var query = $"\"{undated.Title}\"";

        var trend = Trends.Count(new TrendRequest([query], TrendPeriod.Year));

        Assert.True(archive.Workspace.Search.Search(new SearchRequest(query)).Total > trend.Series[0].Total);
    }

    [Theory]
    [InlineData(new string[0], "at least one query")]
    [InlineData(new[] { "经济", " " }, "no empty one")]
    [InlineData(new[] { "a", "b", "c", "d", "e", "f", "g" }, "at most 6 queries")]
    [InlineData(new[] { "(经济" }, "not closed")]
    public void A_trend_that_cannot_be_counted_as_asked_is_refused_with_the_reason(string[] queries, string reason)
    {
        var refusal = Assert.Throws<InvalidSearchException>(() => Trends.Count(new TrendRequest(queries, TrendPeriod.Month)));

        Assert.Contains(reason, refusal.Message);
    }

    [Fact]
    public void A_range_of_more_points_than_allowed_or_that_ends_before_it_starts_is_refused()
    {
        var tooLong = Assert.Throws<InvalidSearchException>(() => Trends.Count(new TrendRequest(["经济"], TrendPeriod.Day) { From = new DateOnly(1990, 1, 1), To = new DateOnly(2023, 1, 1) }));
        var backwards = Assert.Throws<InvalidSearchException>(() => Trends.Count(new TrendRequest(["经济"], TrendPeriod.Month) { From = new DateOnly(2023, 1, 1), To = new DateOnly(2022, 1, 1) }));

        Assert.Contains($"at most {TrendCounter.MaxPoints}", tooLong.Message);
        Assert.Contains("from must not be later than to", backwards.Message);
    }

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Changes to the archive: each runs on its own archive, since it changes it.</summary>
public sealed class TrendCounterChangeTests : IDisposable
{
    private readonly TrendArchive archive = new();

    public void Dispose() => archive.Dispose();

    [Fact]
    public void A_removed_page_leaves_the_counts_and_totals_of_its_day_once_searches_see_the_removal()
    {
        var day = new DateOnly(2024, 6, 1);
        var article = new Article { Ordinal = 1, Title = "金沙江大桥合龙", Paragraphs = ["金沙江大桥今日合龙。"], Kind = ArticleKind.Article };
        var page = archive.AddPage(new PageMetadata("河西日报", day, "1"), [article], null);
        archive.Index.Commit();
        var request = new TrendRequest(["金沙江"], TrendPeriod.Day) { From = day, To = day };
        var before = archive.Workspace.Trends.Count(request);

        archive.Workspace.Writer.RemovePage(page);
        archive.Index.Refresh();
        var after = archive.Workspace.Trends.Count(request);

        Assert.Equal((1, 1), (before.Series[0].Counts[0], before.Points[0].Total));
        Assert.Equal((0, 0), (after.Series[0].Counts[0], after.Points[0].Total));
    }
}
