namespace ArchiveSearch.Index.Schema;

/// <summary>The values of <see cref="ArticleFields.DocType"/>: every kind of document the index holds, each written and read by one class.</summary>
public static class DocTypes
{
    /// <summary>An article, brief or photo of a page (<see cref="ArticleDocuments"/>).</summary>
    public const string Article = "article";

    /// <summary>The record of one page file: path, hash, status (<see cref="PageRecordDocuments"/>).</summary>
    public const string PageRecord = "page";

    /// <summary>The lines of a page that are in no article, searchable as one document (<see cref="PageLinesDocuments"/>).</summary>
    public const string PageLines = "page_lines";

    /// <summary>An article id a new cut of its page no longer has (<see cref="RetiredIdDocuments"/>).</summary>
    public const string RetiredId = "retired";

    public static readonly IReadOnlyList<string> All = [Article, PageRecord, PageLines, RetiredId];
}
