using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArchiveSearch.Index.Coverage;
using ArchiveSearch.Index.Search;

namespace ArchiveSearch.Cli.Bench;

/// <summary>
/// <c>bench --profile</c>: runs each query of the mix in process, one at a time, with the search's stages recorded
/// (<see cref="SearchStages"/>), then writes the answer as JSON the way the service does, and gives per shape the
/// mean milliseconds of each stage. <c>match_only</c> is a separate count-only pass of the same query (not part of
/// the total): <c>collect</c> minus it is what ranking and facet counting add to matching. <c>other</c> is the
/// rest of the search (reader, cursor, answer). Earlier coverage has its own stages (<see cref="CoverageStages"/>).
/// </summary>
internal sealed class StageProfiler(ArticleSearch search, CoverageSearch coverage, IReadOnlyList<QueryShape> shapes)
{
    /// <summary>As the service writes answers: web defaults, Chinese unescaped.</summary>
    private static readonly JsonSerializerOptions ServiceJson = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Dictionary<string, object> Run(int rounds)
    {
        var profile = new Dictionary<string, object>();
        foreach (var shape in shapes)
        {
            var sums = new Dictionary<string, double>(StringComparer.Ordinal);
            var runs = 0;
            for (var round = 0; round < rounds; round++)
            {
                foreach (var request in shape.Requests)
                {
                    var start = Stopwatch.GetTimestamp();
                    IReadOnlyDictionary<string, double> stages;
                    if (shape.Coverage)
                    {
                        var id = search.Search(new SearchRequest(request.Query) { Size = 1 }).Hits.FirstOrDefault()?.Id;
                        start = Stopwatch.GetTimestamp();
                        stages = id is null ? new Dictionary<string, double>() : Timed(start, () => coverage.ForArticle(id, new CoverageRequest()));
                    }
                    else
                    {
                        stages = Timed(start, () => search.Search(request));
                    }

                    var total = Stopwatch.GetElapsedTime(start).TotalMilliseconds - stages.GetValueOrDefault(SearchStages.MatchOnly);
                    sums["total"] = sums.GetValueOrDefault("total") + total;
                    foreach (var (stage, ms) in stages)
                        sums[stage] = sums.GetValueOrDefault(stage) + ms;
                    runs++;
                }
            }

            profile[shape.Name] = sums.ToDictionary(s => s.Key + "_ms", s => Math.Round(s.Value / runs, 2));
        }

        return profile;
    }

    /// <summary>Runs one search with its stages recorded, then writes its answer as JSON; <c>other</c> is the search's time outside its stages.</summary>
    private static Dictionary<string, double> Timed<T>(long start, Func<T> run)
    {
        using var recording = SearchStages.Record();
        var response = run();
        var searched = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var json = Stopwatch.GetTimestamp();
        _ = JsonSerializer.SerializeToUtf8Bytes(response, ServiceJson);
        var stageMs = new Dictionary<string, double>(recording.Milliseconds)
        {
            ["json"] = Stopwatch.GetElapsedTime(json).TotalMilliseconds,
        };
        stageMs["other"] = Math.Max(0, searched - stageMs.Where(s => s.Key != "json").Sum(s => s.Value));
        return stageMs;
    }
}
