using ArchiveSearch.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Store;

/// <summary>Whole-index reads for checks and tools (never for serving: they grow with the archive).</summary>
public sealed class IndexContents(ArchiveIndex index)
{
    /// <summary>Every page record, as of the current searcher.</summary>
    public IReadOnlyList<PageRecord> Pages() => index.FindPageRecords(PageRecordDocuments.Every);

    /// <summary>Every stored article, in index order.</summary>
    public IReadOnlyList<StoredArticle> AllArticles() => ReadAll(DocTypes.Article);

    /// <summary>Every page's lines that are in no article, read as articles of kind page.</summary>
    public IReadOnlyList<StoredArticle> AllPageLines() => ReadAll(DocTypes.PageLines);

    /// <summary>
    /// Every article and page's lines in the ordinal order of their ids, starting after <paramref name="afterId"/>
    /// (from the first when null), as of one searcher held until the enumeration ends. Walks the id terms, so memory
    /// stays constant however large the archive, and a reader that stopped can go on after the last id it took.
    /// </summary>
    public IEnumerable<StoredArticle> ItemsInIdOrder(string? afterId = null)
    {
        using var lease = index.Lease();
        var reader = lease.Searcher.IndexReader;
        var terms = MultiFields.GetTerms(reader, ArticleFields.Id);
        if (terms is null)
            yield break;
        var live = MultiFields.GetLiveDocs(reader);
        var ids = terms.GetEnumerator();
        if (afterId is null)
        {
            if (!ids.MoveNext())
                yield break;
        }
        else
        {
            var status = ids.SeekCeil(new BytesRef(afterId));
            if (status == TermsEnum.SeekStatus.END || (status == TermsEnum.SeekStatus.FOUND && !ids.MoveNext()))
                yield break;
        }

        DocsEnum? docs = null;
        do
        {
            docs = ids.Docs(live, docs);
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                yield return ArticleDocuments.Read(lease.Searcher.Doc(doc));
        } while (ids.MoveNext());
    }

    private IReadOnlyList<StoredArticle> ReadAll(string docType) => index.Read(searcher =>
    {
        var collector = new AllDocsCollector();
        searcher.Search(new TermQuery(new Term(ArticleFields.DocType, docType)), collector);
        return collector.Docs.Select(doc => ArticleDocuments.Read(searcher.Doc(doc))).ToList();
    });
}
