using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// Readies a new searcher before it serves: the per-document arrays of every new segment are built (see
/// <see cref="SegmentValues"/>, <see cref="IdSortKeys"/>), so the first search after a reopen does not pay for reading them.
/// </summary>
public static class SearcherWarmer
{
    public static IndexSearcher Warm(IndexSearcher searcher)
    {
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            SegmentValues.For(leaf.AtomicReader);
            IdSortKeys.For(leaf.AtomicReader);
        }

        return searcher;
    }
}
