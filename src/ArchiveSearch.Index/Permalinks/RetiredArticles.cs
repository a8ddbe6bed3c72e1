using ArchiveSearch.Index.Schema;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Permalinks;

/// <summary>
/// What the index keeps of an article id that a new cut of its page no longer has: the page it was on and
/// the opening of its text, enough to send its permalink to the article that now holds that text.
/// </summary>
public static class RetiredArticles
{
    public const string DocType = "retired";
    public const string Id = "retired_id";
    public const string PageKey = "retired_page";
    public const string Opening = "retired_opening";

    /// <summary>How much of an article's text is kept to find it again: enough to be distinctive on one page.</summary>
    public const int OpeningLength = 24;

    /// <summary>
    /// Records for the articles now in the index under the page's file or its identity whose ids the new cut
    /// does not have, or gives to a text with another opening (<paramref name="kept"/> maps the new cut's ids to
    /// their openings). Articles without a page key (written before ids had one) are recorded under the page's new key.
    /// </summary>
    public static List<Document> Retire(IndexSearcher searcher, string pageId, string pageKey, IReadOnlyDictionary<string, string> kept)
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
            var opening = OpeningOf(article.Body, article.Title);
            if ((kept.TryGetValue(article.Id, out var now) && now == opening) || !seen.Add(article.Id))
                continue;
            retired.Add(Create(article.Id, article.PageKey ?? pageKey, opening));
        }

        return retired;
    }

    /// <summary>The retired id's page key and opening text, or null when the id was never retired.</summary>
    public static (string PageKey, string Opening)? Find(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(Id, id)), 1);
        if (top.TotalHits == 0)
            return null;
        var doc = searcher.Doc(top.ScoreDocs[0].Doc);
        return (doc.Get(PageKey), doc.Get(Opening) ?? "");
    }

    /// <summary>The first characters of the body, or of the title when there is no body.</summary>
    public static string OpeningOf(string body, string title)
    {
        var text = body.Trim().Length > 0 ? body.Trim() : title.Trim();
        var end = Math.Min(text.Length, OpeningLength);
        if (end > 0 && end < text.Length && char.IsHighSurrogate(text[end - 1]))
            end--;
        return text[..end];
    }

    private static Document Create(string id, string pageKey, string opening) =>
    [
        new StringField(ArticleFields.DocType, DocType, Field.Store.NO),
        new StringField(Id, id, Field.Store.YES),
        new StringField(PageKey, pageKey, Field.Store.YES),
        new StoredField(Opening, opening),
    ];
}
