using System.Diagnostics;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Trends;

/// <summary>
/// Counts queries over time. Each query is matched once, exactly as a search with the same filters matches it (the
/// same compiled query and filters, unscored), and its hits are counted into the slots of their days; the points'
/// totals come from <see cref="DatedItemTotals"/>. So a point's count is the total of the search for that query
/// over that point's days, and no search runs per point.
/// </summary>
public sealed class TrendCounter(ArchiveIndex index, ArticleSearch search) : ITrendCounter
{
    public const int MaxQueries = 6;

    /// <summary>About ten years of days; a longer range is asked by month or year.</summary>
    public const int MaxPoints = 4000;

    public TrendResponse Count(TrendRequest request)
    {
        var clock = Stopwatch.StartNew();
        var (queries, paper) = Checked(request);
        // Compiled before the index is read, so a malformed query is refused as a search would refuse it.
        var prepared = queries
            .Select(q => search.Prepare(new SearchRequest(q) { From = request.From, To = request.To, Paper = paper, Size = 1, WithFacets = false }))
            .ToList();

        return index.Read(searcher =>
        {
            var totals = DatedItemTotals.For(searcher.IndexReader).Of(paper);
            var points = new List<TrendPoint>();
            var series = queries.Select(q => new TrendSeries(q, 0, [], [])).ToList();
            if (Range(request, totals) is var (first, last) && first <= last)
            {
                CheckPoints(request.By, first, last);
                var calendar = new TrendCalendar(request.By, first, last);
                points = calendar.Points
                    .Select(p => new TrendPoint(p.Label, p.From, p.To, totals.Between(ArticleDocuments.DayNumber(p.From), ArticleDocuments.DayNumber(p.To))))
                    .ToList();
                for (var i = 0; i < prepared.Count; i++)
                {
                    var (compiled, _, filters) = prepared[i];
                    var collector = new TrendCollector(calendar);
                    searcher.Search(ArticleSearch.Filtered(compiled.Match, filters, SearchSort.DateAscending), collector);
                    series[i] = Series(queries[i], calendar.PerPoint(collector.Slots), points);
                }
            }

            return new TrendResponse(Name(request.By), request.From, request.To, paper, points, series, DateTimeOffset.UtcNow, clock.ElapsedMilliseconds);
        });
    }

    /// <summary>The queries trimmed and the paper (null for all), or the refusal a search would give; before anything is read.</summary>
    public static (IReadOnlyList<string> Queries, string? Paper) Checked(TrendRequest request)
    {
        var queries = request.Queries.Select(q => q.Trim()).ToList();
        if (queries.Count == 0 || queries.Any(q => q.Length == 0))
            throw new InvalidSearchException(SearchProblem.TrendWithoutQuery, "A trend needs at least one query (q), and no empty one.");
        if (queries.Count > MaxQueries)
            throw new InvalidSearchException(SearchProblem.TrendTooManyQueries, $"A trend compares at most {MaxQueries} queries, not {queries.Count}.",
                ("count", queries.Count), ("limit", MaxQueries));
        if (request.From is { } from && request.To is { } to && from > to)
            throw new InvalidSearchException(SearchProblem.DatesReversed, "from must not be later than to.");
        return (queries, string.IsNullOrWhiteSpace(request.Paper) ? null : request.Paper.Trim());
    }

    /// <summary>Refuses a range of more than <see cref="MaxPoints"/> points.</summary>
    public static void CheckPoints(TrendPeriod by, DateOnly first, DateOnly last)
    {
        var count = TrendCalendar.PointCount(by, first, last);
        if (count > MaxPoints)
            throw new InvalidSearchException(SearchProblem.TrendTooManyPoints, $"This range makes {count} points by {Name(by)}; at most {MaxPoints}: narrow the range or count by a longer period.",
                ("count", count), ("limit", MaxPoints));
    }

    /// <summary>A query's counts per point, with each count's share of the point's items (null where it holds none).</summary>
    public static TrendSeries Series(string query, IReadOnlyList<int> counts, IReadOnlyList<TrendPoint> points)
    {
        var shares = counts.Select((c, p) => points[p].Total == 0 ? (double?)null : (double)c / points[p].Total).ToList();
        return new TrendSeries(query, counts.Sum(), counts, shares);
    }

    /// <summary>The papers a trend can be narrowed to.</summary>
    public IReadOnlyList<string> Papers() => index.Read(searcher => DatedItemTotals.For(searcher.IndexReader).Papers);

    public static string Name(TrendPeriod by) => by.ToString().ToLowerInvariant();

    /// <summary>The requested range, its open ends closed by the first and last dated item (of the paper); null when there is none.</summary>
    private static (DateOnly First, DateOnly Last)? Range(TrendRequest request, DayCounts totals)
    {
        if (totals.IsEmpty && (request.From is null || request.To is null))
            return null;
        var first = request.From ?? FromDayNumber(totals.FirstDay);
        var last = request.To ?? FromDayNumber(totals.LastDay);
        return (first, last);
    }

    private static DateOnly FromDayNumber(int day) => new(day / 10000, day / 100 % 100, day % 100);
}
