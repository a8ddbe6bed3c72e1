using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// Every hit of one search, in the search's order, from one searcher: the query ran once and left the hits'
/// doc ids; their articles are read a batch at a time while the hits are taken. Dispose it to let the searcher go.
/// </summary>
public sealed class SearchExport : ISearchExport
{
    private readonly SearcherLease lease;
    private readonly ArticleSearch search;
    private readonly int[] docs;
    private readonly float[] scores;
    private readonly IReadOnlyList<string> marks;

    internal SearchExport(SearcherLease lease, ArticleSearch search, int[] docs, float[] scores, IReadOnlyList<string> marks, bool relaxed)
    {
        this.lease = lease;
        this.search = search;
        this.docs = docs;
        this.scores = scores;
        this.marks = marks;
        Relaxed = relaxed;
    }

    public int Total => docs.Length;

    /// <summary>Nothing matched as written, so these are the hits of the relaxed match (as a search would say).</summary>
    public bool Relaxed { get; }

    /// <summary>The hits in order, read <see cref="SearchExporter.BatchSize"/> at a time.</summary>
    public IEnumerable<SearchHit> Hits(CancellationToken cancellation = default)
    {
        var searcher = lease.Searcher;
        var batch = new SearchHit[Math.Min(SearchExporter.BatchSize, docs.Length)];
        var byDoc = new int[batch.Length];
        for (var start = 0; start < docs.Length; start += batch.Length)
        {
            cancellation.ThrowIfCancellationRequested();
            var count = Math.Min(batch.Length, docs.Length - start);
            // Stored articles sit in compressed blocks in index order: a batch is read in that order, then given in hit order.
            for (var i = 0; i < count; i++)
                byDoc[i] = start + i;
            Array.Sort(byDoc, 0, count, Comparer<int>.Create((a, b) => docs[a].CompareTo(docs[b])));
            for (var i = 0; i < count; i++)
            {
                var hit = byDoc[i];
                batch[hit - start] = search.Hit(ArticleDocuments.Read(searcher.Doc(docs[hit])), scores.Length > 0 ? scores[hit] : float.NaN, marks);
            }

            for (var i = 0; i < count; i++)
                yield return batch[i];
        }
    }

    public void Dispose() => lease.Dispose();
}
