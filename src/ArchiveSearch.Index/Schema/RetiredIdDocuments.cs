using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Schema;

/// <summary>
/// The document recording an article id that a new cut of its page no longer has: the page it was on and the
/// opening of its text, enough to send its permalink to the article that now holds that text.
/// </summary>
public static class RetiredIdDocuments
{
    public const string Id = "retired_id";
    public const string PageKey = "retired_page";
    public const string Opening = "retired_opening";

    /// <summary>How much of an article's text is kept to find it again: enough to be distinctive on one page.</summary>
    public const int OpeningLength = 24;

    public static Term ForId(string id) => new(Id, id);

    public static Document Create(string id, string pageKey, string opening) =>
    [
        new StringField(ArticleFields.DocType, DocTypes.RetiredId, Field.Store.NO),
        new StringField(Id, id, Field.Store.YES),
        new StringField(PageKey, pageKey, Field.Store.YES),
        new StoredField(Opening, opening),
    ];

    /// <summary>The id a retired-id document records.</summary>
    public static string IdOf(Document doc) => doc.Get(Id);

    /// <summary>The retired id's page key and opening text, or null when the id was never retired.</summary>
    public static (string PageKey, string Opening)? Find(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(ForId(id)), 1);
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
}
