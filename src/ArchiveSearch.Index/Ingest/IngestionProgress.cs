namespace ArchiveSearch.Index.Ingest;

/// <summary>What the indexing side is doing right now, for stats and readiness.</summary>
public sealed class IngestionProgress
{
    private int pending;
    private int ingestedSinceStart;
    private volatile bool initialScanDone;

    public int PendingFiles => Volatile.Read(ref pending);

    /// <summary>Pages (re)indexed or quarantined by this process; zero after a restart over an unchanged inbox.</summary>
    public int IngestedSinceStart => Volatile.Read(ref ingestedSinceStart);

    public bool InitialScanDone => initialScanDone;

    public void AddPending(int count) => Interlocked.Add(ref pending, count);

    public void CompletePending(int count) => Interlocked.Add(ref pending, -count);

    public void PageIngested() => Interlocked.Increment(ref ingestedSinceStart);

    public void MarkInitialScanDone() => initialScanDone = true;
}
