namespace ArchiveSearch.Index.ClusterSearch;

/// <summary>
/// Where the cluster is and how to sign in: an API key, or a user and password, or neither (a cluster without
/// security). <see cref="Index"/> is the alias searches and writes go to (<c>archivesearch</c>, over the versions
/// <c>archivesearch-N</c> the template applies to).
/// </summary>
public sealed record ClusterSettings(Uri Url, string Index = ClusterSettings.DefaultIndex)
{
    public const string DefaultIndex = "archivesearch";

    public string? ApiKey { get; init; }
    public string? User { get; init; }
    public string? Password { get; init; }

    /// <summary>How writes the cluster did not take for a transient reason are sent again.</summary>
    public ClusterRetry Retry { get; init; } = ClusterRetry.Default;
}
