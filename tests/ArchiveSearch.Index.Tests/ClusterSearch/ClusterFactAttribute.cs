namespace ArchiveSearch.Index.Tests.ClusterSearch;

/// <summary>
/// A fact that runs against a real Elasticsearch or OpenSearch cluster (with the analysis-smartcn plugin) at
/// ARCHIVESEARCH_ELASTICSEARCH_URL, and is reported as skipped, with the reason, where none is named.
/// </summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public const string UrlVariable = "ARCHIVESEARCH_ELASTICSEARCH_URL";

    public ClusterFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(UrlVariable)))
            Skip = $"{UrlVariable} is not set: the cluster engine's integration checks run only against a real cluster with the analysis-smartcn plugin";
    }
}
