namespace ArchiveSearch.Index.Trends;

/// <summary>
/// One point in time of a trend: its label (yyyy, yyyy-MM or yyyy-MM-dd), the first and last day it covers (cut to
/// the requested range) and how many dated items of the archive (under the paper filter) fall in it.
/// </summary>
public sealed record TrendPoint(string Period, DateOnly From, DateOnly To, int Total);

/// <summary>
/// One query's counts, one per point of <see cref="TrendResponse.Points"/>: the items that match it, and their share of
/// all items of the point (null when the archive holds none then).
/// </summary>
public sealed record TrendSeries(string Query, int Total, IReadOnlyList<int> Counts, IReadOnlyList<double?> Shares);

/// <summary>A trend as answered: the request as understood, the points in date order, and one series per query.</summary>
public sealed record TrendResponse(
    string By,
    DateOnly? From,
    DateOnly? To,
    string? Paper,
    IReadOnlyList<TrendPoint> Points,
    IReadOnlyList<TrendSeries> Series,
    DateTimeOffset AnsweredAt,
    long TookMs);
