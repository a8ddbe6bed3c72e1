namespace ArchiveSearch.Index.Trends;

/// <summary>
/// Queries to count over time, in the full query language, by year, month or day, over a range of dates and one
/// paper or all. Without a range, the trend spans the dated articles of the archive (of that paper).
/// </summary>
public sealed record TrendRequest(IReadOnlyList<string> Queries, TrendPeriod By)
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Paper { get; init; }
}
