using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Archive.Segmentation;
using ArchiveSearch.Index.Corrections;
using ArchiveSearch.Index.Schema;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.Ingest;

/// <summary>Turns one page file into its articles in the index, or into a quarantine record when it cannot be read.</summary>
public sealed class PageIngestor(PageWriter writer, IPageSegmenter segmenter, PageMetadataResolver metadata, PageLimits limits, PageCorrector corrector, ILogger<PageIngestor> logger)
{
    /// <summary>Indexes one page; <paramref name="stamp"/> is the file's stamp when it was fingerprinted, kept in the record.</summary>
    public PageRecord IndexPage(InboxFiles inbox, string relativePath, string fingerprint, string? stamp = null)
    {
        var pageId = InboxFiles.PageId(relativePath);
        var full = inbox.Full(relativePath);
        var read = PageTextReader.Read(full, limits.Page);
        if (!read.Succeeded)
        {
            var quarantined = new PageRecord(relativePath, fingerprint, pageId, PageStatus.Quarantined, 0, DateTimeOffset.UtcNow, read.Failure, Stamp: stamp);
            writer.QuarantinePage(quarantined);
            logger.LogWarning("Quarantined page {Path}: {Reason}", full, read.Failure);
            return quarantined;
        }

        var (pageMetadata, sidecarProblem) = ResolveMetadata(inbox, full);
        var corrected = corrector.Apply(pageId, relativePath, IndexPipeline.ContentHash(fingerprint), read.Text!, pageMetadata, segmenter.Split(read.Text!));
        var articles = corrected.Articles;
        var record = new PageRecord(relativePath, fingerprint, pageId, PageStatus.Indexed, articles.Count, DateTimeOffset.UtcNow,
            Encoding: read.EncodingName, SidecarProblem: sidecarProblem, Stamp: stamp, Corrections: AppliedCorrections.Of(corrected));
        writer.ReplacePage(record, pageMetadata, articles, LinesOutsideArticles.Find(read.Text!, articles), corrected.Metadata, corrected.Gone);
        logger.LogInformation("Indexed page {Path}: {Articles} articles ({Encoding})", relativePath, articles.Count, read.EncodingName);
        return record;
    }

    /// <summary>
    /// A broken sidecar is rejected with its reason (kept in the page record, so stats list it) and costs the page
    /// only what the sidecar would have added: the page keeps what its path gives.
    /// </summary>
    private (PageMetadata Metadata, string? SidecarProblem) ResolveMetadata(InboxFiles inbox, string full)
    {
        try
        {
            return (metadata.Resolve(inbox.Root, full), null);
        }
        catch (PageMetadataException e)
        {
            return Rejected(inbox, full, e.SidecarPath, e.Problem);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // A sidecar problem the checks did not foresee still costs the page only its sidecar.
            return Rejected(inbox, full, Path.ChangeExtension(full, ".json"), e.Message);
        }
    }

    private (PageMetadata Metadata, string? SidecarProblem) Rejected(InboxFiles inbox, string full, string sidecar, string reason)
    {
        var problem = reason.Length > MaxProblemLength ? reason[..MaxProblemLength] + "…" : reason;
        logger.LogWarning("Rejected the sidecar {Sidecar}: {Problem}; the page is indexed with the metadata its path gives", sidecar, problem);
        return (metadata.FromPath(inbox.Root, full), problem);
    }

    private const int MaxProblemLength = 300;
}
