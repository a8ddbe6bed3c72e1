using ArchiveSearch.Index.Health;
using ArchiveSearch.Index.Ingest;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ArchiveSearch.Server.Indexing;

/// <summary>
/// Ready once the first scan of the inbox is in the index (before that, searches would miss pages) and while no
/// operator warning holds: a Degraded warning keeps serving but says so, an Unhealthy one takes the service out.
/// </summary>
public sealed class IndexReadyHealthCheck(IngestionProgress progress, OperatorWarnings warnings) : IHealthCheck
{
    public const string WarningsKey = "warnings";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var raised = warnings.Current();
        var sentences = raised.Select(w => w.Sentence).ToList();
        if (!progress.InitialScanDone)
            sentences.Insert(0, "The first scan of the inbox has not finished yet.");
        var data = new Dictionary<string, object> { [WarningsKey] = sentences };
        var status = !progress.InitialScanDone || raised.Any(w => w.Severity == WarningSeverity.Unhealthy) ? HealthStatus.Unhealthy
            : raised.Count > 0 ? HealthStatus.Degraded
            : HealthStatus.Healthy;
        var description = sentences.Count > 0 ? string.Join(" ", sentences) : "The inbox has been indexed.";
        return Task.FromResult(new HealthCheckResult(status, description, data: data));
    }
}
