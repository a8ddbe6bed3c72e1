using System.Diagnostics;
using Lucene.Net.Search;

namespace ArchiveSearch.Index.Search;

/// <summary>
/// Where the time of a search goes, for profiling (<c>archivesearch bench --profile</c>). A recording is started on
/// the calling thread; the search marks the end of each stage with <see cref="Lap"/>, which adds the time since
/// the previous mark to that stage. Without a recording on the thread, a mark is one thread-static read, so the
/// marks stay in the search at no measurable cost.
/// </summary>
public sealed class SearchStages : IDisposable
{
    /// <summary>The separate count-only pass of <see cref="CountProbe"/>: matching alone, not part of the search's time.</summary>
    public const string MatchOnly = "match_only";

    [ThreadStatic]
    private static SearchStages? current;

    private readonly Dictionary<string, long> ticks = new(StringComparer.Ordinal);
    private readonly SearchStages? outer;
    private long last;

    private SearchStages()
    {
        outer = current;
        last = Stopwatch.GetTimestamp();
    }

    /// <summary>Starts recording the stages of searches run on this thread until the recording is disposed.</summary>
    public static SearchStages Record() => current = new SearchStages();

    /// <summary>Milliseconds per stage, in the order the stages first ended.</summary>
    public IReadOnlyDictionary<string, double> Milliseconds =>
        ticks.ToDictionary(t => t.Key, t => t.Value * 1000.0 / Stopwatch.Frequency, StringComparer.Ordinal);

    /// <summary>Ends a stage: the time since the previous mark (or the start of the recording) is added to it.</summary>
    public static void Lap(string stage)
    {
        if (current is not { } recording)
            return;
        var now = Stopwatch.GetTimestamp();
        recording.Add(stage, now - recording.last);
        recording.last = now;
    }

    /// <summary>
    /// When recording, matches the query once more with a collector that only counts, as <see cref="MatchOnly"/>,
    /// so the profile can tell matching from ranking and facet counting (which the search does in one pass).
    /// The probe's time is left out of every other stage.
    /// </summary>
    public static void CountProbe(IndexSearcher searcher, Query query)
    {
        if (current is not { } recording)
            return;
        var start = Stopwatch.GetTimestamp();
        searcher.Search(query, new TotalHitCountCollector());
        var probe = Stopwatch.GetTimestamp() - start;
        recording.Add(MatchOnly, probe);
        recording.last += probe;
    }

    public void Dispose() => current = outer;

    private void Add(string stage, long elapsed) =>
        ticks[stage] = ticks.GetValueOrDefault(stage) + elapsed;
}
