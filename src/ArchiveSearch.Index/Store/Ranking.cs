using Lucene.Net.Search.Similarities;

namespace ArchiveSearch.Index.Store;

/// <summary>The scoring model shared by the writer (norms) and every searcher.</summary>
public static class Ranking
{
    public static readonly Similarity Similarity = new BM25Similarity();
}
