using ArchiveSearch.Index.Store;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.Ingest;

/// <summary>
/// Brings the index in line with the inbox: new and changed pages are (re)indexed, deleted pages removed,
/// unchanged pages left alone. The page records in the index say what was seen last.
/// </summary>
public sealed class InboxSynchronizer(ArchiveIndex index, PageIngestor ingestor, IngestionProgress progress, ILogger<InboxSynchronizer> logger)
{
    /// <summary>Compares the whole inbox with the index. Returns how many pages changed.</summary>
    public int SyncAll(InboxFiles inbox, CancellationToken cancellation = default)
    {
        var known = index.Pages().ToDictionary(p => p.Path, StringComparer.Ordinal);
        var onDisk = inbox.EnumeratePages().ToList();
        progress.AddPending(onDisk.Count);
        var changed = 0;
        foreach (var path in onDisk)
        {
            cancellation.ThrowIfCancellationRequested();
            known.TryGetValue(path, out var record);
            known.Remove(path);
            if (SyncPage(inbox, path, record))
                changed++;
            progress.CompletePending(1);
        }

        foreach (var gone in known.Values)
        {
            index.RemovePage(gone.PageId);
            logger.LogInformation("Removed page {Path}: the file is gone", gone.Path);
            changed++;
        }

        return changed;
    }

    /// <summary>Re-examines the given pages (after file events). Returns how many changed.</summary>
    public int SyncPages(InboxFiles inbox, IReadOnlyCollection<string> paths)
    {
        if (paths.Count == 0)
            return 0;
        var known = index.Pages().ToDictionary(p => p.Path, StringComparer.Ordinal);
        var changed = 0;
        foreach (var path in paths)
        {
            known.TryGetValue(path, out var record);
            if (!File.Exists(inbox.Full(path)))
            {
                if (record is not null)
                {
                    index.RemovePage(record.PageId);
                    logger.LogInformation("Removed page {Path}: the file is gone", path);
                    changed++;
                }
            }
            else if (SyncPage(inbox, path, record))
            {
                changed++;
            }
        }

        return changed;
    }

    private bool SyncPage(InboxFiles inbox, string path, PageRecord? record)
    {
        string fingerprint;
        try
        {
            fingerprint = IndexPipeline.Fingerprint(inbox.Fingerprint(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Most often a file still being written; the next event or rescan picks it up again.
            logger.LogWarning("Cannot read page {Path} yet: {Reason}", path, e.Message);
            return false;
        }

        if (record is not null && record.Hash == fingerprint)
            return false;
        ingestor.Ingest(inbox, path, fingerprint);
        progress.PageIngested();
        return true;
    }
}
