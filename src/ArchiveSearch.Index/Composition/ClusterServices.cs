using ArchiveSearch.Index.ClusterIngest;
using ArchiveSearch.Index.ClusterSearch;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArchiveSearch.Index.Composition;

/// <summary>
/// Searching a cluster instead of the index: searches go to the cluster, and the writer sends each page it writes there
/// as well. The index on this machine is still written, and still answers everything else (articles, pages, exports,
/// trends, earlier coverage).
/// </summary>
public static class ClusterServices
{
    public static IServiceCollection AddClusterSearch(this IServiceCollection services, Func<IServiceProvider, ClusterSettings> settings)
    {
        services.AddSingleton(sp => new ClusterConnection(settings(sp)));
        services.AddSingleton<IPageCopy, ClusterPageCopy>();
        services.Replace(ServiceDescriptor.Singleton<ISearchEngine, ClusterSearchEngine>());
        return services;
    }
}
