namespace ArchiveSearch.Index.ClusterSearch;

/// <summary>The cluster could not be reached, or refused a request: the message names the request, the status and the cluster's reason.</summary>
public sealed class ClusterRequestException(string message, Exception? inner = null) : Exception(message, inner);
