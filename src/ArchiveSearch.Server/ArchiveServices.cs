using ArchiveSearch.Archive.Segmentation;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
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

        services.AddSingleton(_ => new ArchiveAnalyzers(new CJKAnalyzer(ArchiveIndex.Version)));
        services.AddSingleton(sp => new ArchiveIndex(
            sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.IndexPath,
            sp.GetRequiredService<ArchiveAnalyzers>(),
            sp.GetRequiredService<ILogger<ArchiveIndex>>()));
        services.AddSingleton<SnippetMaker>();
        services.AddSingleton<ArticleSearch>();
        services.AddSingleton<SimilarArticles>();

        services.AddSingleton<IPageSegmenter, BlankLineSegmenter>();
        services.AddSingleton<IPageMetadataSource, SidecarlessMetadata>();
        services.AddSingleton<IngestionProgress>();
        services.AddSingleton<PageIngestor>();
        services.AddSingleton<InboxSynchronizer>();
        services.AddHostedService<InboxIndexingWorker>();

        services.AddHealthChecks().AddCheck<IndexReadyHealthCheck>("index", tags: ["ready"]);
        return services;
    }
}
