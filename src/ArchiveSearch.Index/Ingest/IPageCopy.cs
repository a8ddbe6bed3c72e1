using ArchiveSearch.Index.Schema;

namespace ArchiveSearch.Index.Ingest;

/// <summary>
/// A copy of the index's items kept elsewhere (a cluster), told of each page the writer writes or removes, after the
/// index holds it. The index stays the source: a copy can always be rebuilt from it.
/// </summary>
public interface IPageCopy
{
    /// <summary>The page's items are now <paramref name="items"/>; <paramref name="retiredIds"/> are ids its new cut no longer has.</summary>
    void PageWritten(string pageId, IReadOnlyList<StoredArticle> items, IReadOnlyList<string> retiredIds);

    void PageRemoved(string pageId);
}
