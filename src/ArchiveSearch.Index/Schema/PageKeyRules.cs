namespace ArchiveSearch.Index.Schema;

/// <summary>
/// The rules that choose the key of a page's article ids (see <see cref="ArticleId.Candidates"/>), as recorded in the
/// page record's <see cref="PageRecordDocuments.KeyRule"/>.
/// </summary>
public static class PageKeyRules
{
    /// <summary>Paper, date and page number name the page.</summary>
    public const string Metadata = "metadata";

    /// <summary>Another file held the page's metadata identity: its content hash is added.</summary>
    public const string MetadataAndContent = "metadata+content";

    /// <summary>A byte-identical copy of a page named by metadata: its path is added.</summary>
    public const string MetadataAndPath = "metadata+path";

    /// <summary>The metadata does not name the page: the file's content hash does.</summary>
    public const string Content = "content";

    /// <summary>A byte-identical copy of a page named by its content: its path is added.</summary>
    public const string ContentAndPath = "content+path";

    /// <summary>A page corrected in place kept the key it held, recorded before key rules were.</summary>
    public const string Kept = "kept";
}
