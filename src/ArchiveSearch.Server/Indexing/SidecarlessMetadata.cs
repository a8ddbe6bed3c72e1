using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Ingest;

namespace ArchiveSearch.Server.Indexing;

internal sealed class SidecarlessMetadata : IPageMetadataSource
{
    public PageMetadata Resolve(string inboxRoot, string pagePath) => PageMetadata.None;
}
