namespace ArchiveSearch.Index.Schema;

/// <summary>Field names of the index. Text fields are word-analysed for ranking; their exact-match forms are in <see cref="ExactField"/>.</summary>
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
