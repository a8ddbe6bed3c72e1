using System.Globalization;
using ArchiveSearch.Analysis.Exact;
using ArchiveSearch.Archive.Articles;
using ArchiveSearch.Archive.Pages;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace ArchiveSearch.Index.Schema;

/// <summary>Maps articles to Lucene documents and back.</summary>
public static class ArticleDocuments
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Numeric day of a date (yyyyMMdd), the form used for range filters and sorting.</summary>
    public const string DateNumber = "date_n";

    /// <summary>The <see cref="DateNumber"/> of a day: yyyyMMdd as a number.</summary>
    public static int DayNumber(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    public static Document Create(string pageId, string pageKey, PageMetadata metadata, Article article)
    {
        var id = ArticleId.For(pageKey, article.Ordinal);
        var doc = new Document
        {
            new StringField(ArticleFields.DocType, DocTypes.Article, Field.Store.NO),
            new StringField(ArticleFields.Id, id, Field.Store.YES),
            // The last tie-breaker of every sort, so a cursor names one place in any order.
            new SortedDocValuesField(ArticleFields.Id, new BytesRef(id)),
            new StringField(ArticleFields.PageId, pageId, Field.Store.YES),
            new StringField(ArticleFields.PageKey, pageKey, Field.Store.YES),
            new StoredField(ArticleFields.Ordinal, article.Ordinal),
            new NumericDocValuesField(PageOrder.OrdinalNumber, article.Ordinal),
            new NumericDocValuesField(PageOrder.PageNumber, PageOrder.Of(metadata.Page)),
            new StoredField(ArticleFields.StartOffset, article.StartOffset),
            new StoredField(ArticleFields.EndOffset, article.EndOffset),
        };

        var kind = article.Kind.ToString().ToLowerInvariant();
        doc.Add(new StringField(ArticleFields.Kind, kind, Field.Store.YES));
        doc.Add(new SortedDocValuesField(ArticleFields.Kind, new BytesRef(kind)));

        // A label cut from the item's own text is stored for display but not indexed as a headline (see DerivedTitles).
        if (DerivedTitles.IsDerived(article.Title, article.Body))
            doc.Add(new StoredField(ArticleFields.Title, article.Title));
        else
            AddText(doc, ArticleFields.Title, article.Title);
        AddText(doc, ArticleFields.Subtitle, article.Subtitle);
        AddText(doc, ArticleFields.Byline, article.Byline);
        AddText(doc, ArticleFields.Body, article.Body);
        foreach (var heading in article.Headings)
            doc.Add(new StoredField(ArticleFields.Heading, heading));
        if (article.Body.Length > 0)
            doc.Add(new Field(ArticleFields.Lead, article.Body, FieldTypes.Lead));
        doc.Add(new NumericDocValuesField(ArticleFields.LengthPriorValue, LengthPrior.Of(article.Body)));
        AddExact(doc, article);
        ArticleCut.Add(doc, article.Cut);

        foreach (var author in article.Authors)
        {
            doc.Add(new StringField(ArticleFields.Author, author.Name, Field.Store.YES));
            doc.Add(new StoredField(AuthorRole, author.Role ?? ""));
            doc.Add(new SortedSetDocValuesField(ArticleFields.Author, new BytesRef(author.Name)));
        }

        AddMetadata(doc, metadata);
        return doc;
    }

    /// <summary>Paper, date, page number and section, for filters, facets and display.</summary>
    internal static void AddMetadata(Document doc, PageMetadata metadata)
    {
        if (metadata.Paper is { Length: > 0 } paper)
        {
            doc.Add(new StringField(ArticleFields.Paper, paper, Field.Store.YES));
            doc.Add(new SortedDocValuesField(ArticleFields.Paper, new BytesRef(paper)));
        }

        if (metadata.Date is { } date)
        {
            var day = DayNumber(date);
            doc.Add(new StringField(ArticleFields.Date, date.ToString(DateFormat, CultureInfo.InvariantCulture), Field.Store.YES));
            doc.Add(new Int32Field(DateNumber, day, Field.Store.NO));
            doc.Add(new NumericDocValuesField(DateNumber, day));
        }

        if (metadata.Page is { Length: > 0 } page)
            doc.Add(new StoredField(ArticleFields.PageNumber, page));
        if (metadata.Section is { Length: > 0 } section)
            doc.Add(new StoredField(ArticleFields.Section, section));
    }

    /// <summary>Role of the author at the same position among the stored author values.</summary>
    public const string AuthorRole = "author_role";

    public static StoredArticle Read(Document doc)
    {
        var names = doc.GetValues(ArticleFields.Author);
        var roles = doc.GetValues(AuthorRole);
        var authors = new List<Author>(names.Length);
        for (var i = 0; i < names.Length; i++)
            authors.Add(new Author(names[i], i < roles.Length && roles[i].Length > 0 ? roles[i] : null));

        var date = doc.Get(ArticleFields.Date);
        return new StoredArticle(
            Id: doc.Get(ArticleFields.Id),
            PageId: doc.Get(ArticleFields.PageId),
            Ordinal: doc.GetField(ArticleFields.Ordinal)?.GetInt32Value() ?? 0,
            Kind: doc.Get(ArticleFields.Kind) ?? "article",
            Title: doc.Get(ArticleFields.Title) ?? "",
            Subtitle: doc.Get(ArticleFields.Subtitle),
            Byline: doc.Get(ArticleFields.Byline),
            Authors: authors,
            Body: doc.Get(ArticleFields.Body) ?? "",
            Paper: doc.Get(ArticleFields.Paper),
            Date: date is null ? null : DateOnly.ParseExact(date, DateFormat, CultureInfo.InvariantCulture),
            Page: doc.Get(ArticleFields.PageNumber),
            Section: doc.Get(ArticleFields.Section),
            PageKey: doc.Get(ArticleFields.PageKey))
        {
            Cut = ArticleCut.Read(doc),
            Headings = doc.GetValues(ArticleFields.Heading),
        };
    }

    /// <summary>A text field stored and indexed as words (see <see cref="FieldTypes"/>).</summary>
    internal static void AddText(Document doc, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            doc.Add(new Field(field, value, FieldTypes.StoredWords));
    }

    /// <summary>
    /// The exact-match fields. The headline (title and subtitle as one string) is the first value of the
    /// article's text and, being short, indexed once more on its own for <c>title:</c>; names and byline
    /// likewise for <c>author:</c>. The values of a field stay apart by <see cref="ExactGramAnalyzer.ValueGap"/> positions.
    /// A label cut from the item's own first clause is no headline (see <see cref="DerivedTitles"/>); its text is in the body.
    /// </summary>
    private static void AddExact(Document doc, Article article)
    {
        var headline = (DerivedTitles.IsDerived(article.Title, article.Body) ? "" : article.Title) + article.Subtitle;
        string[] text = [headline, article.Byline ?? "", article.Body];
        string[] credits = [.. article.Authors.Select(a => a.Name), article.Byline ?? ""];
        AddExact(doc, ExactField.Text, text);
        AddExact(doc, ExactField.Headline, [headline]);
        AddExact(doc, ExactField.Author, credits);
    }

    internal static void AddExact(Document doc, ExactField field, IReadOnlyList<string> values)
    {
        foreach (var value in values.Where(v => v.Length > 0))
        {
            doc.Add(new Field(field.Name, value, FieldTypes.ExactCharacters));
            doc.Add(new Field(field.Pairs, value, FieldTypes.ExactPairs));
        }
    }
}

