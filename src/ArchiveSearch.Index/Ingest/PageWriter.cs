using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Permalinks;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Ingest;

/// <summary>
/// Writes pages into the store: decides the key of a page's article ids (no two page files share one), which ids a
/// new cut retires, and the documents of a page (its record, its articles, its lines in no article), written in one
/// update so a commit holds the page's old documents or its new ones, never neither.
/// </summary>
public sealed class PageWriter
{
    private readonly ArchiveIndex index;
    private readonly IPageCopy? copy;
    private readonly PageKeyClaims keyClaims = new();

    /// <param name="copy">Where each written page's items go as well (a cluster), when the host keeps a copy.</param>
    public PageWriter(ArchiveIndex index, IPageCopy? copy = null)
    {
        this.index = index;
        this.copy = copy;
        index.AddRefreshListener(keyClaims);
    }

    /// <summary>Replaces everything known about a page: its record, its articles and the lines that are in no article.</summary>
    /// <remarks><paramref name="shownMetadata"/>, when given, is what the documents say (a corrected paper, date or page)
    /// while the key still comes from <paramref name="metadata"/>, so correcting a page's metadata keeps its ids;
    /// <paramref name="correctedAway"/> are the segmenter's articles a correction removed (merged into another), whose ids
    /// are recorded as retired even in an index that never held them (a rebuild), so their permalinks still lead on.</remarks>
    public void ReplacePage(PageRecord page, PageMetadata metadata, IReadOnlyList<Article> articles, IReadOnlyList<string>? linesOutsideArticles = null,
        PageMetadata? shownMetadata = null, IReadOnlyList<Article>? correctedAway = null)
    {
        var candidates = KeepingHeldKey(page, metadata, ArticleId.Candidates(metadata, IndexPipeline.ContentHash(page.Hash), page.Path));
        var choice = keyClaims.Claim(page.PageId, candidates, key => index.Read(searcher => OtherPagesHoldingKey(searcher, key, page.PageId)));
        try
        {
            WritePage(page with { KeyRule = choice.Rule }, choice.Key, shownMetadata ?? metadata, articles, linesOutsideArticles, correctedAway);
        }
        finally
        {
            // Written or not, the page's documents are now what the writer holds.
            keyClaims.Written(page.PageId);
        }
    }

    /// <summary>Rewrites only a page's record (a new stamp for the same content); its articles stay.</summary>
    public void UpdatePageRecord(PageRecord page) =>
        index.ReplaceDocument(page.PageId, PageRecordDocuments.ForPath(page.Path), PageRecordDocuments.Create(page));

    /// <summary>Records a page that cannot be indexed; any articles it had before are removed.</summary>
    public void QuarantinePage(PageRecord page) => ReplacePage(page, PageMetadata.None, []);

    public void RemovePage(string pageId)
    {
        index.RemovePage(pageId);
        keyClaims.Removed(pageId);
        copy?.PageRemoved(pageId);
    }

    private static readonly ISet<string> PageIdOnly = new HashSet<string> { ArticleFields.PageId };

    private static readonly ISet<string> HeldKeyFields = new HashSet<string> { ArticleFields.PageKey, ArticleFields.Paper, ArticleFields.Date, ArticleFields.PageNumber };

    /// <summary>
    /// A page named by its metadata that holds a key other than the plain one (a re-issue, keyed with its content or path)
    /// keeps that key while its metadata names the same page and no other file holds it, so correcting the file in
    /// place does not change its ids (rule: the one the page record names). Pages named by their content take a new key
    /// with new content: that is their identity.
    /// </summary>
    private IReadOnlyList<PageKeyChoice> KeepingHeldKey(PageRecord page, PageMetadata metadata, IReadOnlyList<PageKeyChoice> candidates)
    {
        if (candidates[0].Rule != PageKeyRules.Metadata)
            return candidates;
        // One of the page's articles says which key and metadata it was written with (none on a first load: no read).
        var held = index.Read(searcher =>
        {
            var query = new BooleanQuery
            {
                { new TermQuery(new Term(ArticleFields.PageId, page.PageId)), Occur.MUST },
                { new TermQuery(new Term(ArticleFields.DocType, DocTypes.Article)), Occur.MUST },
            };
            var hits = searcher.Search(query, 1).ScoreDocs;
            return hits.Length == 0 ? null : ArticleDocuments.Read(searcher.Doc(hits[0].Doc, HeldKeyFields));
        });
        if (held?.PageKey is not { } key || key == candidates[0].Key)
            return candidates;
        var before = ArticleId.Candidates(new PageMetadata(held.Paper, held.Date, held.Page), "", page.Path)[0];
        if (before.Rule != PageKeyRules.Metadata || before.Key != candidates[0].Key)
            return candidates;
        var rule = index.FindPage(page.Path)?.KeyRule ?? PageKeyRules.Kept;
        return [new PageKeyChoice(rule, key), .. candidates.Where(c => c.Key != key)];
    }

