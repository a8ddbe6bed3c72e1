using ArchiveSearch.Index.ClusterSearch;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Trends;
using ArchiveSearch.Index.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArchiveSearch.Index.Tests.ClusterSearch;

/// <summary>
/// The cluster engine against a real cluster loaded with the samples' export: it finds what the index finds, pages
/// through every hit once by cursor, counts facets as the index counts them, exports as many rows as the search
/// counts (the items the index exports), and counts trends as the index counts them. Skipped, with the reason, where
/// ARCHIVESEARCH_ELASTICSEARCH_URL names no cluster.
/// </summary>
public sealed class ClusterEngineIntegrationTests(LoadedCluster cluster) : IClassFixture<LoadedCluster>
{
    private static readonly string[] Queries = ["电梯", "经济", "\"老旧小区\"", "公园 OR 学校", "发展 -经济", "title:城市"];

    private ClusterSearchEngine Engine => cluster.Engine!;

    private ArticleSearch Index => cluster.Archive!.Workspace.Search;

    /// <summary>Every hit id of a search, following the 'next' cursor from page to page.</summary>
    private static List<string> ByCursor(ISearchEngine engine, SearchRequest request)
    {
        var ids = new List<string>();
        var page = engine.Search(request);
        ids.AddRange(page.Hits.Select(h => h.Id));
        while (page.Next is { } next)
        {
            page = engine.Search(request with { After = next });
            ids.AddRange(page.Hits.Select(h => h.Id));
        }

        return ids;
    }

    [ClusterFact]
    public void Each_query_finds_on_the_cluster_the_items_it_finds_in_the_index()
    {
        foreach (var query in Queries)
        {
            var request = new SearchRequest(query) { Size = ArticleSearch.MaxPageSize, WithFacets = false };
            var inIndex = ByCursor(Index, request).Order(StringComparer.Ordinal);
            var onCluster = ByCursor(Engine, request).Order(StringComparer.Ordinal);

            Assert.True(inIndex.SequenceEqual(onCluster), $"{query}: index {string.Join(",", inIndex)} / cluster {string.Join(",", onCluster)}");
        }
    }

    [ClusterFact]
    public void Paging_by_cursor_gives_every_hit_once_in_the_order_of_one_long_page()
    {
        foreach (var sort in new[] { SearchSort.Relevance, SearchSort.DateAscending, SearchSort.DateDescending })
        {
            var oneLongPage = Engine.Search(new SearchRequest("") { Size = ArticleSearch.MaxPageSize, Sort = sort, WithFacets = false });
            var byCursor = ByCursor(Engine, new SearchRequest("") { Size = 3, Sort = sort, WithFacets = false });

            Assert.Equal(oneLongPage.Hits.Select(h => h.Id), byCursor);
            Assert.Equal(oneLongPage.Total, byCursor.Count);
        }
    }

    [ClusterFact]
    public void Paging_by_date_orders_the_hits_as_the_index_does()
    {
        var request = new SearchRequest("") { Size = ArticleSearch.MaxPageSize, Sort = SearchSort.DateAscending, WithFacets = false };

        Assert.Equal(Index.Search(request).Hits.Select(h => h.Id), Engine.Search(request).Hits.Select(h => h.Id));
    }

    [ClusterFact]
    public void Facets_and_the_date_histogram_count_as_the_index_counts()
    {
        var request = new SearchRequest("");
        var inIndex = Index.Search(request);
        var onCluster = Engine.Search(request);

        Assert.Equal(inIndex.Total, onCluster.Total);
        Assert.Equal(inIndex.Facets.Paper, onCluster.Facets.Paper);
        Assert.Equal(inIndex.Facets.Kind, onCluster.Facets.Kind);
        Assert.Equal(inIndex.Facets.Year, onCluster.Facets.Year);
        Assert.Equal(inIndex.Facets.Cut, onCluster.Facets.Cut);
        Assert.Equal(inIndex.Dates.Months, onCluster.Dates.Months);
    }

    [ClusterFact]
    public void A_hit_s_snippet_marks_the_query_as_written()
    {
        var hit = Engine.Search(new SearchRequest("电梯")).Hits.First();

        Assert.Contains("<mark>电梯</mark>", hit.Snippet + hit.TitleHtml);
    }

    [ClusterFact]
    public void An_export_gives_as_many_rows_as_the_search_counts_and_the_items_the_index_exports()
    {
        var exporter = new ClusterSearchExporter(cluster.Connection!, ArchiveAnalyzers.Create(NullLogger.Instance), batchSize: 7);
        foreach (var query in Queries.Append(""))
        {
            var request = new SearchRequest(query) { Sort = SearchSort.DateDescending };
            using var export = exporter.Start(request);
            var rows = export.Hits().Select(h => h.Id).ToList();
            using var inIndex = cluster.Archive!.Workspace.Exporter.Start(request);

            Assert.Equal(Engine.Search(request).Total, export.Total);
            Assert.Equal(export.Total, rows.Count);
            Assert.Equal(rows.Count, rows.Distinct().Count());
            Assert.Equal(inIndex.Hits().Select(h => h.Id).Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
        }
    }

    [ClusterFact]
    public void Trends_count_on_the_cluster_as_in_the_index()
    {
        var counter = new ClusterTrendCounter(cluster.Connection!);
        foreach (var by in new[] { TrendPeriod.Year, TrendPeriod.Month, TrendPeriod.Day })
        {
            var request = new TrendRequest(Queries, by);
            var inIndex = cluster.Archive!.Workspace.Trends.Count(request);
            var onCluster = counter.Count(request);

            Assert.Equal(inIndex.Points, onCluster.Points);
            Assert.Equal(inIndex.Series.Select(s => (s.Query, s.Total, string.Join(",", s.Counts))), onCluster.Series.Select(s => (s.Query, s.Total, string.Join(",", s.Counts))));
        }

        Assert.Equal(cluster.Archive!.Workspace.Trends.Papers(), counter.Papers());
    }
}
