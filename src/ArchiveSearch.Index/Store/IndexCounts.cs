namespace ArchiveSearch.Index.Store;

/// <summary>What an index holds: articles, pages indexed, and pages quarantined (unreadable files).</summary>
public sealed record IndexCounts(int Articles, int Pages, int Quarantined)
{
    public static readonly IndexCounts Empty = new(0, 0, 0);
}
