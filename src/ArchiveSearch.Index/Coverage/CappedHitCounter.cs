using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Coverage;

/// <summary>
/// Counts matching documents up to a cap and then stops collecting, in this segment and the ones after it:
/// whether a string is rare is settled by the first few hits past the cap, so a common string costs no more
/// than a rare one however large the archive grows. Where it stopped is kept, so that a count cut short can be
/// extended to the whole index (<see cref="Estimate"/>).
/// </summary>
public sealed class CappedHitCounter(int cap) : ICollector
{
    private readonly List<int> docs = [];
    private int docBase;

    /// <summary>The documents counted: the true count when it is at most the cap, cap + 1 when there are more.</summary>
    public int Count { get; private set; }

    public bool ReachedCap => Count > cap;

    /// <summary>The documents counted (index-wide numbers, ascending): all that match when the cap was not reached.</summary>
    public IReadOnlyList<int> Docs => docs;

    /// <summary>How many documents of the index (in index order) were passed when counting stopped.</summary>
    public int Passed { get; private set; }

    /// <summary>In order, so that the documents passed are a prefix of the index.</summary>
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        if (ReachedCap)
            throw new CollectionTerminatedException();
        docBase = context.DocBase;
    }

    public void Collect(int doc)
    {
        Count++;
        docs.Add(docBase + doc);
        if (ReachedCap)
        {
            Passed = docBase + doc + 1;
            throw new CollectionTerminatedException();
        }
    }

    /// <summary>
    /// The count over the whole index of <paramref name="maxDoc"/> documents: the true count when counting ran to
    /// the end, else the count in the part passed scaled to the whole (at least what was counted).
    /// </summary>
    public int Estimate(int maxDoc) =>
        !ReachedCap || Passed <= 0 ? Count : (int)Math.Max(Count, Math.Min(int.MaxValue, (long)Count * maxDoc / Passed));
}
