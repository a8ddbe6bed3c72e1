using ArchiveSearch.Archive.Pages;

namespace ArchiveSearch.Index.Ingest;

/// <summary>The metadata source of a host that knows nothing about its pages beyond their text.</summary>
public sealed class NoPageMetadata : IPageMetadataSource
{
    public PageMetadata Resolve(string inboxRoot, string pagePath) => PageMetadata.None;
}
