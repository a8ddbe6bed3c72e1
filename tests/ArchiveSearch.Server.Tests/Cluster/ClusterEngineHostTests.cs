using System.Text.Json;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Server.Tests.Cluster;

/// <summary>
/// The service set to search a cluster (a recorded one on the loopback interface): /api/search answers from the
/// cluster in the same shape as from the index, and the worker sends the pages it indexes to the cluster's _bulk.
/// </summary>
public sealed class ClusterEngineHostTests
{
    private static readonly string RecordedSearch = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot,
        "tests", "ArchiveSearch.Index.Tests", "ClusterSearch", "Responses", "page-with-facets.json"));

    private static RecordedCluster Cluster() => new((_, path) => (200,
        path.Contains("/_search", StringComparison.Ordinal) ? RecordedSearch
        : path.Contains("/_bulk", StringComparison.Ordinal) ? """{"took":4,"errors":false,"items":[]}"""
        : """{"took":2,"deleted":0,"failures":[]}"""));

    private static Dictionary<string, string?> ClusterSettings(RecordedCluster cluster) => new()
    {
        ["Search:Engine"] = "elasticsearch",
        ["Search:ElasticsearchUrl"] = cluster.Url.ToString(),
    };

    /// <summary>Every property path of a JSON value's objects (what arrays hold depends on the data, so they are not entered).</summary>
    private static SortedSet<string> Shape(JsonElement element, string at = "")
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                paths.Add(at + "/" + property.Name);
                paths.UnionWith(Shape(property.Value, at + "/" + property.Name));
            }
        }

        return paths;
    }

    [Fact]
    public async Task The_search_api_answers_from_the_cluster_in_the_index_s_response_shape()
    {
        using var cluster = Cluster();
        await using var fromCluster = ArchiveHost.InTempFolder();
        await using var fromIndex = ArchiveHost.InTempFolder();
        foreach (var host in new[] { fromCluster, fromIndex })
            host.WritePage("beiling-2023-11-02-03.txt", File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "samples", "beiling-2023-11-02-03.txt")));
        await fromCluster.StartAsync(ClusterSettings(cluster));
        await fromIndex.StartAsync();
        await ArchiveHost.WaitUntilAsync(async () => await fromIndex.TotalAsync("电梯") > 0, "the index to hold the page");

        var clusterAnswer = await fromCluster.SearchAsync("电梯", "&size=2");
        var indexAnswer = await fromIndex.SearchAsync("电梯", "&size=2");

        Assert.Equal(7, clusterAnswer.GetProperty("total").GetInt32());
        Assert.Equal("jiangcheng-2024-03-15-01-03", clusterAnswer.GetProperty("hits")[0].GetProperty("id").GetString());
        Assert.Equal(Shape(indexAnswer.GetProperty("hits")[0]), Shape(clusterAnswer.GetProperty("hits")[0]));
        Assert.Equal(Shape(indexAnswer), Shape(clusterAnswer));
        lock (cluster.Requests)
            Assert.Contains(cluster.Requests, r => r.Path == "/archivesearch/_search");
    }

    [Fact]
    public async Task The_worker_sends_each_page_it_indexes_to_the_cluster_s_bulk_api()
    {
        using var cluster = Cluster();
        await using var host = ArchiveHost.InTempFolder();
        host.WritePage("beiling-2023-11-02-03.txt", File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "samples", "beiling-2023-11-02-03.txt")));

        await host.StartAsync(ClusterSettings(cluster));
        await ArchiveHost.WaitUntilAsync(() =>
        {
            lock (cluster.Requests)
                return Task.FromResult(cluster.Requests.Any(r => r.Path == "/archivesearch/_bulk"));
        }, "the page to reach the cluster");

        string bulk;
        lock (cluster.Requests)
            bulk = cluster.Requests.First(r => r.Path == "/archivesearch/_bulk").Body;
        var lines = bulk.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.NotEmpty(lines);
        Assert.True(lines.Count % 2 == 0, "every index action is followed by its document");
        for (var i = 0; i < lines.Count; i += 2)
        {
            Assert.Equal(lines[i].GetProperty("index").GetProperty("_id").GetString(), lines[i + 1].GetProperty("id").GetString());
            Assert.Equal(lines[1].GetProperty("page_id").GetString(), lines[i + 1].GetProperty("page_id").GetString());
        }
    }

    [Fact]
    public async Task A_cluster_that_fails_the_search_is_a_503_problem_that_keeps_its_reason_in_the_log()
    {
        const string failure = """{"error":{"type":"search_phase_execution_exception","reason":"all shards failed"},"status":503}""";
        using var cluster = new RecordedCluster((_, path) => path.Contains("/_search", StringComparison.Ordinal)
            ? (503, failure)
            : (200, """{"took":2,"errors":false,"items":[],"deleted":0}"""));
        await using var host = ArchiveHost.InTempFolder();
        await host.StartAsync(ClusterSettings(cluster));

        var answer = await host.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("电梯"));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("cluster.unavailable", problem.GetProperty("code").GetString());
        Assert.DoesNotContain(cluster.Url.Authority, problem.GetRawText());
    }
}
