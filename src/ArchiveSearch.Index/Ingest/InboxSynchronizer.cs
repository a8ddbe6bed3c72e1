using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Store;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.Ingest;

/// <summary>
/// Brings the index in line with the inbox: new and changed pages are (re)indexed, deleted pages removed,
/// unchanged pages left alone. The page records in the index say what was seen last; a page whose size and
/// modification time are what its record says is trusted without being read. A page that is gone from one path
/// and found with the same content under another was moved: it is indexed under its new path (keeping its ids),
/// and a move is not a removal for the deletion guard.
/// </summary>
public sealed class InboxSynchronizer(
    ArchiveIndex index, PageWriter writer, PageLoader loader, DeletionGuard guard, IngestSettings settings, Health.UnreadableEntries unreadable, ILogger<InboxSynchronizer> logger)
{
    private readonly object ledgerLock = new();
    private RemovalLedger? ledger;

    /// <summary>
    /// Compares the whole inbox with the index. Returns how many pages changed. Removals are held by the
    /// <see cref="DeletionGuard"/> unless <paramref name="confirmDeletions"/> says an operator confirmed them.
    /// </summary>
    public int SyncWholeInbox(InboxFiles inbox, CancellationToken cancellation = default, bool confirmDeletions = false)
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
        unreadable.Scanned(listing.UnreadableFolders.Select(folder => (folder, WhyUnreadable(inbox.Full(folder)))).ToList(),
            listing.Pages.Select(page => page.Path).ToHashSet(StringComparer.Ordinal));

        // One pass over the page records per full scan; file events look pages up one by one instead.
        var known = index.PageSummaries().ToDictionary(p => p.Path, StringComparer.Ordinal);
        var work = new List<PendingPage>();
        var unrecorded = new List<InboxEntry>();
        foreach (var entry in listing.Pages)
        {
            known.Remove(entry.Path, out var record);
            if (record is null)
                unrecorded.Add(entry);
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
        var gone = known.Values.Where(record => !listing.IsHidden(record.Path)).ToList();
        var moved = Moves(inbox, gone, unrecorded);
        var removals = gone.Where(record => !moved.ContainsKey(record.Path)).ToList();

        // Gone and moved pages go first, so that a moved page's new file finds its identity free and keeps its ids.
        foreach (var (oldPath, record) in moved.Select(m => (m.Key, m.Value)))
        {
            writer.RemovePage(record.Old.PageId);
            logger.LogInformation("Page {Path} moved to {NewPath}", oldPath, record.NewPath);
            changed++;
        }

        var indexed = known.Count + listing.Pages.Count - unrecorded.Count;
        if (removals.Count > 0 && Allowed(removals.Count, indexed, listing.Pages.Count, inbox.Root, confirmDeletions))
        {
            foreach (var record in removals)
            {
                writer.RemovePage(record.PageId);
                logger.LogInformation("Removed page {Path}: the file is gone", record.Path);
            }

            changed += removals.Count;
        }
        else if (removals.Count == 0)
        {
            guard.Allows(0, 0, listing.Pages.Count, inbox.Root);
            if (confirmDeletions)
                Record(0, confirmed: true);
        }

        return changed + loader.IndexChangedPages(inbox, work, cancellation);
    }

    /// <summary>
    /// Re-examines the given pages (after file events). Returns how many changed. A batch in which a page is gone
    /// is handled by a full scan: removals are weighed against the inbox as listed now (not as the events suggest;
    /// the folder may have been replaced), and a gone page may have moved elsewhere in the inbox.
    /// </summary>
    public int SyncPages(InboxFiles inbox, IReadOnlyCollection<string> paths, CancellationToken cancellation = default)
    {
        if (paths.Count == 0)
            return 0;
        var work = new List<PendingPage>();
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
                logger.LogDebug("Page {Path} is gone; the inbox is scanned whole to weigh the removal", path);
                return SyncWholeInbox(inbox, cancellation);
            }
        }

        return loader.IndexChangedPages(inbox, work, cancellation);
    }

    private sealed record Move(PageSummary Old, string NewPath);

    /// <summary>
    /// Pairs gone records with pages no record names by content: same size and modification time first (a move
    /// keeps both), then the same fingerprint; only candidates are hashed.
    /// </summary>
    private Dictionary<string, Move> Moves(InboxFiles inbox, List<PageSummary> gone, List<InboxEntry> unrecorded)
    {
        var moves = new Dictionary<string, Move>(StringComparer.Ordinal);
        if (gone.Count == 0 || unrecorded.Count == 0)
            return moves;
        var goneByStamp = gone.Where(g => g.Stamp is not null).GroupBy(g => g.Stamp!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var entry in unrecorded)
        {
            if (!goneByStamp.TryGetValue(entry.Stamp.ToString(), out var candidates) || candidates.Count == 0)
                continue;
            string content;
            try
            {
                content = inbox.Fingerprint(entry.Path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            var match = candidates.FirstOrDefault(c => c.Hash is not null && IndexPipeline.ContentHash(c.Hash) == content);
            if (match is null)
                continue;
            candidates.Remove(match);
            moves[match.Path] = new Move(match, entry.Path);
        }

        return moves;
    }

    /// <summary>Whether the deletion guard (or an operator's confirmation) lets the removals go; an allowed removal is recorded in the ledger.</summary>
    private bool Allowed(int removals, int indexed, int pagesOnDisk, string root, bool confirmed)
    {
        lock (ledgerLock)
        {
            ledger ??= RemovalLedger.Parse(index.CommitValue(RemovalLedger.CommitKey));
            var before = confirmed ? 0 : ledger.Within(DateTime.UtcNow, settings.DeletionWindow);
            if (!confirmed && !guard.Allows(removals, indexed, pagesOnDisk, root, before))
                return false;
            if (confirmed)
                guard.Allows(0, 0, pagesOnDisk, root);
            Record(removals, confirmed);
            return true;
        }
    }

    /// <summary>Counts allowed removals in the ledger, kept with the next commit; a confirmation starts the ledger anew.</summary>
    private void Record(int removals, bool confirmed)
    {
        lock (ledgerLock)
        {
            ledger ??= RemovalLedger.Parse(index.CommitValue(RemovalLedger.CommitKey));
            if (confirmed)
                ledger.Clear();
            else
                ledger.Add(DateTime.UtcNow, removals, settings.DeletionWindow);
            index.SetCommitValue(RemovalLedger.CommitKey, ledger.ToString());
        }
    }

    /// <summary>Why a folder the scan could not list cannot be read, asked again (the listing keeps only which).</summary>
    private static string WhyUnreadable(string folder)
    {
        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(folder).GetEnumerator();
            entries.MoveNext();
            return "it could not be listed";
        }
        catch (UnauthorizedAccessException e)
        {
            return $"permission denied ({e.Message})";
        }
        catch (Exception e) when (e is IOException or System.Security.SecurityException)
        {
            return e.Message;
        }
    }

    /// <summary>A record from this pipeline version with the file's current stamp: nothing to read.</summary>
    private static bool IsCurrent(string? hash, string? recordedStamp, FileStamp stamp) =>
        hash is not null
        && recordedStamp == stamp.ToString()
        && hash.StartsWith(IndexPipeline.Version + ":", StringComparison.Ordinal);
}
