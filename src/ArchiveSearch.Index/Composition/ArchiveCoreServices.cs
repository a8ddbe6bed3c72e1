using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Archive.Segmentation;
using ArchiveSearch.Index.Health;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Permalinks;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Store;
using ArchiveSearch.Analysis.SmartCn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.Composition;

/// <summary>
/// The archive's parts shared by every host (the service, the CLI, tests): analyzers, the index, its
/// ingestion and its searches. The host says where the index lives and which word analyzer to use.
/// </summary>
public static class ArchiveCoreServices
{
    public static IServiceCollection AddArchiveCore(
        this IServiceCollection services,
        Func<IServiceProvider, string> indexPath,
        Func<IServiceProvider, SmartCnOptions> smartCn)
    {
        services.AddSingleton(sp => ArchiveAnalyzers.Create(smartCn(sp), sp.GetRequiredService<ILogger<ArchiveAnalyzers>>()));
        services.AddOptions<IndexIntegrityOptions>();
        services.AddSingleton<IndexIntegrity>();
        services.AddSingleton(sp => new ArchiveIndex(indexPath(sp), sp.GetRequiredService<ArchiveAnalyzers>(), sp.GetRequiredService<ILogger<ArchiveIndex>>(), sp.GetRequiredService<IndexIntegrity>()));
        services.AddSingleton<SnippetMaker>();
        services.AddSingleton<ArticleSearch>();
        services.AddSingleton<SimilarArticles>();
        services.AddSingleton<SearchHarvest>();
        services.AddSingleton<QueryMarks>();
        services.AddSingleton<PermalinkResolver>();
        services.AddSingleton<IPageSegmenter, NewspaperPageSegmenter>();
        services.TryAddSingleton(new PageMetadataResolver());
        services.TryAddSingleton(PageLimits.Default);
        services.AddSingleton<IngestionProgress>();
        services.AddSingleton<OperatorWarnings>();
        services.AddSingleton<FileProblemWarnings>();
        services.AddSingleton<PageIngestor>();
        services.AddSingleton<InboxSynchronizer>();
        return services;
    }
}
