namespace ArchiveSearch.Cli.Bench;

/// <summary>Latency figures of one query shape.</summary>
internal sealed record ShapeFigures(double P50Ms, double P99Ms, double MaxMs, int Hits);

/// <summary>What one run of the mix measured: throughput, latency over all queries and per shape, errors.</summary>
internal sealed record LoadResult(int Clients, int Queries, int Errors, double Qps, double P50Ms, double P99Ms, double MaxMs, IReadOnlyDictionary<string, ShapeFigures> Shapes, string? FirstError);
