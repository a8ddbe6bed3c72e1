using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Permalinks;

/// <summary>
/// Resolves article ids and page keys. An id that a re-cut of its page retired leads to the article of that
/// page that now holds its opening text, or else to the page, so a permalink once given out never dies.
/// </summary>
public sealed class PermalinkResolver(ArchiveIndex index)
{
    public PermalinkTarget Resolve(string id) => index.Read<PermalinkTarget>(searcher =>
    {
        var live = searcher.Search(new TermQuery(new Term(ArticleFields.Id, id)), 1);
        if (live.TotalHits > 0)
            return new PermalinkTarget.Article(ArticleDocuments.Read(searcher.Doc(live.ScoreDocs[0].Doc)));
        if (RetiredArticles.Find(searcher, id) is not { } retired)
            return new PermalinkTarget.Unknown();
        var page = PageOf(searcher, retired.PageKey);
        if (page is null)
            return new PermalinkTarget.Unknown();
        var holder = retired.Opening.Length == 0
            ? null
            : page.Articles.FirstOrDefault(a => a.Body.Contains(retired.Opening, StringComparison.Ordinal))
              ?? page.Articles.FirstOrDefault(a => a.Title.Contains(retired.Opening, StringComparison.Ordinal));
        return holder is null ? new PermalinkTarget.MovedToPage(page.Key) : new PermalinkTarget.MovedToArticle(holder.Id);
    });

    /// <summary>The page with this key, its articles in order; null when no indexed page has it.</summary>
    public ArchivePage? Page(string pageKey) => index.Read(searcher => PageOf(searcher, pageKey));

    private static ArchivePage? PageOf(IndexSearcher searcher, string pageKey)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(ArticleFields.DocType, DocTypes.Article)), Occur.MUST },
            { new TermQuery(new Term(ArticleFields.PageKey, pageKey)), Occur.MUST },
        };
        var top = searcher.Search(query, ArchivePage.MaxArticles);
        if (top.TotalHits == 0)
            return null;
        var articles = top.ScoreDocs.Select(d => ArticleDocuments.Read(searcher.Doc(d.Doc))).ToList();
        // Two files with the same identity (a copy under another name) show as one page: the first file's.
        var file = articles.Select(a => a.PageId).Min(StringComparer.Ordinal);
        return new ArchivePage(pageKey, articles.Where(a => a.PageId == file).OrderBy(a => a.Ordinal).ToList());
    }
}
