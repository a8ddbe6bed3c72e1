using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.Ingest;

/// <summary>
/// Brings the index in line with the inbox: new and changed pages are (re)indexed, deleted pages removed,
/// unchanged pages left alone. The page records in the index say what was seen last; a page whose size and
/// modification time are what its record says is trusted without being read.
/// </summary>
public sealed class InboxSynchronizer(ArchiveIndex index, PageWriter writer, PageLoader loader, DeletionGuard guard, ILogger<InboxSynchronizer> logger)
{
    /// <summary>
    /// Compares the whole inbox with the index. Returns how many pages changed. Removals are held by the
    /// <see cref="DeletionGuard"/> unless <paramref name="confirmDeletions"/> says an operator confirmed them.
    /// </summary>
    public int SyncAll(InboxFiles inbox, CancellationToken cancellation = default, bool confirmDeletions = false)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var listing = inbox.Scan();
        var listed = clock.Elapsed;
        if (listing.Problem is not null)
        {
            guard.InboxUnavailable(listing.Problem);
            return 0;
        }

        guard.InboxAvailable();
        foreach (var folder in listing.UnreadableFolders)
            logger.LogWarning("Cannot read inbox folder {Folder}; its pages stay in the index as they are", folder);

        // One pass over the page records per full scan; file events look pages up one by one instead.
        var known = index.PageSummaries().ToDictionary(p => p.Path, StringComparer.Ordinal);
        var work = new List<PendingPage>();
        foreach (var entry in listing.Pages)
        {
            known.Remove(entry.Path, out var record);
            if (!IsCurrent(record?.Hash, record?.Stamp, entry.Stamp))
                work.Add(new PendingPage(entry.Path, record?.Hash));
        }

        var changed = 0;
        foreach (var path in listing.UndecodablePages)
        {
            known.Remove(path, out var record);
            if (UndecodablePageNames.IsCurrent(record))
                continue;
            writer.QuarantinePage(UndecodablePageNames.Quarantine(path));
            logger.LogWarning("Quarantined page {Path}: {Reason}", path, UndecodablePageNames.Reason);
            changed++;
        }

        logger.Log(work.Count > 0 ? LogLevel.Information : LogLevel.Debug,
            "Scanned the inbox: {Pages} pages listed in {ListMs:F0} ms, {Records} records compared in {CompareMs:F0} ms, {Work} to read",
            listing.Pages.Count, listed.TotalMilliseconds, known.Count + listing.Pages.Count - work.Count, (clock.Elapsed - listed).TotalMilliseconds, work.Count);
        // Gone pages go first, so that a renamed page's new file finds its identity free and keeps its ids.
        var gone = known.Values.Where(record => !listing.IsHidden(record.Path)).ToList();
        if (gone.Count > 0 && (confirmDeletions || guard.Allows(gone.Count, known.Count + listing.Pages.Count, listing.Pages.Count, inbox.Root)))
        {
            foreach (var record in gone)
            {
                writer.RemovePage(record.PageId);
                logger.LogInformation("Removed page {Path}: the file is gone", record.Path);
            }

            changed += gone.Count;
        }
        else if (gone.Count == 0)
        {
            guard.Allows(0, 0, listing.Pages.Count, inbox.Root);
        }

        return changed + loader.Load(inbox, work, cancellation);
    }

    /// <summary>Re-examines the given pages (after file events). Returns how many changed.</summary>
    public int SyncPages(InboxFiles inbox, IReadOnlyCollection<string> paths, CancellationToken cancellation = default)
    {
        if (paths.Count == 0)
            return 0;
        var work = new List<PendingPage>();
        var gone = new List<PageSummary>();
        foreach (var path in paths)
        {
            // A name that is not UTF-8 cannot be looked at by name: the next full scan quarantines or clears it.
            if (Archive.Files.UndecodableNames.IsUndecodable(path))
                continue;
            var record = index.FindPage(path);
            if (inbox.Stamp(path) is { } stamp)
            {
                if (!IsCurrent(record?.Hash, record?.Stamp, stamp))
                    work.Add(new PendingPage(path, record?.Hash));
            }
            else if (record is not null)
            {
                gone.Add(new PageSummary(record.Path, record.PageId, record.Hash, record.Stamp));
            }
        }

        // Gone pages go first, so that a renamed page's new file finds its identity free and keeps its ids.
        var changed = 0;
        var counts = index.Counts;
        var indexed = counts.Pages + counts.Quarantined;
        if (gone.Count > 0 && guard.Allows(gone.Count, indexed, Math.Max(1, indexed - gone.Count), inbox.Root))
        {
            foreach (var record in gone)
            {
                writer.RemovePage(record.PageId);
                logger.LogInformation("Removed page {Path}: the file is gone", record.Path);
            }

            changed += gone.Count;
        }

        return changed + loader.Load(inbox, work, cancellation);
    }

    /// <summary>A record from this pipeline version with the file's current stamp: nothing to read.</summary>
    private static bool IsCurrent(string? hash, string? recordedStamp, FileStamp stamp) =>
        hash is not null
        && recordedStamp == stamp.ToString()
        && hash.StartsWith(IndexPipeline.Version + ":", StringComparison.Ordinal);
}
