namespace ArchiveSearch.Index.ClusterIngest;

/// <summary>
/// What the cluster must still be sent for one page so it holds the page as the index does: the bulk lines of its items
/// (none for a removed page) and the query deleting whatever else it holds under the page's id.
/// </summary>
public sealed record PendingPage(string PageId, string Lines, string DeleteQuery)
{
    /// <summary>How the last attempt failed (the status, or no answer), for the warning.</summary>
    public string Reason { get; init; } = "";
}
