using Lucene.Net.Search;

namespace ArchiveSearch.Index.Store;

/// <summary>
/// A searcher held for a read of many steps (an export streamed batch by batch), so that every step sees the
/// same index; its reader stays open until the lease is disposed.
/// </summary>
public sealed class SearcherLease(IndexSearcher searcher, Action<IndexSearcher> release) : IDisposable
{
    private int released;

    public IndexSearcher Searcher { get; } = searcher;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref released, 1) == 0)
            release(Searcher);
    }
}
