using ArchiveSearch.Index.ClusterSearch;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArchiveSearch.Index.Tests.ClusterSearch;

/// <summary>
/// An export of a search's hits from a recorded cluster: the first batch asked for when the export starts, each next one
/// after the last hit of the one before (<c>search_after</c>), every body the reviewed golden file.
/// </summary>
public sealed class ClusterSearchExporterTests
{
    private static readonly ArchiveAnalyzers Analyzers = ArchiveAnalyzers.Create(NullLogger.Instance);

    private static readonly SearchRequest ByDate = new("湿地") { Sort = SearchSort.DateAscending, Paper = "河西日报" };

    private static ClusterSearchExporter Exporter(RecordedCluster cluster) =>
        new(new ClusterConnection(new ClusterSettings(cluster.Url)), Analyzers, batchSize: 2);

    [Fact]
    public void Every_hit_is_given_once_in_order_along_the_cursor_with_the_total_of_the_first_answer()
    {
        var answers = new Queue<string>([ClusterResponseReaderTests.Recorded("export-first-batch"), ClusterResponseReaderTests.Recorded("export-last-batch")]);
        using var cluster = new RecordedCluster((_, _) => (200, answers.Dequeue()));

        using var export = Exporter(cluster).Start(ByDate);
        var ids = export.Hits().Select(h => h.Id).ToList();

        Assert.Equal(3, export.Total);
        Assert.False(export.Relaxed);
        Assert.Equal(["hexi-2023-11-08-05-02", "hexi-2023-11-08-05-03", "hexi-2023-11-15-05-01"], ids);
        Assert.Equal(2, cluster.Requests.Count);
        Assert.All(cluster.Requests, r => Assert.Equal(("POST", "/archivesearch/_search"), (r.Method, r.Path)));
    }

    [Fact]
    public void The_first_and_next_batches_send_the_reviewed_golden_bodies()
    {
        var answers = new Queue<string>([ClusterResponseReaderTests.Recorded("export-first-batch"), ClusterResponseReaderTests.Recorded("export-last-batch")]);
        using var cluster = new RecordedCluster((_, _) => (200, answers.Dequeue()));

        using var export = Exporter(cluster).Start(ByDate);
        _ = export.Hits().ToList();

        QueryDslTranslatorTests.AssertGolden("export-first-batch", cluster.Requests[0].Body);
        QueryDslTranslatorTests.AssertGolden("export-next-batch", cluster.Requests[1].Body);
    }

    [Fact]
    public void The_first_batch_is_asked_for_when_the_export_starts_and_the_rest_only_as_hits_are_taken()
    {
        var answers = new Queue<string>([ClusterResponseReaderTests.Recorded("export-first-batch"), ClusterResponseReaderTests.Recorded("export-last-batch")]);
        using var cluster = new RecordedCluster((_, _) => (200, answers.Dequeue()));

        using var export = Exporter(cluster).Start(ByDate);
        var firstTwo = export.Hits().Take(2).ToList();

        Assert.Equal(2, firstTwo.Count);
        Assert.Single(cluster.Requests);
    }

    [Fact]
    public void Near_matches_are_left_out_unless_asked_for()
    {
        using var cluster = new RecordedCluster((_, _) => (200, ClusterResponseReaderTests.Recorded("no-hits")));

        using var export = Exporter(cluster).Start(new SearchRequest("老旧小区加装电梯进展"));

        Assert.Equal(0, export.Total);
        Assert.False(export.Relaxed);
        Assert.Empty(export.Hits());
        Assert.Single(cluster.Requests);
    }

    [Fact]
    public void Near_matches_asked_for_are_the_relaxed_match_of_the_query_s_words_along_the_cursor()
    {
        var answers = new Queue<string>([
            ClusterResponseReaderTests.Recorded("no-hits"),
            ClusterResponseReaderTests.Recorded("export-first-batch"),
            ClusterResponseReaderTests.Recorded("export-last-batch"),
        ]);
        using var cluster = new RecordedCluster((_, _) => (200, answers.Dequeue()));

        using var export = Exporter(cluster).Start(new SearchRequest("老旧小区加装电梯进展") { Sort = SearchSort.DateAscending }, includeRelaxed: true);
        var hits = export.Hits().ToList();

        Assert.True(export.Relaxed);
        Assert.Equal(3, hits.Count);
        Assert.Equal(3, cluster.Requests.Count);
        Assert.All(cluster.Requests.Skip(1), r => Assert.Contains("\"电梯\"", r.Body));
        Assert.Contains("search_after", cluster.Requests[2].Body);
    }

    [Fact]
    public void A_query_that_does_not_parse_is_refused_before_the_cluster_is_asked()
    {
        using var cluster = new RecordedCluster((_, _) => (200, "{}"));

        var refusal = Assert.Throws<InvalidSearchException>(() => Exporter(cluster).Start(new SearchRequest("(湿地")));

        Assert.Equal(SearchProblem.QuerySyntax, refusal.Problem);
        Assert.Empty(cluster.Requests);
    }
}
