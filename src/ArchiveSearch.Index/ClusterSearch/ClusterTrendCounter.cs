using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ArchiveSearch.Index.Trends;

namespace ArchiveSearch.Index.ClusterSearch;

/// <summary>
/// Counts queries over time on a cluster loaded with the export, in one request per trend (<see cref="TrendAggregations"/>):
/// the request is checked as the index checks it, and the answer read into the same points and series, so a point's
/// count is the total of the search for that query over that point's days, its total every dated item then.
/// </summary>
public sealed class ClusterTrendCounter(ClusterConnection connection) : ITrendCounter
{
    public TrendResponse Count(TrendRequest request)
    {
        var clock = Stopwatch.StartNew();
        var (queries, paper) = TrendCounter.Checked(request);
        if (request.From is { } from && request.To is { } to)
            TrendCounter.CheckPoints(request.By, from, to);
        var body = TrendAggregations.Body(request.By, request.From, request.To, paper, queries);
        using var answer = JsonDocument.Parse(connection.Search(body));
        var aggregations = answer.RootElement.GetProperty("aggregations");

        var points = new List<TrendPoint>();
        var series = queries.Select(q => new TrendSeries(q, 0, [], [])).ToList();
        var first = request.From ?? Day(aggregations.GetProperty(TrendAggregations.First));
        var last = request.To ?? Day(aggregations.GetProperty(TrendAggregations.Last));
        if (first is { } start && last is { } end && start <= end)
        {
            TrendCounter.CheckPoints(request.By, start, end);
            var calendar = new TrendCalendar(request.By, start, end);
            var totals = Buckets(aggregations.GetProperty(TrendAggregations.All));
            points = calendar.Points.Select(p => new TrendPoint(p.Label, p.From, p.To, totals.GetValueOrDefault(p.Label))).ToList();
            for (var i = 0; i < queries.Count; i++)
            {
                var counts = Buckets(aggregations.GetProperty(TrendAggregations.Query(i)).GetProperty(TrendAggregations.Periods));
                series[i] = TrendCounter.Series(queries[i], points.Select(p => counts.GetValueOrDefault(p.Period)).ToList(), points);
            }
        }

        return new TrendResponse(TrendCounter.Name(request.By), request.From, request.To, paper, points, series, DateTimeOffset.UtcNow, clock.ElapsedMilliseconds);
    }

    public IReadOnlyList<string> Papers()
    {
        using var answer = JsonDocument.Parse(connection.Search(TrendAggregations.PapersBody()));
        return answer.RootElement.GetProperty("aggregations").GetProperty(TrendAggregations.Papers).GetProperty("buckets").EnumerateArray()
            .Select(bucket => bucket.GetProperty("key").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The day a min or max aggregation found; none when no item matched.</summary>
    private static DateOnly? Day(JsonElement bound) =>
        bound.TryGetProperty("value_as_string", out var text) && text.GetString() is { } day
            ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    /// <summary>Items per period label.</summary>
    private static Dictionary<string, int> Buckets(JsonElement histogram) =>
        histogram.GetProperty("buckets").EnumerateArray()
            .ToDictionary(bucket => bucket.GetProperty("key_as_string").GetString()!, bucket => bucket.GetProperty("doc_count").GetInt32(), StringComparer.Ordinal);
}