    /// <summary>The other pages the searcher shows holding a page key (none, most often, so no stored field is read).</summary>
    private static HashSet<string> OtherPagesHoldingKey(IndexSearcher searcher, string pageKey, string pageId)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(ArticleFields.PageKey, pageKey)), Occur.MUST },
            { new TermQuery(new Term(ArticleFields.PageId, pageId)), Occur.MUST_NOT },
        };
        var collector = new AllDocsCollector();
        searcher.Search(query, collector);
        return collector.Docs.Select(doc => searcher.Doc(doc, PageIdOnly).Get(ArticleFields.PageId)).ToHashSet(StringComparer.Ordinal);
    }

    private void WritePage(PageRecord page, string pageKey, PageMetadata metadata, IReadOnlyList<Article> articles, IReadOnlyList<string>? linesOutsideArticles,
        IReadOnlyList<Article>? correctedAway = null)
    {
        var docs = new List<Document>(articles.Count + 2) { PageRecordDocuments.Create(page) };
        foreach (var article in articles)
            docs.Add(ArticleDocuments.Create(page.PageId, pageKey, metadata, article));
        if (linesOutsideArticles is { Count: > 0 })
            docs.Add(PageLinesDocuments.Create(page.PageId, pageKey, metadata, linesOutsideArticles));
        // Ids this cut no longer has keep a record, so their permalinks still lead somewhere.
        var kept = articles.ToDictionary(a => ArticleId.For(pageKey, a.Ordinal), a => RetiredIdDocuments.OpeningOf(a.Body, a.Title), StringComparer.Ordinal);
        var retired = index.Read(searcher => Retire(searcher, page.PageId, pageKey, kept));
        foreach (var gone in correctedAway ?? [])
        {
            var id = ArticleId.For(pageKey, gone.Ordinal);
            if (!kept.ContainsKey(id) && retired.All(r => RetiredIdDocuments.IdOf(r) != id))
                retired.Add(RetiredIdDocuments.Create(id, pageKey, RetiredIdDocuments.OpeningOf(gone.Body, gone.Title)));
        }

        // The page's items as the index stores them (the record first, the retired ids after them, are no items).
        List<StoredArticle> items = copy is null ? [] : docs.Skip(1).Select(ArticleDocuments.Read).ToList();
        docs.AddRange(retired);
        index.ReplacePageDocuments(page.PageId, docs, retired.Select(record => RetiredIdDocuments.ForId(RetiredIdDocuments.IdOf(record))).ToList());
        copy?.PageWritten(page.PageId, items, retired.Select(RetiredIdDocuments.IdOf).ToList());
    }

    /// <summary>
    /// Records for the articles now in the index under the page's file or its identity whose ids the new cut
    /// does not have, or gives to a text with another opening (<paramref name="kept"/> maps the new cut's ids to
    /// their openings). Articles without a page key (written before ids had one) are recorded under the page's new key.
    /// </summary>
    private static List<Document> Retire(IndexSearcher searcher, string pageId, string pageKey, IReadOnlyDictionary<string, string> kept)
    {
        var samePage = new BooleanQuery
        {
            { new TermQuery(new Term(ArticleFields.PageId, pageId)), Occur.SHOULD },
            { new TermQuery(new Term(ArticleFields.PageKey, pageKey)), Occur.SHOULD },
        };
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(ArticleFields.DocType, DocTypes.Article)), Occur.MUST },
            { samePage, Occur.MUST },
        };
        var retired = new List<Document>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var top = searcher.Search(query, ArchivePage.MaxArticles);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var article = ArticleDocuments.Read(searcher.Doc(scoreDoc.Doc));
            var opening = RetiredIdDocuments.OpeningOf(article.Body, article.Title);
            if ((kept.TryGetValue(article.Id, out var now) && now == opening) || !seen.Add(article.Id))
                continue;
            retired.Add(RetiredIdDocuments.Create(article.Id, article.PageKey ?? pageKey, opening));
        }

        return retired;
    }
}
