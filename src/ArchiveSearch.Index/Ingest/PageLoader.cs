using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Store;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.Ingest;

/// <summary>
/// Indexes a list of pages on several threads at once (reading, cutting and analysing a page is independent of
/// the others; the IndexWriter takes documents from every thread) and commits as it goes, by article count or
/// by time, whichever comes first: a killed load keeps everything up to its last commit and a restart goes on
/// from there. Each commit also makes the new pages searchable.
/// </summary>
public sealed class PageLoader(
    ArchiveIndex index, PageWriter writer, PageIngestor ingestor, IngestionProgress progress, IngestSettings settings, PageLimits limits,
    Health.UnreadableEntries unreadable, ILogger<PageLoader> logger)
{
    private readonly object commitGate = new();

    /// <summary>Indexes what changed among <paramref name="work"/>. Returns how many pages changed in the index.</summary>
    public int IndexChangedPages(InboxFiles inbox, IReadOnlyList<PendingPage> work, CancellationToken cancellation = default)
    {
        if (work.Count == 0)
            return 0;
        progress.BeginLoad(work.Count);
        var changed = 0;
        var sinceCommit = 0;
        var clock = Stopwatch.StartNew();
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.Workers, CancellationToken = cancellation };
        var completed = false;
        try
        {
            // No buffering: each worker takes the next page only when it is done with one, so memory stays at one page a worker.
            Parallel.ForEach(Partitioner.Create(work, EnumerablePartitionerOptions.NoBuffering), options, item =>
            {
                var outcome = Sync(inbox, item);
                progress.PageDone(outcome.Indexed, outcome.Articles, outcome.Bytes);
                if (!outcome.Changed)
                    return;
                Interlocked.Increment(ref changed);
                // A page's documents (its record among them) are one atomic block, so any commit holds whole pages.
                if (Interlocked.Add(ref sinceCommit, outcome.Articles + 1) >= settings.CommitEveryArticles || clock.Elapsed >= settings.CommitEvery)
                    CommitIfDue(ref sinceCommit, clock, work.Count);
            });
            completed = true;
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        finally
        {
            progress.EndLoad(completed);
        }

        return changed;
    }

    private void CommitIfDue(ref int sinceCommit, Stopwatch clock, int total)
    {
        // One worker commits; the other keeps indexing (Lucene commits while documents are added).
        if (!Monitor.TryEnter(commitGate))
            return;
        try
        {
            if (Volatile.Read(ref sinceCommit) < settings.CommitEveryArticles && clock.Elapsed < settings.CommitEvery)
                return;
            Interlocked.Exchange(ref sinceCommit, 0);
            clock.Restart();
            index.Commit();
            var load = progress.CurrentLoad;
            logger.LogInformation("Committed: {Articles} articles in {Pages} pages; this load {Done} of {Total} pages",
                index.CommittedCounts.Articles, index.CommittedCounts.Pages, load?.Done, total);
        }
        finally
        {
            Monitor.Exit(commitGate);
        }
    }

    private readonly record struct Outcome(bool Changed, bool Indexed, int Articles, long Bytes);

    private Outcome Sync(InboxFiles inbox, PendingPage item)
    {
        try
        {
            if (WaitUntilSettled(inbox, item.Path) is not { } stamp)
                return default;
            var fingerprint = IndexPipeline.Fingerprint(inbox.Fingerprint(item.Path, limits));
            unreadable.Remove(item.Path);
            if (item.KnownHash == fingerprint && index.FindPage(item.Path) is { } record)
            {
                // Touched but not changed: only the stamp is new, so the next scan trusts it again.
                if (record.Stamp != stamp.ToString())
                {
                    writer.UpdatePageRecord(record with { Stamp = stamp.ToString() });
                    return new Outcome(true, false, 0, stamp.Size);
                }

                return new Outcome(false, false, 0, stamp.Size);
            }

            var indexed = ingestor.IndexPage(inbox, item.Path, fingerprint, stamp.ToString());
            unreadable.Remove(item.Path);
            return new Outcome(true, true, indexed.ArticleCount, stamp.Size);
        }
        catch (UnauthorizedAccessException e)
        {
            // Not a passing state: listed in stats and said as a warning until the service may read it.
            unreadable.Add(item.Path, e);
            logger.LogWarning("Cannot read page {Path}: {Reason}", item.Path, e.Message);
            return default;
        }
        catch (IOException e) when (!IndexWriteErrors.IsIndexWrite(e))
        {
            // Most often a file being replaced or removed; its next event or the next rescan picks it up again.
            logger.LogWarning("Cannot read page {Path} yet: {Reason}", item.Path, e.Message);
            return default;
        }
    }

    /// <summary>
    /// The page's stamp once it has not changed for the settle time, or null when it is gone, or still changing
    /// after a wait (a page being written slowly: its file events bring it back once it is complete).
    /// </summary>
    private FileStamp? WaitUntilSettled(InboxFiles inbox, string path)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (inbox.Stamp(path) is not { } stamp)
                return null;
            var quiet = DateTime.UtcNow - stamp.LastChangeUtc;
            if (quiet >= settings.Settle)
                return stamp;
            // A modification time in the future (a clock elsewhere ahead) waits one settle time, not until then.
            Thread.Sleep(quiet < TimeSpan.Zero ? settings.Settle : settings.Settle - quiet);
            if (inbox.Stamp(path) is { } after && after == stamp)
                return stamp;
        }

        logger.LogInformation("Page {Path} is still being written; it is indexed once it stops changing", path);
        return null;
    }
}
