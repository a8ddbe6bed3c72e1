using System.Text.Json;
using ArchiveSearch.Index.ClusterIngest;
using ArchiveSearch.Index.ClusterSearch;
using ArchiveSearch.Index.Health;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArchiveSearch.Index.Tests.ClusterIngest;

/// <summary>
/// Writes the cluster did not take, against a recorded cluster: sent again with growing waits while the refusal is
/// transient (429, 5xx, no answer), item by item within a bulk request, and a page the cluster still did not take kept
/// pending, named by a warning, and sent once the cluster takes writes again.
/// </summary>
public sealed class ClusterWriteRetryTests
{
    private const string Taken = """{"took":3,"errors":false,"items":[]}""";
    private const string Deleted = """{"took":3,"deleted":0,"failures":[]}""";
    private const string TooMany = """{"error":{"root_cause":[{"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation"}],"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation"},"status":429}""";
    private const string Fault = """{"error":{"root_cause":[{"type":"node_not_connected_exception","reason":"node not connected"}],"type":"node_not_connected_exception","reason":"node not connected"},"status":500}""";

    private static readonly ClusterRetry ThreeQuickAttempts = new(3, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(50));

    private static StoredArticle Item(string id) =>
        new(id, "41d7aa09c3e0", 1, "article", "城东街道加装电梯", null, "本报记者 韩晓雪", [], "城东街道今年加装电梯十部。", "北岭晚报", new DateOnly(2023, 11, 2), "3", null, "beiling-2023-11-02-03");

    private static (ClusterPageCopy Copy, OperatorWarnings Warnings, List<TimeSpan> Waits) Copy(Uri url)
    {
        var warnings = new OperatorWarnings();
        var waits = new List<TimeSpan>();
        var copy = new ClusterPageCopy(new ClusterConnection(new ClusterSettings(url) { Retry = ThreeQuickAttempts }), warnings, NullLogger<ClusterPageCopy>.Instance, waits.Add);
        return (copy, warnings, waits);
    }

    private static int Bulks(RecordedCluster cluster) => cluster.Requests.Count(r => r.Path.EndsWith("/_bulk", StringComparison.Ordinal));

    [Fact]
    public void A_bulk_answered_429_is_sent_again_after_a_wait_and_the_page_is_not_pending_once_taken()
    {
        var bulks = 0;
        using var cluster = new RecordedCluster((_, path) => path.EndsWith("_bulk") ? (++bulks == 1 ? (429, TooMany) : (200, Taken)) : (200, Deleted));
        var (copy, warnings, waits) = Copy(cluster.Url);

        copy.PageWritten("41d7aa09c3e0", [Item("beiling-2023-11-02-03-01")], []);

        Assert.Equal(2, Bulks(cluster));
        Assert.Equal(cluster.Requests[0].Body, cluster.Requests[1].Body);
        Assert.Equal([TimeSpan.FromMilliseconds(1)], waits);
        Assert.Empty(copy.Pending);
        Assert.False(warnings.IsRaised(ClusterPageCopy.WarningKey));
    }

