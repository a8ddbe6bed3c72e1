using System.Diagnostics;

namespace ArchiveSearch.Index.Ingest;

/// <summary>What the indexing side is doing right now, for stats, readiness and progress displays.</summary>
public sealed class IngestionProgress
{
    private int waitingEvents;
    private int ingestedSinceStart;
    private volatile bool initialScanDone;
    private volatile RunningLoad? load;
    private int leftBehind;

    /// <summary>
    /// Page files known to need indexing and not yet indexed: the rest of a running load, changes waiting to
    /// settle, and what a failed load or its failed commit left behind until the next load takes it up.
    /// </summary>
    public int PendingFiles => Volatile.Read(ref waitingEvents) + Volatile.Read(ref leftBehind) + (load is { } running ? running.Total - running.Done : 0);

    /// <summary>Pages (re)indexed or quarantined by this process; zero after a restart over an unchanged inbox.</summary>
    public int IngestedSinceStart => Volatile.Read(ref ingestedSinceStart);

    public bool InitialScanDone => initialScanDone;

    /// <summary>The running load, or null between loads.</summary>
    public LoadProgress? CurrentLoad => load?.Snapshot();

    /// <summary>Changed files seen by the watcher and not yet taken into a load.</summary>
    public void SetWaiting(int count) => Volatile.Write(ref waitingEvents, count);

    /// <summary>A load starts; after a failure it is the rescan that takes up what the failed load left behind.</summary>
    public void BeginLoad(int total)
    {
        Volatile.Write(ref leftBehind, 0);
        load = new RunningLoad(total);
    }

    /// <summary>One page of the running load is done: indexed (<paramref name="articles"/> articles from <paramref name="bytes"/> bytes), or found unchanged.</summary>
    public void PageDone(bool indexed, int articles, long bytes)
    {
        if (indexed)
            Interlocked.Increment(ref ingestedSinceStart);
        load?.Add(articles, bytes);
    }

    /// <summary>The load is over; one that failed leaves its pages not yet done counted as pending.</summary>
    public void EndLoad(bool completed = true)
    {
        if (!completed && load is { } failed)
            Volatile.Write(ref leftBehind, failed.Total - failed.Done);
        load = null;
    }

    /// <summary>
    /// The commit after a completed load failed: the <paramref name="pages"/> it changed are not in the index a
    /// restart would find, and stay pending until the rescan that follows takes them up.
    /// </summary>
    public void CommitFailed(int pages) => Interlocked.Add(ref leftBehind, pages);

    public void MarkInitialScanDone() => initialScanDone = true;

    private sealed class RunningLoad(int total)
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private int done;
        private long articles;
        private long bytes;

        public int Total { get; } = total;

        public int Done => Volatile.Read(ref done);

        public void Add(int articleCount, long byteCount)
        {
            Interlocked.Add(ref articles, articleCount);
            Interlocked.Add(ref bytes, byteCount);
            Interlocked.Increment(ref done);
        }

        public LoadProgress Snapshot() => new(Total, Done, Interlocked.Read(ref articles), Interlocked.Read(ref bytes), clock.Elapsed);
    }
}

/// <summary>A running load: pages done of the total, what they held, and the rates so far.</summary>
public sealed record LoadProgress(int Total, int Done, long Articles, long Bytes, TimeSpan Elapsed)
{
    public double PagesPerSecond => Rate(Done);

    public double ArticlesPerSecond => Rate(Articles);

    public double BytesPerSecond => Rate(Bytes);

    /// <summary>Time left at the rate so far; null until the first page is done.</summary>
    public TimeSpan? Remaining => Done > 0 ? TimeSpan.FromSeconds((Total - Done) / PagesPerSecond) : null;

    private double Rate(double count) => Elapsed.TotalSeconds > 0 ? count / Elapsed.TotalSeconds : 0;
}
