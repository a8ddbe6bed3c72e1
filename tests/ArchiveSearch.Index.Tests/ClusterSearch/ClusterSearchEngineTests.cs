using ArchiveSearch.Index.ClusterSearch;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using Microsoft.Extensions.Logging.Abstractions;

using ArchiveSearch.Testing;

namespace ArchiveSearch.Index.Tests.ClusterSearch;

/// <summary>
/// The cluster engine over HTTP, with the official client, against a recorded cluster: what it sends is the reviewed
/// golden body, to the alias's search endpoint, signed in as set; what it answers is the recorded answer read.
/// </summary>
public sealed class ClusterSearchEngineTests
{
    private static readonly ArchiveAnalyzers Analyzers = ArchiveAnalyzers.Create(NullLogger.Instance);

    private static string Golden(string shape) =>
        File.ReadAllText(Path.Combine(Testing.SharedFolder.RepositoryRoot, "tests", "ArchiveSearch.Index.Tests", "ClusterSearch", "QueryDsl", shape + ".json")).ReplaceLineEndings("\n").TrimEnd('\n');

    [Theory]
    [InlineData("facets", "page-with-facets")]
    [InlineData("cursor", "last-page-by-date")]
    [InlineData("no-query", "last-page-by-date")]
    public void The_body_sent_to_the_cluster_is_the_reviewed_golden_query_DSL(string shape, string answer)
    {
        using var cluster = new RecordedCluster((_, _) => (200, ClusterResponseReaderTests.Recorded(answer)));
        var engine = new ClusterSearchEngine(new ClusterConnection(new ClusterSettings(cluster.Url)), Analyzers);

        engine.Search(QueryDslTranslatorTests.Requests[shape]);

        var (method, path, body, _) = Assert.Single(cluster.Requests);
        Assert.Equal(("POST", "/archivesearch/_search"), (method, path));
        Assert.Equal(Golden(shape), body.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_answer_is_the_recorded_response_read_into_the_index_s_response_shape()
    {
        using var cluster = new RecordedCluster((_, _) => (200, ClusterResponseReaderTests.Recorded("page-with-facets")));
        var engine = new ClusterSearchEngine(new ClusterConnection(new ClusterSettings(cluster.Url, "archivesearch-7")), Analyzers);

        var response = engine.Search(new SearchRequest("电梯") { Size = 2 });

        Assert.Equal("/archivesearch-7/_search", Assert.Single(cluster.Requests).Path);
        Assert.Equal(7, response.Total);
        Assert.Equal(2, response.Hits.Count);
        Assert.NotNull(response.Next);
        Assert.Equal("江城日报", response.Facets.Paper[0].Value);
    }

    [Fact]
    public void An_api_key_is_sent_as_the_api_key_authorization()
    {
        using var cluster = new RecordedCluster((_, _) => (200, ClusterResponseReaderTests.Recorded("page-with-facets")));
        var engine = new ClusterSearchEngine(new ClusterConnection(new ClusterSettings(cluster.Url) { ApiKey = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==" }), Analyzers);

        engine.Search(new SearchRequest("电梯"));

        Assert.Equal("ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==", Assert.Single(cluster.Requests).Authorization);
    }

    [Fact]
    public void A_user_and_password_are_sent_as_basic_authorization()
    {
        using var cluster = new RecordedCluster((_, _) => (200, ClusterResponseReaderTests.Recorded("page-with-facets")));
        var engine = new ClusterSearchEngine(new ClusterConnection(new ClusterSettings(cluster.Url) { User = "archivesearch", Password = "s3cret" }), Analyzers);

        engine.Search(new SearchRequest("电梯"));

        Assert.Equal("Basic " + Convert.ToBase64String("archivesearch:s3cret"u8.ToArray()), Assert.Single(cluster.Requests).Authorization);
    }

    [Fact]
    public void A_request_the_index_would_refuse_is_refused_the_same_way_before_the_cluster_is_asked()
    {
        using var cluster = new RecordedCluster((_, _) => (200, "{}"));
        var engine = new ClusterSearchEngine(new ClusterConnection(new ClusterSettings(cluster.Url)), Analyzers);

        var refusal = Assert.Throws<InvalidSearchException>(() => engine.Search(new SearchRequest("电梯") { Size = 0 }));

        Assert.Equal(SearchProblem.SizeOutOfRange, refusal.Problem);
        Assert.Empty(cluster.Requests);
    }

    [Fact]
    public void A_cluster_error_is_a_cluster_request_exception_naming_the_status_and_the_reason()
    {
        const string error = """{"error":{"root_cause":[{"type":"index_not_found_exception","reason":"no such index [archivesearch]"}],"type":"index_not_found_exception","reason":"no such index [archivesearch]"},"status":404}""";
        using var cluster = new RecordedCluster((_, _) => (404, error));
        var engine = new ClusterSearchEngine(new ClusterConnection(new ClusterSettings(cluster.Url)), Analyzers);

        var failure = Assert.Throws<ClusterRequestException>(() => engine.Search(new SearchRequest("电梯")));

        Assert.Contains("404", failure.Message);
        Assert.Contains("no such index [archivesearch]", failure.Message);
    }

    [Fact]
    public void When_nothing_matches_as_written_the_relaxed_match_of_the_query_s_words_is_asked_for_and_flagged()
    {
        var answers = new Queue<string>([ClusterResponseReaderTests.Recorded("no-hits"), ClusterResponseReaderTests.Recorded("page-with-facets")]);
        using var cluster = new RecordedCluster((_, _) => (200, answers.Dequeue()));
        var engine = new ClusterSearchEngine(new ClusterConnection(new ClusterSettings(cluster.Url)), Analyzers);

        var response = engine.Search(new SearchRequest("老旧小区加装电梯进展") { Size = 2 });

        Assert.True(response.Relaxed);
        Assert.Equal(7, response.Total);
        Assert.Equal(2, cluster.Requests.Count);
        var relaxed = cluster.Requests[1].Body;
        Assert.Contains("\"term\"", relaxed);
        Assert.Contains("\"电梯\"", relaxed);
    }

    [Fact]
    public void A_quoted_query_that_matches_nothing_is_not_relaxed()
    {
        using var cluster = new RecordedCluster((_, _) => (200, ClusterResponseReaderTests.Recorded("no-hits")));
        var engine = new ClusterSearchEngine(new ClusterConnection(new ClusterSettings(cluster.Url)), Analyzers);

        var response = engine.Search(new SearchRequest("\"老旧小区加装电梯进展\""));

        Assert.False(response.Relaxed);
        Assert.Equal(0, response.Total);
        Assert.Single(cluster.Requests);
    }
}
