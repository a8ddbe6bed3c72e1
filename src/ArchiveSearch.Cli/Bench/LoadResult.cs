namespace ArchiveSearch.Cli.Bench;

/// <summary>Latency figures of one query shape.</summary>
internal sealed record ShapeFigures(double P50Ms, double P99Ms, double MaxMs, int Hits)
{
    /// <summary>Mean latency: the mix's queries per second on a set of shapes is 1000 over the mean of their means.</summary>
    public double MeanMs { get; init; }
}

/// <summary>What one run of the mix measured: throughput, latency over all queries and per shape, errors, and the
/// processor time this process spent per query (in process: the search's own cost, which a busy machine does not inflate).</summary>
internal sealed record LoadResult(int Clients, int Queries, int Errors, double Qps, double P50Ms, double P99Ms, double MaxMs, double CpuMsPerQuery, IReadOnlyDictionary<string, ShapeFigures> Shapes, string? FirstError);
