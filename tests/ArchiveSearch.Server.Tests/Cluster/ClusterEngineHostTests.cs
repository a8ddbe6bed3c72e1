using System.Text.Json;
using ArchiveSearch.Testing;

namespace ArchiveSearch.Server.Tests.Cluster;

/// <summary>
/// The service set to search a cluster (a recorded one on the loopback interface): /api/search, the export of a search's
/// hits and /api/trends answer from the cluster in the same shape as from the index, and the worker sends the pages it
/// indexes to the cluster's _bulk, saying in /api/stats which pages the cluster has not taken.
/// </summary>
public sealed class ClusterEngineHostTests
{
    private static readonly string RecordedSearch = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot,
        "tests", "ArchiveSearch.Index.Tests", "ClusterSearch", "Responses", "page-with-facets.json"));

    private static string Recorded(string name) => File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot,
        "tests", "ArchiveSearch.Index.Tests", "ClusterSearch", "Responses", name + ".json"));

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

    [Fact]
    public async Task The_search_export_streams_the_cluster_s_hits_as_csv_with_its_total()
    {
        using var cluster = new RecordedCluster((_, path) => (200, path.Contains("/_search", StringComparison.Ordinal)
            ? Recorded("export-first-batch")
            : """{"took":2,"errors":false,"items":[],"deleted":0}"""));
        await using var host = ArchiveHost.InTempFolder();
        await host.StartAsync(ClusterSettings(cluster));

        var answer = await host.Client.GetAsync("/api/search/export?q=" + Uri.EscapeDataString("湿地") + "&sort=date&format=jsonl");
        var lines = (await answer.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("3", answer.Headers.GetValues("X-Total-Count").Single());
        // A header object, then one row per hit of the cluster's answer, in its order.
        Assert.Equal(4, lines.Length);
        Assert.Equal(["初冬河西", "湿地保护条例实施", "湿地志愿者巡护"], lines.Skip(1).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("title").GetString()));
        lock (cluster.Requests)
            Assert.Contains(cluster.Requests, r => r.Path == "/archivesearch/_search" && r.Body.Contains("\"size\": 1001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Trends_answer_from_the_cluster_in_the_index_s_json_shape_and_as_csv()
    {
        using var cluster = new RecordedCluster((_, path) => (200, path.Contains("/_search", StringComparison.Ordinal)
            ? Recorded("trend-by-month")
            : """{"took":2,"errors":false,"items":[],"deleted":0}"""));
        await using var fromCluster = ArchiveHost.InTempFolder();
        await using var fromIndex = ArchiveHost.InTempFolder();
        // The sidecar gives the page its date: a trend counts dated items only.
        fromIndex.WritePage("beiling-2023-11-02-03.json", File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "samples", "beiling-2023-11-02-03.json")));
        fromIndex.WritePage("beiling-2023-11-02-03.txt", File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "samples", "beiling-2023-11-02-03.txt")));
        await fromCluster.StartAsync(ClusterSettings(cluster));
        await fromIndex.StartAsync();
        await ArchiveHost.WaitUntilAsync(async () => await fromIndex.TotalAsync("电梯") > 0, "the index to hold the page");
        const string trend = "/api/trends?q=%E7%94%B5%E6%A2%AF&q=%E6%B9%BF%E5%9C%B0&by=month";

        var clusterAnswer = await fromCluster.GetJsonAsync(trend);
        var indexAnswer = await fromIndex.GetJsonAsync(trend);
        var csv = await fromCluster.Client.GetStringAsync(trend + "&format=csv");

        Assert.True(clusterAnswer.GetProperty("points").GetArrayLength() == 2, clusterAnswer.GetRawText());
        Assert.True(indexAnswer.GetProperty("points").GetArrayLength() > 0, indexAnswer.GetRawText());
        Assert.Equal(Shape(indexAnswer), Shape(clusterAnswer));
        Assert.Equal(Shape(indexAnswer.GetProperty("points")[0]), Shape(clusterAnswer.GetProperty("points")[0]));
        Assert.Equal(Shape(indexAnswer.GetProperty("series")[0]), Shape(clusterAnswer.GetProperty("series")[0]));
        Assert.Equal([6, 3], clusterAnswer.GetProperty("series")[0].GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()));
        Assert.Contains("2023-10", csv);
    }

    [Fact]
    public async Task A_page_the_cluster_does_not_take_is_named_in_the_stats_warnings_until_it_is_taken()
    {
        var down = true;
        using var cluster = new RecordedCluster((_, path) => path.Contains("/_search", StringComparison.Ordinal) ? (200, RecordedSearch)
            : down ? (503, """{"error":{"type":"unavailable_shards_exception","reason":"primary shard is not active"},"status":503}""")
            : (200, """{"took":2,"errors":false,"items":[],"deleted":0}"""));
        await using var host = ArchiveHost.InTempFolder();
        host.WritePage("beiling-2023-11-02-03.txt", File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "samples", "beiling-2023-11-02-03.txt")));
        var settings = ClusterSettings(cluster);
        settings["Search:ElasticsearchWriteAttempts"] = "2";
        settings["Search:ElasticsearchRetrySeconds"] = "0.01";
        await host.StartAsync(settings);

        async Task<string> Warnings() => string.Join("\n", (await host.GetJsonAsync("/api/stats")).GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        await ArchiveHost.WaitUntilAsync(async () => (await Warnings()).Contains("not yet in the cluster", StringComparison.Ordinal), "the warning of a page the cluster did not take");

        down = false;
        host.WritePage("hexi_2023-11-08_05.txt", File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "samples", "hexi_2023-11-08_05.txt")));
        await ArchiveHost.WaitUntilAsync(async () => !(await Warnings()).Contains("cluster", StringComparison.Ordinal), "the warning to be cleared once the cluster takes pages again");
    }
}
