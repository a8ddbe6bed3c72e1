using ArchiveSearch.Index.Health;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Server.Endpoints;

/// <summary><c>GET /api/stats</c>: what the index holds and what the indexing side is doing.</summary>
public static class StatsEndpoints
{
    public sealed record QuarantinedPage(string Path, string? Reason, DateTimeOffset Since);

    public sealed record IndexStats(
        int Articles,
        int Pages,
        int PendingFiles,
        DateTimeOffset? LastCommit,
        int IngestedSinceStart,
        IReadOnlyList<QuarantinedPage> Quarantined,
        IReadOnlyList<RejectedSidecar> RejectedSidecars,
        IReadOnlyList<string> Warnings);

    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stats", Stats).WithName("Stats").WithSummary("Index size, pending files, last commit, quarantined pages, rejected sidecars and operator warnings").WithTags("Index");
        return app;
    }

    private static IndexStats Stats(ArchiveIndex index, IngestionProgress progress, OperatorWarnings warnings, FileProblemWarnings fileProblems)
    {
        var pages = index.Pages();
        return new IndexStats(
            index.CountArticles(),
            pages.Count(p => p.Status == PageStatus.Indexed),
            progress.PendingFiles,
            index.LastCommit,
            progress.IngestedSinceStart,
            pages.Where(p => p.Status == PageStatus.Quarantined).Select(p => new QuarantinedPage(p.Path, p.Reason, p.IndexedAt)).ToList(),
            fileProblems.RejectedSidecars(),
            warnings.Current().Select(w => w.Sentence).ToList());
    }
}
