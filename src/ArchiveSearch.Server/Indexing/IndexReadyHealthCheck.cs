using ArchiveSearch.Index.Ingest;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ArchiveSearch.Server.Indexing;

/// <summary>Ready once the first scan of the inbox is in the index: before that, searches would miss pages.</summary>
public sealed class IndexReadyHealthCheck(IngestionProgress progress) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(progress.InitialScanDone
            ? HealthCheckResult.Healthy("The inbox has been indexed.")
            : HealthCheckResult.Unhealthy("The first scan of the inbox is still running."));
}
