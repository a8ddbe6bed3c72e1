using ArchiveSearch.Index.ClusterSearch;
using ArchiveSearch.Index.Search;

using ArchiveSearch.Testing;

namespace ArchiveSearch.Index.Tests.ClusterSearch;

/// <summary>
/// The cluster engine over HTTP, with the official client, against a recorded cluster: what it sends is the reviewed
/// golden body, to the alias's search endpoint, signed in as set; what it answers is the recorded answer read.
/// </summary>
public sealed class ClusterSearchEngineTests
{
    private static string Golden(string shape) =>
        File.ReadAllText(Path.Combine(Testing.SharedFolder.RepositoryRoot, "tests", "ArchiveSearch.Index.Tests", "ClusterSearch", "QueryDsl", shape + ".json")).ReplaceLineEndings("\n").TrimEnd('\n');

    [Theory]
    [InlineData("facets")]
    [InlineData("cursor")]
    [InlineData("no-query")]
    public void The_body_sent_to_the_cluster_is_the_reviewed_golden_query_DSL(string shape)
    {
        using var cluster = new RecordedCluster((_, _) => (200, ClusterResponseReaderTests.Recorded("page-with-facets")));
        var engine = new ClusterSearchEngine(new ClusterConnection(new ClusterSettings(cluster.Url)));

        engine.Search(QueryDslTranslatorTests.Requests[shape]);

        var (method, path, body, _) = Assert.Single(cluster.Requests);
        Assert.Equal(("POST", "/archivesearch/_search"), (method, path));
        Assert.Equal(Golden(shape), body.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_answer_is_the_recorded_response_read_into_the_index_s_response_shape()
    {
        using var cluster = new RecordedCluster((_, _) => (200, ClusterResponseReaderTests.Recorded("page-with-facets")));
        var engine = new ClusterSearchEngine(new ClusterConnection(new ClusterSettings(cluster.Url, "archivesearch-7")));

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
        var engine = new ClusterSearchEngine(new ClusterConnection(new ClusterSettings(cluster.Url) { ApiKey = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==" }));

        engine.Search(new SearchRequest("电梯"));

        Assert.Equal("ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==", Assert.Single(cluster.Requests).Authorization);
    }

    [Fact]
    public void A_user_and_password_are_sent_as_basic_authorization()
    {
        using var cluster = new RecordedCluster((_, _) => (200, ClusterResponseReaderTests.Recorded("page-with-facets")));
        var engine = new ClusterSearchEngine(new ClusterConnection(new ClusterSettings(cluster.Url) { User = "archivesearch", Password = "s3cret" }));

        engine.Search(new SearchRequest("电梯"));

        Assert.Equal("Basic " + Convert.ToBase64String("archivesearch:s3cret"u8.ToArray()), Assert.Single(cluster.Requests).Authorization);
    }

    [Fact]
    public void A_request_the_index_would_refuse_is_refused_the_same_way_before_the_cluster_is_asked()
    {
        using var cluster = new RecordedCluster((_, _) => (200, "{}"));
        var engine = new ClusterSearchEngine(new ClusterConnection(new ClusterSettings(cluster.Url)));

        var refusal = Assert.Throws<InvalidSearchException>(() => engine.Search(new SearchRequest("电梯") { Size = 0 }));

        Assert.Equal(SearchProblem.SizeOutOfRange, refusal.Problem);
        Assert.Empty(cluster.Requests);
    }

    [Fact]
    public void A_cluster_error_is_a_cluster_request_exception_naming_the_status_and_the_reason()
    {
        const string error = """{"error":{"root_cause":[{"type":"index_not_found_exception","reason":"no such index [archivesearch]"}],"type":"index_not_found_exception","reason":"no such index [archivesearch]"},"status":404}""";
        using var cluster = new RecordedCluster((_, _) => (404, error));
        var engine = new ClusterSearchEngine(new ClusterConnection(new ClusterSettings(cluster.Url)));

        var failure = Assert.Throws<ClusterRequestException>(() => engine.Search(new SearchRequest("电梯")));

        Assert.Contains("404", failure.Message);
        Assert.Contains("no such index [archivesearch]", failure.Message);
    }
}
