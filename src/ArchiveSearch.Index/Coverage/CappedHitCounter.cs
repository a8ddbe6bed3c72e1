using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Coverage;

/// <summary>
/// Counts matching documents up to a cap and then stops collecting, in this segment and the ones after it:
/// whether a string is rare is settled by the first few hits past the cap, so a common string costs no more
/// than a rare one however large the archive grows.
/// </summary>
public sealed class CappedHitCounter(int cap) : ICollector
{
    /// <summary>The documents counted: the true count when it is at most the cap, cap + 1 when there are more.</summary>
    public int Count { get; private set; }

    public bool ReachedCap => Count > cap;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        if (ReachedCap)
            throw new CollectionTerminatedException();
    }

    public void Collect(int doc)
    {
        Count++;
        if (ReachedCap)
            throw new CollectionTerminatedException();
    }
}
