using ArchiveSearch.Index.ClusterSearch;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Index.Tests.ClusterSearch;

/// <summary>
/// Moving the alias to a rebuilt index against a recorded cluster: the new index checked first, then one
/// <c>_aliases</c> request removing the alias from every index that held it and adding it to the new one.
/// </summary>
public sealed class ClusterAliasTests
{
    private const string Acknowledged = """{"acknowledged":true}""";
    private const string HeldByOne = """{"archivesearch-1":{"aliases":{"archivesearch":{}}}}""";
    private const string Missing = """{"error":"alias [archivesearch] missing","status":404}""";
    private const string NoIndex = """{"error":{"root_cause":[{"type":"index_not_found_exception","reason":"no such index [archivesearch-3]"}],"type":"index_not_found_exception","reason":"no such index [archivesearch-3]"},"status":404}""";

    private static ClusterAlias Alias(RecordedCluster cluster) => new(new ClusterConnection(new ClusterSettings(cluster.Url)));

    [Fact]
    public void The_alias_leaves_every_index_holding_it_and_joins_the_new_one_in_one_aliases_request()
    {
        using var cluster = new RecordedCluster((_, path) => path switch
        {
            "/_alias/archivesearch" => (200, HeldByOne),
            _ => (200, Acknowledged),
        });

        var left = Alias(cluster).MoveTo("archivesearch-2");

        Assert.Equal(["archivesearch-1"], left);
        Assert.Equal([("GET", "/archivesearch-2/_settings"), ("GET", "/_alias/archivesearch"), ("POST", "/_aliases")], cluster.Requests.Select(r => (r.Method, r.Path)));
        QueryDslTranslatorTests.AssertGolden("alias-move", cluster.Requests[2].Body);
    }

    [Fact]
    public void An_alias_no_index_holds_yet_is_only_added()
    {
        using var cluster = new RecordedCluster((_, path) => path == "/_alias/archivesearch" ? (404, Missing) : (200, Acknowledged));

        var left = Alias(cluster).MoveTo("archivesearch-1");

        Assert.Empty(left);
        Assert.Equal(ClusterAlias.MoveBody("archivesearch", [], "archivesearch-1"), cluster.Requests[^1].Body);
        Assert.DoesNotContain("remove", cluster.Requests[^1].Body);
    }

    [Fact]
    public void A_move_to_an_index_the_cluster_does_not_have_is_refused_before_the_alias_moves()
    {
        using var cluster = new RecordedCluster((_, path) => path == "/archivesearch-3/_settings" ? (404, NoIndex) : (200, Acknowledged));

        var refusal = Assert.Throws<ClusterRequestException>(() => Alias(cluster).MoveTo("archivesearch-3"));

        Assert.Contains("There is no index 'archivesearch-3'", refusal.Message);
        Assert.DoesNotContain(cluster.Requests, r => r.Path == "/_aliases");
    }
}
