using ArchiveSearch.Archive.Pages;

namespace ArchiveSearch.Index.Ingest;

/// <summary>Finds a page's metadata (paper, date, page, section) from what lies beside it.</summary>
public interface IPageMetadataSource
{
    PageMetadata Resolve(string inboxRoot, string pagePath);
}
