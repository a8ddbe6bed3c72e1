namespace ArchiveSearch.Index.ClusterExport;

/// <summary>
/// Field names of an item as a cluster indexes it: one JSON document per article, brief, photo or page's lines, its
/// <c>_id</c> the permalink id. The template maps them (<see cref="ClusterTemplate"/>), the bulk files fill them
/// (<see cref="ClusterDocument"/>).
/// </summary>
public static class ClusterFields
{
    public const string Id = "id";
    public const string Url = "url";
    public const string PageId = "page_id";
    public const string PageKey = "page_key";
    public const string Ordinal = "ordinal";
    public const string Kind = "kind";

    /// <summary>The headline as words, present only when the item has a headline of its own.</summary>
    public const string Title = "title";

    /// <summary>What an item without a headline of its own is called (a label cut from its first clause, 本版其他文字): shown, never matched.</summary>
    public const string Label = "label";

    public const string Subtitle = "subtitle";
    public const string Byline = "byline";
    public const string Body = "body";

    /// <summary>The paragraphs of the body that are section headings (a merged item's headline), for display: the body already matches their text.</summary>
    public const string Headings = "headings";

    /// <summary>Title and subtitle as one string, for exact matching only: a headline the layout broke over two lines is found whole.</summary>
    public const string Headline = "headline";

    public const string Authors = "authors";
    public const string AuthorName = "name";
    public const string AuthorRole = "role";
    public const string Paper = "paper";
    public const string Date = "date";
    public const string Page = "page";

    /// <summary>The page number as a number, for sorting a day's pages in order (page A3 after A2).</summary>
    public const string PageNumber = "page_number";

    public const string Section = "section";
    public const string Cut = "cut";
    public const string Verdict = "verdict";
    public const string Reasons = "reasons";

    /// <summary>The subfield of a word field analysed for exact matching.</summary>
    public const string ExactSubfield = "exact";

    /// <summary>The fields an exact string is matched on, as the index's own exact text field: headline, byline, body.</summary>
    public static readonly IReadOnlyList<string> ExactText = [Headline, Byline + "." + ExactSubfield, Body + "." + ExactSubfield];

    /// <summary>The fields <c>author:</c> is matched on: the credited names and the byline.</summary>
    public static readonly IReadOnlyList<string> ExactAuthor = [Authors + "." + AuthorName + "." + ExactSubfield, Byline + "." + ExactSubfield];
}
