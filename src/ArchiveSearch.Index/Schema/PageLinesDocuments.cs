using ArchiveSearch.Archive.Pages;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Schema;

/// <summary>
/// The document holding the lines of a page that are in no article: stored and read like an article (ordinal 0,
/// kind <see cref="Kind"/>, the lines as its body, one per line), so a search that matches only there shows the page.
/// </summary>
public static class PageLinesDocuments
{
    public const string Kind = "page";

    /// <summary>Ordinal of the page's own lines; articles count from 1.</summary>
    public const int Ordinal = 0;

    /// <summary>What a hit on these lines is called: the rest of the page's text.</summary>
    public const string Title = "本版其他文字";

    public static Document Create(string pageId, PageMetadata metadata, IReadOnlyList<string> lines)
    {
        var doc = new Document
        {
            new StringField(ArticleFields.DocType, DocTypes.PageLines, Field.Store.NO),
            new StringField(ArticleFields.Id, ArticleId.For(pageId, Ordinal), Field.Store.YES),
            new StringField(ArticleFields.PageId, pageId, Field.Store.YES),
            new StoredField(ArticleFields.Ordinal, Ordinal),
            new StringField(ArticleFields.Kind, Kind, Field.Store.YES),
            new SortedDocValuesField(ArticleFields.Kind, new BytesRef(Kind)),
            // Stored only: the label must not match queries.
            new StoredField(ArticleFields.Title, Title),
        };
        var text = string.Join('\n', lines);
        ArticleDocuments.AddText(doc, ArticleFields.Body, text);
        ArticleDocuments.AddExact(doc, ExactField.Text, [text]);
        ArticleDocuments.AddMetadata(doc, metadata);
        return doc;
    }
}
