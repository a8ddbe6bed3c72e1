using System.Diagnostics;
using ArchiveSearch.Index.Trends;

namespace ArchiveSearch.Cli.Bench;

/// <summary>
/// The trend shapes, timed apart from the search mix (one client): six queries by month and one query by month over
/// the whole archive, to see what a query adds; over HTTP also a feed poll that finds nothing new (a conditional GET
/// with the ETag of the last answer), which must be answered 304.
/// </summary>
internal static class TrendAndFeedRunner
{
    public static readonly string[] SixQueries = ["经济", "改革", "农村", "企业", "教育", "香港"];

    public const int Rounds = 20;

    public const int FeedPolls = 200;

    public static Dictionary<string, object?> Run(IQueryTarget target)
    {
        var report = new Dictionary<string, object?>
        {
            ["trend_six_by_month"] = Time(() => target.Trend(new TrendRequest(SixQueries, TrendPeriod.Month))),
            ["trend_one_by_month"] = Time(() => target.Trend(new TrendRequest(["经济"], TrendPeriod.Month))),
        };
        if (target is HttpTarget http)
        {
            var etag = http.FeedETag("经济");
            report["feed_poll_304"] = Time(() => http.FeedPoll("经济", etag) == 304 ? 1 : throw new InvalidOperationException("a poll with the current ETag was not answered 304"), FeedPolls);
        }

        return report;
    }

    /// <summary>Runs the call five times unmeasured, then times it; its result (points, or 1 for a 304) is reported beside.</summary>
    private static object Time(Func<int> call, int rounds = Rounds)
    {
        for (var i = 0; i < LoadRunner.WarmUpRounds; i++)
            call();
        var ms = new double[rounds];
        var result = 0;
        for (var i = 0; i < rounds; i++)
        {
            var start = Stopwatch.GetTimestamp();
            result = call();
            ms[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(ms);
        return new { p50_ms = Math.Round(ms[rounds / 2], 2), p99_ms = Math.Round(ms[Math.Clamp((int)Math.Ceiling(0.99 * rounds) - 1, 0, rounds - 1)], 2), max_ms = Math.Round(ms[^1], 2), result };
    }
}
