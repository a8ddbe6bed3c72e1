namespace ArchiveSearch.Index.Trends;

/// <summary>The length of one point of a trend: a calendar year, month or day.</summary>
public enum TrendPeriod
{
    Year,
    Month,
    Day,
}
