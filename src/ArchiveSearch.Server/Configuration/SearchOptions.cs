using ArchiveSearch.Index.ClusterSearch;

namespace ArchiveSearch.Server.Configuration;

/// <summary>
/// The <c>Search</c> configuration section: which engine answers searches and, for a cluster, where it is and how to
/// sign in (an API key, or a user and password). Checked at start-up by <see cref="SearchOptionsValidator"/>.
/// </summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    public SearchEngineKind Engine { get; set; } = SearchEngineKind.Lucene;

    /// <summary>The cluster's address (http or https), required with <c>Engine=elasticsearch</c>.</summary>
    public string? ElasticsearchUrl { get; set; }

    /// <summary>An API key (the encoded form the cluster gives), instead of a user and password.</summary>
    public string? ElasticsearchApiKey { get; set; }

    public string? ElasticsearchUser { get; set; }

    public string? ElasticsearchPassword { get; set; }

    /// <summary>The alias (or index) searched and written: the export's versions sit behind it.</summary>
    public string ElasticsearchIndex { get; set; } = ClusterSettings.DefaultIndex;

    /// <summary>How many times in all a write the cluster did not take for a transient reason (429, 5xx, no answer) is sent.</summary>
    public int ElasticsearchWriteAttempts { get; set; } = ClusterRetry.DefaultAttempts;

    /// <summary>The wait before a write is sent again the first time; it doubles each time after, up to <see cref="MaxRetrySeconds"/>.</summary>
    public double ElasticsearchRetrySeconds { get; set; } = ClusterRetry.DefaultDelaySeconds;

    public const int MaxWriteAttempts = 20;
    public const double MaxRetrySeconds = 30;

    /// <summary>The cluster's settings; call only once the options are valid.</summary>
    public ClusterSettings ToClusterSettings() => new(new Uri(ElasticsearchUrl!), ElasticsearchIndex)
    {
        ApiKey = Blank(ElasticsearchApiKey),
        User = Blank(ElasticsearchUser),
        Password = ElasticsearchPassword,
        Retry = new ClusterRetry(ElasticsearchWriteAttempts, TimeSpan.FromSeconds(ElasticsearchRetrySeconds), TimeSpan.FromSeconds(MaxRetrySeconds)),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
