using ArchiveSearch.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;

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

    private IReadOnlyList<StoredArticle> ReadAll(string docType) => index.Read(searcher =>
    {
        var collector = new AllDocsCollector();
        searcher.Search(new TermQuery(new Term(ArticleFields.DocType, docType)), collector);
        return collector.Docs.Select(doc => ArticleDocuments.Read(searcher.Doc(doc))).ToList();
    });
}
