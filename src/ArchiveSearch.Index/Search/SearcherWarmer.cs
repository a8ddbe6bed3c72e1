using ArchiveSearch.Index.Schema;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// Readies a new searcher before it serves: the doc values that facets and date sorting read are loaded
/// for every segment, so the first search after a reopen does not pay for loading them.
/// </summary>
public static class SearcherWarmer
{
    public static IndexSearcher Warm(IndexSearcher searcher)
    {
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            reader.GetSortedDocValues(ArticleFields.Paper);
            reader.GetSortedDocValues(ArticleFields.Kind);
            reader.GetSortedSetDocValues(ArticleFields.Author);
            reader.GetNumericDocValues(ArticleDocuments.DateNumber);
            reader.GetDocsWithField(ArticleDocuments.DateNumber);
        }

        return searcher;
    }
}
