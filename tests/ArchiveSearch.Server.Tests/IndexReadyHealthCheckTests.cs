using ArchiveSearch.Index.Health;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Server.Indexing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ArchiveSearch.Server.Tests;

/// <summary>Readiness: not before the first scan, Degraded while a warning holds, Unhealthy while a serious one does; each reason said.</summary>
public sealed class IndexReadyHealthCheckTests
{
    private readonly IngestionProgress progress = new();
    private readonly OperatorWarnings warnings = new();

    private async Task<HealthCheckResult> CheckAsync() => await new IndexReadyHealthCheck(progress, warnings).CheckHealthAsync(new HealthCheckContext());

    [Fact]
    public async Task Before_the_first_scan_has_finished_it_is_unhealthy_even_without_warnings()
    {
        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("first scan", result.Description);
    }

    [Fact]
    public async Task After_the_first_scan_it_is_healthy_degraded_or_unhealthy_as_the_worst_warning_says()
    {
        progress.MarkInitialScanDone();
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);

        warnings.Raise("sidecars", "2 sidecars were rejected.");
        var degraded = await CheckAsync();
        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Equal(["2 sidecars were rejected."], (IEnumerable<string>)degraded.Data[IndexReadyHealthCheck.WarningsKey]);

        warnings.Raise("disk", "The disk holding the index is full.", WarningSeverity.Unhealthy);
        var unhealthy = await CheckAsync();
        Assert.Equal(HealthStatus.Unhealthy, unhealthy.Status);
        Assert.Contains("The disk holding the index is full.", unhealthy.Description);
        Assert.Contains("2 sidecars were rejected.", unhealthy.Description);

        warnings.Clear("disk");
        Assert.Equal(HealthStatus.Degraded, (await CheckAsync()).Status);
    }
}
