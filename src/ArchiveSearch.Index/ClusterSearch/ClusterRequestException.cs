namespace ArchiveSearch.Index.ClusterSearch;

/// <summary>
/// The cluster could not be reached, or refused a request: the message names the request, the status and the cluster's
/// reason. <see cref="Status"/> is the HTTP status (null when no answer came).
/// </summary>
public sealed class ClusterRequestException(string message, Exception? inner = null, int? status = null) : Exception(message, inner)
{
    public int? Status { get; } = status;

    /// <summary>Worth sending again: no answer, too many requests (429), or a fault of the cluster (5xx).</summary>
    public bool Transient => IsTransient(Status);

    /// <summary>Whether a status (null: no answer) says the same request may succeed later.</summary>
    public static bool IsTransient(int? status) => status is null or 429 or >= 500;
}