    [Fact]
    public void A_bulk_answered_500_every_time_is_sent_the_set_number_of_times_with_doubling_waits_and_the_page_stays_pending()
    {
        using var cluster = new RecordedCluster((_, _) => (500, Fault));
        var (copy, warnings, waits) = Copy(cluster.Url);

        copy.PageWritten("41d7aa09c3e0", [Item("beiling-2023-11-02-03-01")], []);

        Assert.Equal(3, Bulks(cluster));
        Assert.Equal([TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2)], waits);
        Assert.Equal(["41d7aa09c3e0"], copy.Pending);
        var warning = Assert.Single(warnings.Current());
        Assert.Equal(ClusterPageCopy.WarningKey, warning.Key);
        Assert.Contains("1 page(s) are indexed here but not yet in the cluster", warning.Sentence);
        Assert.Contains("the cluster answered 500", warning.Sentence);
        Assert.DoesNotContain(cluster.Url.Authority, warning.Sentence);
    }

    [Fact]
    public void A_pending_page_is_sent_after_the_next_page_the_cluster_takes_and_the_warning_is_cleared()
    {
        var down = true;
        using var cluster = new RecordedCluster((_, path) => down ? (503, Fault) : (200, path.EndsWith("_bulk") ? Taken : Deleted));
        var (copy, warnings, _) = Copy(cluster.Url);
        copy.PageWritten("41d7aa09c3e0", [Item("beiling-2023-11-02-03-01")], []);
        copy.PageRemoved("9e1b2c3d4f50");
        Assert.Equal(["41d7aa09c3e0", "9e1b2c3d4f50"], copy.Pending);
        cluster.Requests.Clear();

        down = false;
        copy.PageWritten("77aa00bb11cc", [Item("beiling-2023-11-02-04-01")], []);

        Assert.Empty(copy.Pending);
        Assert.False(warnings.IsRaised(ClusterPageCopy.WarningKey));
        // The new page, then the pending ones oldest first: the written page's items, the removed page's delete.
        Assert.Equal(["/archivesearch/_bulk", "/archivesearch/_delete_by_query", "/archivesearch/_bulk", "/archivesearch/_delete_by_query", "/archivesearch/_delete_by_query"],
            cluster.Requests.Select(r => r.Path));
        Assert.Contains("beiling-2023-11-02-03-01", cluster.Requests[2].Body);
        Assert.Contains("9e1b2c3d4f50", cluster.Requests[4].Body);
    }

    [Fact]
    public void A_page_written_while_others_are_pending_is_tried_once()
    {
        using var cluster = new RecordedCluster((_, _) => (503, Fault));
        var (copy, _, _) = Copy(cluster.Url);
        copy.PageWritten("41d7aa09c3e0", [Item("beiling-2023-11-02-03-01")], []);
        cluster.Requests.Clear();

        copy.PageWritten("77aa00bb11cc", [Item("beiling-2023-11-02-04-01")], []);

        Assert.Equal(1, Bulks(cluster));
        Assert.Equal(["41d7aa09c3e0", "77aa00bb11cc"], copy.Pending);
    }

    [Fact]
    public void Only_the_items_the_cluster_refused_for_a_transient_reason_are_sent_again()
    {
        const string oneRejected = """{"took":5,"errors":true,"items":[{"index":{"_index":"archivesearch-2","_id":"beiling-2023-11-02-03-01","status":429,"error":{"type":"es_rejected_execution_exception","reason":"rejected execution of primary operation"}}},{"index":{"_index":"archivesearch-2","_id":"beiling-2023-11-02-03-02","_version":1,"result":"created","status":201}}]}""";
        var bulks = 0;
        using var cluster = new RecordedCluster((_, path) => path.EndsWith("_bulk") ? (200, ++bulks == 1 ? oneRejected : Taken) : (200, Deleted));
        var (copy, _, _) = Copy(cluster.Url);

        copy.PageWritten("41d7aa09c3e0", [Item("beiling-2023-11-02-03-01"), Item("beiling-2023-11-02-03-02")], []);

        Assert.Equal(2, Bulks(cluster));
        var again = cluster.Requests[1].Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, again.Length);
        Assert.Equal("beiling-2023-11-02-03-01", JsonDocument.Parse(again[0]).RootElement.GetProperty("index").GetProperty("_id").GetString());
        Assert.Empty(copy.Pending);
    }

    [Fact]
    public void An_item_the_mapping_refuses_is_not_sent_again_and_its_page_stays_pending()
    {
        const string refused = """{"took":5,"errors":true,"items":[{"index":{"_index":"archivesearch-2","_id":"beiling-2023-11-02-03-01","status":400,"error":{"type":"strict_dynamic_mapping_exception","reason":"mapping set to strict"}}}]}""";
        using var cluster = new RecordedCluster((_, path) => (200, path.EndsWith("_bulk") ? refused : Deleted));
        var (copy, warnings, waits) = Copy(cluster.Url);

        copy.PageWritten("41d7aa09c3e0", [Item("beiling-2023-11-02-03-01")], []);

        Assert.Equal(1, Bulks(cluster));
        Assert.Empty(waits);
        Assert.Equal(["41d7aa09c3e0"], copy.Pending);
        Assert.Contains("the cluster answered 400", Assert.Single(warnings.Current()).Sentence);
    }

    [Fact]
    public void A_cluster_that_does_not_answer_is_tried_again_as_a_transient_failure()
    {
        var url = new Uri($"http://127.0.0.1:{LocalPorts.Free()}/");
        var (copy, warnings, waits) = Copy(url);

        copy.PageRemoved("41d7aa09c3e0");

        Assert.Equal(2, waits.Count);
        Assert.Equal(["41d7aa09c3e0"], copy.Pending);
        Assert.Contains("the cluster did not answer", Assert.Single(warnings.Current()).Sentence);
    }

    [Fact]
    public void The_wait_doubles_from_the_first_and_stops_growing_at_the_longest()
    {
        var retry = new ClusterRetry(8, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(3));

        Assert.Equal([0.5, 1, 2, 3, 3], Enumerable.Range(2, 5).Select(a => retry.DelayBefore(a).TotalSeconds));
    }
}
