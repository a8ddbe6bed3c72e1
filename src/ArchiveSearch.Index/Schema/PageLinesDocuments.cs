using ArchiveSearch.Archive.Pages;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Schema;

/// <summary>
/// The document holding the lines of a page that are in no article: stored and read like an article (ordinal 0,
/// kind <see cref="HitKind"/>, the lines as its body, one per line), so a search that matches only there shows the page.
/// </summary>
public static class PageLinesDocuments
{
    /// <summary>The kind a hit on these lines carries (<c>kind=page</c> in answers and filters), apart from page records and page numbers.</summary>
    public const string HitKind = "page";

    /// <summary>Ordinal of the page's own lines; articles count from 1.</summary>
    public const int Ordinal = 0;

    /// <summary>What a hit on these lines is called: the rest of the page's text.</summary>
    public const string Title = "本版其他文字";

    public static Document Create(string pageId, string pageKey, PageMetadata metadata, IReadOnlyList<string> lines)
    {
        var id = ArticleId.For(pageKey, Ordinal);
        var doc = new Document
        {
            new StringField(ArticleFields.DocType, DocTypes.PageLines, Field.Store.NO),
            new StringField(ArticleFields.Id, id, Field.Store.YES),
            new SortedDocValuesField(ArticleFields.Id, new BytesRef(id)),
            new StringField(ArticleFields.PageId, pageId, Field.Store.YES),
            new StringField(ArticleFields.PageKey, pageKey, Field.Store.YES),
            new StoredField(ArticleFields.Ordinal, Ordinal),
            new NumericDocValuesField(PageOrder.OrdinalNumber, Ordinal),
            new NumericDocValuesField(PageOrder.PageNumber, PageOrder.Of(metadata.Page)),
            new StringField(ArticleFields.Kind, HitKind, Field.Store.YES),
            new SortedDocValuesField(ArticleFields.Kind, new BytesRef(HitKind)),
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
