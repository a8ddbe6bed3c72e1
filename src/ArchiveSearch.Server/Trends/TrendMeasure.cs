namespace ArchiveSearch.Server.Trends;

/// <summary>What the chart's height shows: each point's share of all items of its period, or its number of items.</summary>
public enum TrendMeasure
{
    Share,
    Count,
}
