using System.Buffers;
using System.Text;
using System.Text.Json;
using ArchiveSearch.Index.ClusterIngest;
using ArchiveSearch.Index.ClusterExport;
using ArchiveSearch.Index.ClusterSearch;
using ArchiveSearch.Index.Composition;
using ArchiveSearch.Index.Health;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArchiveSearch.Index.Tests.ClusterIngest;

/// <summary>
/// With a cluster, the writer sends each page it writes as the export would write its items, and the cluster copy
/// puts them on the wire as one bulk request (the items, then deletes of retired ids) and a delete of the page's other items.
/// </summary>
public sealed class ClusterPageCopyTests : IDisposable
{
    private static readonly string Samples = Path.Combine(SharedFolder.RepositoryRoot, "samples");
    private readonly string indexPath = Path.Combine(Path.GetTempPath(), "archivesearch-index-tests", Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        if (Directory.Exists(indexPath))
            Directory.Delete(indexPath, recursive: true);
    }

    /// <summary>What the writer told the copy, page by page, the last time it wrote each page.</summary>
    private sealed class PagesTold : IPageCopy
    {
        public Dictionary<string, IReadOnlyList<StoredArticle>> Written { get; } = [];

        public List<string> Removed { get; } = [];

        public void PageWritten(string pageId, IReadOnlyList<StoredArticle> items, IReadOnlyList<string> retiredIds) => Written[pageId] = items;

        public void PageRemoved(string pageId) => Removed.Add(pageId);
    }

    private static string ExportLines(StoredArticle item)
    {
        var buffer = new ArrayBufferWriter<byte>();
        ClusterDocument.WriteBulkLines(item, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void Each_written_page_s_items_are_the_documents_the_export_writes_from_the_index()
    {
        var told = new PagesTold();
        using var workspace = new ArchiveWorkspace(indexPath, compose: services => services.AddSingleton<IPageCopy>(told));

        workspace.Ingest(Samples);

        var stored = workspace.Contents.AllArticles().Concat(workspace.Contents.AllPageLines()).ToDictionary(a => a.Id, ExportLines);
        var sent = told.Written.Values.SelectMany(items => items).ToDictionary(a => a.Id, ExportLines);
        Assert.NotEmpty(stored);
        Assert.Equal(stored.Keys.Order(StringComparer.Ordinal), sent.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, lines) in stored)
            Assert.Equal(lines, sent[id]);
    }

    [Fact]
    public void Without_a_cluster_no_copy_is_kept_and_the_index_answers_searches()
    {
        using var provider = new ServiceCollection().AddLogging().AddArchiveCore(_ => new ArchiveCoreSettings(indexPath)).BuildServiceProvider();

        Assert.Null(provider.GetService<IPageCopy>());
        Assert.IsType<ArticleSearch>(provider.GetRequiredService<ISearchEngine>());
    }

    [Fact]
    public void With_a_cluster_the_cluster_answers_searches_and_the_writer_keeps_its_copy()
    {
        using var provider = new ServiceCollection().AddLogging().AddArchiveCore(_ => new ArchiveCoreSettings(indexPath))
            .AddClusterSearch(_ => new ClusterSettings(new Uri("http://127.0.0.1:9200"))).BuildServiceProvider();

        Assert.IsType<ClusterPageCopy>(provider.GetRequiredService<IPageCopy>());
        Assert.IsType<ClusterSearchEngine>(provider.GetRequiredService<ISearchEngine>());
    }

    [Fact]
    public void Cluster_search_set_to_no_cluster_leaves_the_index_answering_and_no_copy()
    {
        using var provider = new ServiceCollection().AddLogging().AddArchiveCore(_ => new ArchiveCoreSettings(indexPath))
            .AddClusterSearch(_ => null).BuildServiceProvider();

        Assert.Null(provider.GetService<IPageCopy>());
        Assert.IsType<ArticleSearch>(provider.GetRequiredService<ISearchEngine>());
        Assert.NotNull(provider.GetRequiredService<PageWriter>());
    }

    [Fact]
    public void A_written_page_is_one_bulk_request_of_its_items_and_retired_ids_then_a_delete_of_its_other_items()
    {
        using var cluster = new RecordedCluster((_, path) => (200, path.Contains("_bulk") ? """{"took":5,"errors":false,"items":[]}""" : """{"took":3,"deleted":1,"failures":[]}"""));
        var copy = new ClusterPageCopy(new ClusterConnection(new ClusterSettings(cluster.Url)), new OperatorWarnings(), NullLogger<ClusterPageCopy>.Instance);
        var item = new StoredArticle("beiling-2023-11-02-03-01", "41d7aa09c3e0", 1, "article", "城东街道加装电梯", null, "本报记者 韩晓雪", [], "城东街道今年加装电梯十部。", "北岭晚报", new DateOnly(2023, 11, 2), "3", null, "beiling-2023-11-02-03");

        copy.PageWritten("41d7aa09c3e0", [item], ["beiling-2023-11-02-03-05"]);

        Assert.Equal(2, cluster.Requests.Count);
        var (method, path, body, _) = cluster.Requests[0];
        Assert.Equal(("POST", "/archivesearch/_bulk"), (method, path));
        Assert.Equal(ExportLines(item) + "{\"delete\":{\"_id\":\"beiling-2023-11-02-03-05\"}}\n", body);
        var others = JsonDocument.Parse(cluster.Requests[1].Body).RootElement.GetProperty("query").GetProperty("bool");
        Assert.Equal("/archivesearch/_delete_by_query", cluster.Requests[1].Path);
        Assert.Equal("41d7aa09c3e0", others.GetProperty("filter")[0].GetProperty("term").GetProperty(ClusterFields.PageId).GetString());
        Assert.Equal("beiling-2023-11-02-03-01", others.GetProperty("must_not")[0].GetProperty("ids").GetProperty("values")[0].GetString());
    }

    [Fact]
    public void A_removed_page_s_items_are_deleted_by_its_page_id()
    {
        using var cluster = new RecordedCluster((_, _) => (200, """{"took":3,"deleted":4,"failures":[]}"""));
        var copy = new ClusterPageCopy(new ClusterConnection(new ClusterSettings(cluster.Url)), new OperatorWarnings(), NullLogger<ClusterPageCopy>.Instance);

        copy.PageRemoved("41d7aa09c3e0");

        var query = JsonDocument.Parse(Assert.Single(cluster.Requests).Body).RootElement.GetProperty("query").GetProperty("bool");
        Assert.Equal("41d7aa09c3e0", query.GetProperty("filter")[0].GetProperty("term").GetProperty(ClusterFields.PageId).GetString());
        Assert.False(query.TryGetProperty("must_not", out _));
    }

    [Fact]
    public void A_bulk_item_the_cluster_refuses_is_a_cluster_request_exception_with_the_item_s_error()
    {
        const string answer = """{"took":5,"errors":true,"items":[{"index":{"_index":"archivesearch-2","_id":"x","status":400,"error":{"type":"strict_dynamic_mapping_exception","reason":"mapping set to strict, dynamic introduction of [extra] within [_doc] is not allowed"}}}]}""";
        using var cluster = new RecordedCluster((_, _) => (200, answer));
        var connection = new ClusterConnection(new ClusterSettings(cluster.Url));

        var failure = Assert.Throws<ClusterRequestException>(() => connection.Bulk("{\"index\":{\"_id\":\"x\"}}\n{\"extra\":1}\n"));

        Assert.Contains("strict_dynamic_mapping_exception", failure.Message);
    }
}
