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
        var retired = RetiredIdDocuments.Find(searcher, id);
        if (live.TotalHits > 0)
        {
            var article = ArticleDocuments.Read(searcher.Doc(live.ScoreDocs[0].Doc));
            // The id's place now holds another text: say where the text it used to lead to went.
            var former = retired is { } r && !Holds(article, r.Opening) && PageOf(searcher, r.PageKey) is { } p ? Holder(p, r.Opening) : null;
            return new PermalinkTarget.Article(article, former?.Id == article.Id ? null : former?.Id);
        }

        if (retired is null || PageOf(searcher, retired.Value.PageKey) is not { } page)
            return new PermalinkTarget.Unknown();
        return Holder(page, retired.Value.Opening) is { } holder
            ? new PermalinkTarget.MovedToArticle(holder.Id)
            : new PermalinkTarget.MovedToPage(page.Key);
    });

    private static bool Holds(StoredArticle article, string opening) =>
        opening.Length > 0 && (article.Body.Contains(opening, StringComparison.Ordinal) || article.Title.Contains(opening, StringComparison.Ordinal));

    /// <summary>The article of the page that holds the opening text: in its body first, else in its title.</summary>
    private static StoredArticle? Holder(ArchivePage page, string opening) =>
        opening.Length == 0
            ? null
            : page.Articles.FirstOrDefault(a => a.Body.Contains(opening, StringComparison.Ordinal))
              ?? page.Articles.FirstOrDefault(a => a.Title.Contains(opening, StringComparison.Ordinal));

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
