using System.Collections.Concurrent;
using ArchiveSearch.Archive.Corrections;
using ArchiveSearch.Index.Corrections;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Store;
using ArchiveSearch.Server.Configuration;
using Microsoft.Extensions.Options;

namespace ArchiveSearch.Server.Indexing;

/// <summary>
/// The indexing side of the service: syncs the inbox at start (committing as it goes), then follows file
/// events, with a periodic rescan as a safety net. A changed file waits until it has been quiet for the
/// settle time, so a page being written is indexed once, whole. A page that fails is logged and skipped;
/// the worker never stops over one page. A sync that fails as a whole (a full disk) is said as an operator
/// warning, and the next batch is a full rescan so that nothing is skipped.
/// </summary>
public sealed class InboxIndexingWorker(
    InboxSynchronizer synchronizer,
    ArchiveIndex index,
    IngestionProgress progress,
    IOptions<ArchiveOptions> options,
    IndexingHealth health,
    PageLoader loader,
    PageReindexQueue reindex,
    CorrectionStore corrections,
    CorrectionChanges correctionChanges,
    ILogger<InboxIndexingWorker> logger) : BackgroundService
{
    /// <summary>Changed page paths and when their last event came.</summary>
    private readonly ConcurrentDictionary<string, DateTime> waiting = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim signal = new(0);
    private volatile bool rescanRequested;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before the first scan takes the CPU.
        await Task.Yield();
        // Indexing blocks thread-pool threads (this loop and each loader thread). Without spare threads ready, requests
        // (liveness probes among them) queue until the pool grows, which it does at about two threads a second.
        ThreadPool.GetMinThreads(out var minWorkers, out var minIo);
        ThreadPool.SetMinThreads(Math.Max(minWorkers, options.Value.ToCoreSettings().Ingest.Workers + SpareRequestThreads), minIo);
        var inbox = new InboxFiles(options.Value.InboxPath);
        reindex.Wake = () => signal.Release();
        var watched = FolderIdentity.Of(inbox.Root);
        var watcher = Watch(inbox);
        logger.LogInformation("Watching inbox {Inbox}", inbox.Root);
        try
        {
            await FollowAsync(inbox, stoppingToken, () =>
            {
                // The inbox path may now name another folder (the old one moved away, a new one made or mounted in its
                // place). A watcher follows the folder, not the path: watch the new one and rescan it, so nothing
                // done in the old folder is read as done in the inbox.
                if (FolderIdentity.Of(inbox.Root) is not { } now || now == watched)
                    return;
                logger.LogWarning("The inbox path {Inbox} now names another folder; watching the new one and rescanning it", inbox.Root);
                watcher.Dispose();
                watcher = Watch(inbox);
                watched = now;
                waiting.Clear();
                rescanRequested = true;
            });
        }
        finally
        {
            watcher.Dispose();
        }
    }

    /// <summary>Thread-pool threads kept ready for requests beside the ones indexing blocks.</summary>
    private const int SpareRequestThreads = 8;

    /// <summary>How often the worker makes sure the inbox path still names the folder it watches.</summary>
    private static readonly TimeSpan IdentityCheck = TimeSpan.FromSeconds(1);

    private async Task FollowAsync(InboxFiles inbox, CancellationToken stoppingToken, Action checkInboxFolder)
    {
        // Ready only once a first scan has gone through: one that failed is retried, never reported ready.
        if (RunGuarded(() => synchronizer.SyncWholeInbox(inbox, stoppingToken), InitialScan))
            progress.MarkInitialScanDone();
        else
            rescanRequested = true;

        var rescan = TimeSpan.FromSeconds(options.Value.RescanSeconds);
        var settle = TimeSpan.FromMilliseconds(options.Value.SettleMilliseconds);
        var nextRescan = DateTime.UtcNow + rescan;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = DateTime.UtcNow;
            var wait = nextRescan - now;
            if (!waiting.IsEmpty)
            {
                var firstDue = waiting.Values.Min() + settle - now;
                if (firstDue < wait)
                    wait = firstDue;
            }

            if (wait > IdentityCheck)
                wait = IdentityCheck;
            if (wait > TimeSpan.Zero)
                await signal.WaitAsync(wait, stoppingToken);
            checkInboxFolder();

            if (rescanRequested || DateTime.UtcNow >= nextRescan)
            {
                rescanRequested = false;
                var scanned = RunGuarded(() => synchronizer.SyncWholeInbox(inbox, stoppingToken), progress.InitialScanDone ? "rescan" : InitialScan);
                if (scanned)
                    progress.MarkInitialScanDone();
                else
                    rescanRequested = true;
                nextRescan = DateTime.UtcNow + rescan;
            }

            ReindexCorrected(inbox);
            var due = TakeSettled(settle);
            // Pages taken off the waiting list by a failed update are found again by the full rescan it requests.
            if (due.Count > 0 && !RunGuarded(() => synchronizer.SyncPages(inbox, due, stoppingToken), "update"))
                rescanRequested = true;
            progress.SetWaiting(waiting.Count);
        }
    }

    /// <summary>When each corrections file was last seen changed; a file written by another process (an import) shows up here.</summary>
    private IReadOnlyDictionary<string, DateTime>? correctionStamps;
    private DateTime nextCorrectionsLook = DateTime.MinValue;

    /// <summary>
    /// Indexes again the pages whose corrections were asked for, and, at start and every rescan interval, the pages whose
    /// corrections changed outside the service: at start every corrections file and every page indexed with corrections
    /// is weighed (by hash, against the page's record), later only the files written or removed since the last look.
    /// </summary>
    private void ReindexCorrected(InboxFiles inbox)
    {
        var requests = reindex.Take();
        var paths = requests.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        if (DateTime.UtcNow >= nextCorrectionsLook && progress.InitialScanDone)
        {
            nextCorrectionsLook = DateTime.UtcNow + TimeSpan.FromSeconds(options.Value.RescanSeconds);
            var stamps = corrections.Stamps();
            var keys = (correctionStamps is { } before
                ? stamps.Where(s => !before.TryGetValue(s.Key, out var seen) || seen != s.Value).Select(s => s.Key).Concat(before.Keys.Where(k => !stamps.ContainsKey(k)))
                : stamps.Keys.Concat(correctionChanges.CorrectedKeys())).Distinct(StringComparer.Ordinal).ToList();
            var changed = correctionChanges.PagesToReindex(keys);
            if (correctionStamps is null)
                logger.LogInformation("Weighed the corrections of {Pages} corrected page(s) at start: {Changed} changed since indexed", keys.Count, changed.Count);
            paths.UnionWith(changed);
            correctionStamps = stamps;
        }

        if (paths.Count == 0)
            return;
        var work = paths.Select(p => new PendingPage(p, null)).ToList();
        var indexed = RunGuarded(() => loader.IndexChangedPages(inbox, work), "corrections");
        foreach (var (_, done) in requests)
        {
            if (indexed)
                done.TrySetResult();
            else
                done.TrySetException(new IOException("The page could not be indexed again; see the log."));
        }
    }

    /// <summary>The waiting pages whose last event is older than the settle time, taken off the waiting list.</summary>
    private List<string> TakeSettled(TimeSpan settle)
    {
        var cutoff = DateTime.UtcNow - settle;
        var due = new List<string>();
        foreach (var (path, lastEvent) in waiting)
        {
            // Removed only if no event came since it was read, so a page still changing stays on the list.
            if (lastEvent <= cutoff && waiting.TryRemove(new KeyValuePair<string, DateTime>(path, lastEvent)))
                due.Add(path);
        }

        progress.SetWaiting(waiting.Count + due.Count);
        return due;
    }

    /// <summary>Runs one sync and commits it; false when it failed (said in the log and as an operator warning).</summary>
    private bool RunGuarded(Func<int> sync, string what)
    {
        var committing = false;
        try
        {
            var changed = sync();
            if (changed > 0)
            {
                committing = true;
                index.Commit();
                logger.LogInformation("Committed {Changed} page changes ({What})", changed, what);
            }

            health.SyncSucceeded();
            return true;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e) when (e is IOException)
        {
            // Pages written since the last commit (by the final commit or by the load before it) are not in the
            // index a restart would find: pending until the rescan takes them up.
            progress.CommitFailed(index.ChangesSinceCommit);
            // A full or failing disk: the message says it all, and a stack trace at every retry would bury it.
            health.SyncFailed(e, what);
            logger.LogError("Indexing failed during {What}: {Problem}; will retry with a full rescan", what, e.Message);
            return false;
        }
        catch (Exception e)
        {
            if (committing)
                progress.CommitFailed(index.ChangesSinceCommit);
            health.SyncFailed(e, what);
            logger.LogError(e, "Indexing failed during {What}; will retry with a full rescan", what);
            return false;
        }
    }

    /// <summary>
    /// Watches every file (the page and sidecar extensions are matched here, case-insensitively, not by the
    /// watcher's case-sensitive filters) and every new folder, whose pages may have arrived before its watch did.
    /// </summary>
    private FileSystemWatcher Watch(InboxFiles inbox)
    {
        var watcher = new FileSystemWatcher(inbox.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Created += (_, e) => Changed(inbox, e.FullPath);
        watcher.Changed += (_, e) => Changed(inbox, e.FullPath);
        watcher.Deleted += (_, e) => Changed(inbox, e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Changed(inbox, e.OldFullPath);
            Changed(inbox, e.FullPath);
        };
        watcher.Error += (_, e) =>
        {
            // An overflowed watcher has lost events: a full rescan recovers them.
            logger.LogWarning(e.GetException(), "File watcher error; rescanning the inbox");
            rescanRequested = true;
            signal.Release();
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private const string InitialScan = "initial scan";

    private void Changed(InboxFiles inbox, string fullPath)
    {
        // Hidden files and folders are no pages, here as in a scan.
        if (InboxFiles.IsHiddenPath(inbox.Relative(fullPath)))
            return;
        if (ArchiveSearch.Archive.Files.UndecodableNames.IsUndecodable(fullPath))
        {
            // A name that is not UTF-8 cannot be opened by it: a full scan reads the folder byte for byte and quarantines the page.
            rescanRequested = true;
            signal.Release();
            return;
        }

        var folder = new DirectoryInfo(fullPath);
        if (folder.Exists)
        {
            // A new or moved-in folder (never a link): its pages, including those written before it was watched.
            if (!folder.Attributes.HasFlag(FileAttributes.ReparsePoint) && inbox.Contains(fullPath))
            {
                foreach (var entry in inbox.Scan(folder).Pages)
                    waiting[entry.Path] = DateTime.UtcNow;
                signal.Release();
            }

            return;
        }

        if (InboxFiles.PageOf(inbox.Relative(fullPath)) is { } page)
        {
            waiting[page] = DateTime.UtcNow;
            progress.SetWaiting(waiting.Count);
            signal.Release();
        }
        else if (!File.Exists(fullPath))
        {
            // Something gone that is not a page: most likely a folder removed or renamed, whose pages sent no events
            // of their own. A full scan finds them, and pairs those that moved with their new paths.
            rescanRequested = true;
            signal.Release();
        }
    }
}
