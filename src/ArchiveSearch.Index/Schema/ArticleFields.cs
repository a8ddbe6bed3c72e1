namespace ArchiveSearch.Index.Schema;

/// <summary>Field names of the index. Text fields are word-analysed for ranking; their exact-match forms are in <see cref="ExactField"/>.</summary>
public static class ArticleFields
{
    /// <summary>What a document records: an article, or the bookkeeping of one page file.</summary>
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

/// <summary>Field names of the page bookkeeping documents.</summary>
public static class PageFields
{
    public const string Path = "path";
    public const string Hash = "hash";
    public const string Status = "status";
    public const string Reason = "reason";
    public const string ArticleCount = "articles";
    public const string IndexedAt = "indexed_at";
    public const string Encoding = "encoding";
    public const string Stamp = "stamp";

    /// <summary>Which rule chose the key of the page's article ids (metadata, metadata+content, …).</summary>
    public const string KeyRule = "key_rule";

    /// <summary>Path, page id, hash and stamp as one doc value, so a rescan reads them without decompressing stored documents.</summary>
    public const string Summary = "page_summary";

    /// <summary>Why the page's sidecar was rejected; indexed so that rejected sidecars can be counted.</summary>
    public const string SidecarProblem = "sidecar_problem";
}

public static class DocTypes
{
    public const string Article = "article";
    public const string Page = "page";

    /// <summary>The lines of a page that are in no article, searchable as one document of kind <see cref="PageLinesDocuments.Kind"/>.</summary>
    public const string PageLines = "page_lines";
}
