using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Archive.Segmentation;
using ArchiveSearch.Index.Store;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.Ingest;

/// <summary>Turns one page file into its articles in the index, or into a quarantine record when it cannot be read.</summary>
public sealed class PageIngestor(ArchiveIndex index, IPageSegmenter segmenter, PageMetadataResolver metadata, ILogger<PageIngestor> logger)
{
    /// <summary>Indexes one page; <paramref name="stamp"/> is the file's stamp when it was fingerprinted, kept in the record.</summary>
    public PageRecord Ingest(InboxFiles inbox, string relativePath, string fingerprint, string? stamp = null)
    {
        var pageId = InboxFiles.PageId(relativePath);
        var full = inbox.Full(relativePath);
        var read = PageTextReader.Read(full);
        if (!read.Succeeded)
        {
            var quarantined = new PageRecord(relativePath, fingerprint, pageId, PageStatus.Quarantined, 0, DateTimeOffset.UtcNow, read.Failure, Stamp: stamp);
            index.QuarantinePage(quarantined);
            logger.LogWarning("Quarantined page {Path}: {Reason}", full, read.Failure);
            return quarantined;
        }

        var articles = segmenter.Split(read.Text!);
        var pageMetadata = ResolveMetadata(inbox, full);
        var record = new PageRecord(relativePath, fingerprint, pageId, PageStatus.Indexed, articles.Count, DateTimeOffset.UtcNow, Encoding: read.EncodingName, Stamp: stamp);
        index.ReplacePage(record, pageMetadata, articles);
        logger.LogInformation("Indexed page {Path}: {Articles} articles ({Encoding})", relativePath, articles.Count, read.EncodingName);
        return record;
    }

    /// <summary>A broken sidecar costs the page its metadata, not its place in the index.</summary>
    private PageMetadata ResolveMetadata(InboxFiles inbox, string full)
    {
        try
        {
            return metadata.Resolve(inbox.Root, full);
        }
        catch (PageMetadataException e)
        {
            logger.LogWarning("Page {Path} is indexed without metadata: {Problem}", full, e.Message);
            return PageMetadata.None;
        }
    }
}
