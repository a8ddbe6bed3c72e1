using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Index.ClusterSearch;

/// <summary>
/// The hits of one export from a cluster, a batch per request: each batch continues after the last hit of the one
/// before (<c>search_after</c>, every order ending with the permalink id), so no hit is given twice and no window of
/// page numbers bounds the export. The cluster is read live: a page written to it while the export runs may move
/// the rows that follow from the total given first.
/// </summary>
public sealed class ClusterSearchExport : ISearchExport
{
    private readonly ClusterConnection connection;
    private readonly SearchRequest batch;
    private readonly IReadOnlyList<string>? relaxedWords;
    private readonly SearchResponse first;

    internal ClusterSearchExport(ClusterConnection connection, SearchRequest batch, IReadOnlyList<string>? relaxedWords, SearchResponse first)
    {
        this.connection = connection;
        this.batch = batch;
        this.relaxedWords = relaxedWords;
        this.first = first;
    }

    public int Total => first.Total;

    public bool Relaxed => relaxedWords is not null;

    public IEnumerable<SearchHit> Hits(CancellationToken cancellation = default)
    {
        var response = first;
        while (true)
        {
            foreach (var hit in response.Hits)
                yield return hit;
            if (response.Next is not { } next)
                yield break;
            cancellation.ThrowIfCancellationRequested();
            var request = batch with { After = next };
            response = ClusterResponseReader.Read(connection.Search(QueryDslTranslator.Translate(request, relaxedWords)), request);
        }
    }

    /// <summary>Nothing is held open on the cluster between batches.</summary>
    public void Dispose()
    {
    }
}
