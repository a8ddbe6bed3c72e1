using System.Threading.Channels;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Store;
using ArchiveSearch.Server.Configuration;
using Microsoft.Extensions.Options;

namespace ArchiveSearch.Server.Indexing;

/// <summary>
/// The indexing side of the service: syncs the inbox at start, then follows file events (with a periodic
/// rescan as a safety net), committing after each batch so that new pages are searchable at once.
/// A page that fails is logged and skipped; the worker never stops over one page. A batch that fails as a whole
/// (a full disk) is said as an operator warning, and the next batch is a full rescan so that nothing is skipped.
/// </summary>
public sealed class InboxIndexingWorker(
    InboxSynchronizer synchronizer,
    ArchiveIndex index,
    IngestionProgress progress,
    IOptions<ArchiveOptions> options,
    IndexingHealth health,
    ILogger<InboxIndexingWorker> logger) : BackgroundService
{
    private readonly Channel<string> changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before the first scan takes the CPU.
        await Task.Yield();
        var inbox = new InboxFiles(options.Value.InboxPath);
        using var watcher = Watch(inbox);
        logger.LogInformation("Watching inbox {Inbox}", inbox.Root);

        // Ready only once a first scan has gone through: one that failed is retried, never reported ready.
        var rescanNext = !RunGuarded(() => synchronizer.SyncAll(inbox, stoppingToken), InitialScan);
        if (!rescanNext)
            progress.MarkInitialScanDone();

        var rescan = TimeSpan.FromSeconds(options.Value.RescanSeconds);
        var debounce = TimeSpan.FromMilliseconds(options.Value.DebounceMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var batch = await NextBatchAsync(rescan, debounce, stoppingToken);
            if (rescanNext || batch is null || batch.Remove(RescanMarker))
            {
                rescanNext = !RunGuarded(() => synchronizer.SyncAll(inbox, stoppingToken), progress.InitialScanDone ? "rescan" : InitialScan);
                if (!rescanNext)
                    progress.MarkInitialScanDone();
            }
            else
            {
                rescanNext = !RunGuarded(() => synchronizer.SyncPages(inbox, batch), "update");
            }
        }
    }

    /// <summary>Waits for file events and gathers the burst; null when the rescan interval passed without any.</summary>
    private async Task<HashSet<string>?> NextBatchAsync(TimeSpan rescan, TimeSpan debounce, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(rescan);
        try
        {
            await changes.Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return null;
        }

        await Task.Delay(debounce, stoppingToken);
        var batch = new HashSet<string>(StringComparer.Ordinal);
        var events = 0;
        while (changes.Reader.TryRead(out var path))
        {
            batch.Add(path);
            if (path != RescanMarker)
                events++;
        }

        progress.CompletePending(events);
        return batch;
    }

    /// <summary>Runs one sync and commits it; false when it failed (said in the log and as an operator warning).</summary>
    private bool RunGuarded(Func<int> sync, string what)
    {
        try
        {
            var changed = sync();
            if (changed > 0)
            {
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
            // A full or failing disk: the message says it all, and a stack trace at every retry would bury it.
            health.SyncFailed(e, what);
            logger.LogError("Indexing failed during {What}: {Problem}; will retry with a full rescan", what, e.Message);
            return false;
        }
        catch (Exception e)
        {
            health.SyncFailed(e, what);
            logger.LogError(e, "Indexing failed during {What}; will retry with a full rescan", what);
            return false;
        }
    }

    private FileSystemWatcher Watch(InboxFiles inbox)
    {
        var watcher = new FileSystemWatcher(inbox.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Filters.Add(InboxFiles.PagePattern);
        watcher.Filters.Add("*" + InboxFiles.SidecarExtension);
        watcher.Created += (_, e) => Enqueue(inbox, e.FullPath);
        watcher.Changed += (_, e) => Enqueue(inbox, e.FullPath);
        watcher.Deleted += (_, e) => Enqueue(inbox, e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Enqueue(inbox, e.OldFullPath);
            Enqueue(inbox, e.FullPath);
        };
        watcher.Error += (_, e) =>
        {
            // An overflowed watcher has lost events: a full rescan recovers them.
            logger.LogWarning(e.GetException(), "File watcher error; rescanning the inbox");
            changes.Writer.TryWrite(RescanMarker);
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private const string RescanMarker = "\0rescan";
    private const string InitialScan = "initial scan";

    private void Enqueue(InboxFiles inbox, string fullPath)
    {
        if (InboxFiles.PageOf(inbox.Relative(fullPath)) is { } page && changes.Writer.TryWrite(page))
            progress.AddPending(1);
    }
}