/// <summary>An article as the index stores it, with its page's metadata.</summary>
public sealed record StoredArticle(
    string Id,
    string PageId,
    int Ordinal,
    string Kind,
    string Title,
    string? Subtitle,
    string? Byline,
    IReadOnlyList<Author> Authors,
    string Body,
    string? Paper,
    DateOnly? Date,
    string? Page,
    string? Section,
    string? PageKey = null)
{
    /// <summary>How sure the segmenter was of the article's cut, and why not.</summary>
    public StoredCut Cut { get; init; } = StoredCut.Sure;

    /// <summary>The paragraphs of <see cref="Body"/> that are section headings (see <see cref="Article.Headings"/>), in body order.</summary>
    public IReadOnlyList<string> Headings { get; init; } = [];

    /// <summary>Whether a paragraph of the body is one of its section headings.</summary>
    public bool IsHeading(string paragraph) => Headings.Contains(paragraph, StringComparer.Ordinal);
}

/// <summary>
/// Field names of an article document, kept beside the code that writes and reads them; doctype, id, page id and
/// page key are shared by every document type. Text fields are word-analysed for ranking; their exact-match forms
/// are in <see cref="ExactField"/>.
/// </summary>
public static class ArticleFields
{
    /// <summary>What a document records: one of <see cref="DocTypes"/>.</summary>
    public const string DocType = "doctype";

    public const string Id = "id";
    public const string PageId = "page_id";

    /// <summary>The key of the page's identity (see <see cref="ArticleId"/>), which outlives the file's name.</summary>
    public const string PageKey = "page_key";
    public const string Ordinal = "ordinal";
    public const string Kind = "kind";
    public const string Title = "title";
    public const string Subtitle = "subtitle";
    public const string Byline = "byline";
    public const string Body = "body";

    /// <summary>
    /// The body's section headings, one stored value each (a merged item's headline): kept for display only, since the
    /// body field already indexes their text, so recall and ranking stay as they were.
    /// </summary>
    public const string Heading = "heading";

    /// <summary>The first <see cref="LeadWords"/> words of the body, indexed (not stored) for ranking by subject.</summary>
    public const string Lead = "lead";

    public const int LeadWords = 50;

    public const string Author = "author";
    public const string Paper = "paper";
    public const string Date = "date";
    public const string PageNumber = "page";
    public const string Section = "section";
    public const string StartOffset = "start";
    public const string EndOffset = "end";

    /// <summary>Numeric doc values: the ranking prior of the article's length (<see cref="LengthPrior.Of"/>).</summary>
    public const string LengthPriorValue = "length_prior";

    /// <summary>The text fields every plain query searches, in the order of their weight.</summary>
    public static readonly string[] Text = [Title, Subtitle, Byline, Body];
}
