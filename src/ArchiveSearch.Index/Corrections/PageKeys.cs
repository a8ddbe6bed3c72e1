using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Corrections;

/// <summary>Which key a page file's ids have, before it is written again, and which page file a key belongs to.</summary>
public static class PageKeys
{
    private static readonly ISet<string> KeyOnly = new HashSet<string> { ArticleFields.PageKey };
    private static readonly ISet<string> PageIdOnly = new HashSet<string> { ArticleFields.PageId };

    /// <summary>
    /// The key the page's articles hold now (a page file keeps its key when indexed again), or for a page not yet
    /// indexed the key its identity gives when no other file holds it, the common case.
    /// </summary>
    public static string Expected(ArchiveIndex index, string pageId, PageMetadata metadata, string contentHash, string path) =>
        index.Read(searcher =>
        {
            var query = new BooleanQuery
            {
                { new TermQuery(new Term(ArticleFields.PageId, pageId)), Occur.MUST },
                { new TermQuery(new Term(ArticleFields.DocType, DocTypes.Article)), Occur.SHOULD },
                { new TermQuery(new Term(ArticleFields.DocType, DocTypes.PageLines)), Occur.SHOULD },
            };
            query.MinimumNumberShouldMatch = 1;
            var hits = searcher.Search(query, 1).ScoreDocs;
            return hits.Length == 0 ? null : searcher.Doc(hits[0].Doc, KeyOnly).Get(ArticleFields.PageKey);
        }) ?? ArticleId.Candidates(metadata, contentHash, path)[0].Key;

    /// <summary>The path of the page file whose ids have this key (the first file, when copies share it), or null.</summary>
    public static string? PathOf(ArchiveIndex index, string pageKey) => index.Read(searcher =>
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(ArticleFields.PageKey, pageKey)), Occur.MUST },
        };
        var collector = new AllDocsCollector();
        searcher.Search(query, collector);
        var pageId = collector.Docs.Select(doc => searcher.Doc(doc, PageIdOnly).Get(ArticleFields.PageId)).Where(p => p is not null).Min(StringComparer.Ordinal);
        if (pageId is null)
            return null;
        var record = new BooleanQuery
        {
            { new TermQuery(new Term(ArticleFields.DocType, DocTypes.PageRecord)), Occur.MUST },
            { new TermQuery(new Term(ArticleFields.PageId, pageId)), Occur.MUST },
        };
        var top = searcher.Search(record, 1).ScoreDocs;
        return top.Length == 0 ? null : searcher.Doc(top[0].Doc).Get(PageRecordDocuments.Path);
    });
}
