using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Store;

/// <summary>Collects the ids of every matching document (top-level ids; in index order unless the query scores out of order).</summary>
public sealed class AllDocsCollector : ICollector
{
    private int docBase;

    public List<int> Docs { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void Collect(int doc) => Docs.Add(docBase + doc);

    public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;
}
