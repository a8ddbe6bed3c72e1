using ArchiveSearch.Index.Health;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Server.Endpoints;

/// <summary><c>GET /api/stats</c>: what the index holds and what the indexing side is doing.</summary>
public static class StatsEndpoints
{
    public sealed record QuarantinedPage(string Path, string? Reason, DateTimeOffset Since);

    /// <summary>What the last commit holds: what a restart after a crash finds.</summary>
    public sealed record CommittedStats(int Articles, int Pages);

    /// <summary>A running load: pages done of the total, its rates so far and the time left at that rate.</summary>
    public sealed record LoadStats(int Total, int Done, long Articles, double PagesPerSecond, double ArticlesPerSecond, double BytesPerSecond, double? EtaSeconds);

    public sealed record IndexStats(
        int Articles,
        int Pages,
        int PendingFiles,
        DateTimeOffset? LastCommit,
        int IngestedSinceStart,
        IReadOnlyList<QuarantinedPage> Quarantined,
        IReadOnlyList<RejectedSidecar> RejectedSidecars,
        IReadOnlyList<UnreadableEntry> Unreadable,
        IReadOnlyList<string> Warnings,
        CommittedStats Committed,
        LoadStats? Load);

    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stats", Stats).WithName("Stats").WithSummary("Index size, pending files, last commit, quarantined pages, rejected sidecars and operator warnings").WithTags("Index");
        return app;
    }

    /// <summary>
    /// Answered from counters the index keeps at each refresh and commit; of the page records only those with a
    /// rejected sidecar are read.
    /// </summary>
    private static IndexStats Stats(
        ArchiveIndex index, IngestionProgress progress, OperatorWarnings warnings, FileProblemWarnings fileProblems, UnreadableEntries unreadable, IndexReadFailures readFailures)
    {
        // The file-problem sentences are brought up to the searcher's view first, so they never lag the lists below.
        // An index that cannot be read still gets its stats, the damage among the warnings.
        IReadOnlyList<RejectedSidecar> rejected = [];
        try
        {
            fileProblems.Review();
            rejected = fileProblems.RejectedSidecars();
        }
        catch (Exception e) when (IndexReadFailures.IsIndexReadFailure(e))
        {
            readFailures.Report(e);
        }

        var counts = index.Counts;
        var committed = index.CommittedCounts;
        var load = progress.CurrentLoad;
        return new IndexStats(
            counts.Articles,
            counts.Pages,
            progress.PendingFiles,
            index.LastCommit,
            progress.IngestedSinceStart,
            index.Quarantined.Select(p => new QuarantinedPage(p.Path, p.Reason, p.IndexedAt)).ToList(),
            rejected,
            unreadable.Current(),
            warnings.Current().Select(w => w.Sentence).ToList(),
            new CommittedStats(committed.Articles, committed.Pages),
            load is null ? null : new LoadStats(
                load.Total, load.Done, load.Articles, load.PagesPerSecond, load.ArticlesPerSecond, load.BytesPerSecond, load.Remaining?.TotalSeconds));
    }
}
