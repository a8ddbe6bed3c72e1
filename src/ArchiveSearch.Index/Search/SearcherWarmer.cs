using ArchiveSearch.Index.Schema;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// Readies a new searcher before it serves: the facet arrays and length priors of every new segment are built (see
/// <see cref="SegmentFacetValues"/>, <see cref="SegmentLengthPriors"/>), so the first search after a reopen does not pay for
/// reading them.
/// </summary>
public static class SearcherWarmer
{
    public static IndexSearcher Warm(IndexSearcher searcher)
    {
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            SegmentFacetValues.For(reader);
            SegmentLengthPriors.For(reader);
        }

        return searcher;
    }
}
