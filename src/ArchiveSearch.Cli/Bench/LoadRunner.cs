using System.Collections.Concurrent;
using System.Diagnostics;

namespace ArchiveSearch.Cli.Bench;

/// <summary>
/// Runs the query mix from a number of concurrent clients, each on its own thread going through every
/// query of every shape in turn, and measures each query's latency from the client's side.
/// </summary>
internal sealed class LoadRunner(IQueryTarget target, IReadOnlyList<QueryShape> shapes)
{
    private readonly Dictionary<string, string?> coverageIds = [];

    /// <summary>
    /// Passes over the mix before anything is measured. .NET compiles a method quickly first and optimised only after it
    /// has run a few dozen times, so a freshly started process answers its first hundred or so queries several times
    /// slower than it will for the rest of its life; the measured rounds are of the process as it runs for days.
    /// </summary>
    public const int WarmUpRounds = 5;

    /// <summary>Resolves the articles the coverage shape starts from and runs the mix <see cref="WarmUpRounds"/> times, unmeasured.</summary>
    public void WarmUp()
    {
        foreach (var shape in shapes.Where(s => s.Coverage))
        {
            foreach (var request in shape.Requests)
                coverageIds[request.Query] = target.FirstHit(request.Query);
        }

        Run(clients: 1, rounds: WarmUpRounds);
    }

    public LoadResult Run(int clients, int rounds)
    {
        var latencies = new ConcurrentBag<(string Shape, double Ms, int Hits)>();
        var errors = 0;
        string? firstError = null;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, clients).Select(client => new Thread(() =>
        {
            var work = shapes.SelectMany(s => s.Requests.Select(r => (Shape: s, Request: r))).ToList();
            for (var round = 0; round < rounds; round++)
            {
                // Each client starts at another place of the mix, so clients do not move in step.
                for (var i = 0; i < work.Count; i++)
                {
                    var (shape, request) = work[(i + client * 7) % work.Count];
                    var start = Stopwatch.GetTimestamp();
                    try
                    {
                        var hits = shape.Coverage
                            ? coverageIds.GetValueOrDefault(request.Query) is { } id ? target.Coverage(id) : 0
                            : target.Search(request);
                        latencies.Add((shape.Name, Stopwatch.GetElapsedTime(start).TotalMilliseconds, hits));
                    }
                    catch (Exception e)
                    {
                        Interlocked.Increment(ref errors);
                        Interlocked.CompareExchange(ref firstError, $"{shape.Name} '{request.Query}': {e.Message}", null);
                    }
                }
            }
        }) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;

        var all = latencies.Select(l => l.Ms).Order().ToArray();
        var perShape = latencies.GroupBy(l => l.Shape).ToDictionary(
            g => g.Key,
            g =>
            {
                var ms = g.Select(l => l.Ms).Order().ToArray();
                var hits = g.Select(l => l.Hits).Order().ToArray();
                return new ShapeFigures(Percentile(ms, 0.50), Percentile(ms, 0.99), ms.Length == 0 ? 0 : ms[^1], hits.Length == 0 ? 0 : hits[hits.Length / 2]) { MeanMs = ms.Length == 0 ? 0 : ms.Average() };
            });
        return new LoadResult(clients, all.Length, errors, all.Length / seconds, Percentile(all, 0.50), Percentile(all, 0.99), all.Length == 0 ? 0 : all[^1], all.Length == 0 ? 0 : cpuMs / all.Length, perShape, firstError);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
