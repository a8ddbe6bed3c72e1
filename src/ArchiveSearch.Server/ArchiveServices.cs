using ArchiveSearch.Index.Composition;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Store;
using ArchiveSearch.Server.Configuration;
using ArchiveSearch.Server.Indexing;
using Lucene.Net.Analysis.Cjk;
using Microsoft.Extensions.Options;

namespace ArchiveSearch.Server;

/// <summary>Registers the archive's parts: options, analyzers, the index, search, and the indexing worker.</summary>
public static class ArchiveServices
{
    public static IServiceCollection AddArchiveSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ArchiveOptions>()
            .Bind(configuration.GetSection(ArchiveOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ArchiveOptions>, ArchiveOptionsValidator>();

        services.AddArchiveCore(
            sp => sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.IndexPath,
            _ => new CJKAnalyzer(ArchiveIndex.Version));
        services.AddHostedService<InboxIndexingWorker>();

        services.AddHealthChecks().AddCheck<IndexReadyHealthCheck>("index", tags: ["ready"]);
        return services;
    }
}
