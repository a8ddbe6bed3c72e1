using ArchiveSearch.Index.ClusterIngest;
using ArchiveSearch.Index.ClusterSearch;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Trends;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.Composition;

/// <summary>
/// Searching a cluster instead of the index, when the host's settings name one: searches, exports of a search's hits and
/// trends go to the cluster, and the writer sends each page it writes there as well. The index on this machine is still
/// written, and still answers everything else (articles, pages, earlier coverage, the bench). Without a cluster nothing
/// changes.
/// </summary>
public static class ClusterServices
{
    /// <param name="settings">The cluster, or null to search the index; read once, when searches or the writer first need it.</param>
    public static IServiceCollection AddClusterSearch(this IServiceCollection services, Func<IServiceProvider, ClusterSettings?> settings)
    {
        services.AddSingleton(sp => new ClusterChoice(settings(sp) is { } cluster ? new ClusterConnection(cluster) : null));
        // No copy without a cluster: the writer then writes the index alone.
        services.AddSingleton(sp => sp.GetRequiredService<ClusterChoice>().Connection is { } connection
            ? (IPageCopy)new ClusterPageCopy(connection, sp.GetRequiredService<Health.OperatorWarnings>(), sp.GetRequiredService<ILogger<ClusterPageCopy>>())
            : null!);
        services.Replace(ServiceDescriptor.Singleton<ISearchEngine>(sp => sp.GetRequiredService<ClusterChoice>().Connection is { } connection
            ? new ClusterSearchEngine(connection, sp.GetRequiredService<Schema.ArchiveAnalyzers>())
            : sp.GetRequiredService<ArticleSearch>()));
        services.Replace(ServiceDescriptor.Singleton<ISearchExporter>(sp => sp.GetRequiredService<ClusterChoice>().Connection is { } connection
            ? new ClusterSearchExporter(connection, sp.GetRequiredService<Schema.ArchiveAnalyzers>())
            : sp.GetRequiredService<SearchExporter>()));
        services.Replace(ServiceDescriptor.Singleton<ITrendCounter>(sp => sp.GetRequiredService<ClusterChoice>().Connection is { } connection
            ? new ClusterTrendCounter(connection)
            : sp.GetRequiredService<TrendCounter>()));
        return services;
    }

    /// <summary>The cluster the settings named, if any.</summary>
    private sealed record ClusterChoice(ClusterConnection? Connection);
}
