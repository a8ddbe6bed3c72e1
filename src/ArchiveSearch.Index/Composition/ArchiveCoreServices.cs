using ArchiveSearch.Index.Coverage;
using ArchiveSearch.Archive.Corrections;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Index.Corrections;
using ArchiveSearch.Archive.Segmentation;
using ArchiveSearch.Index.Health;
using ArchiveSearch.Index.Ingest;
using ArchiveSearch.Index.Permalinks;
using ArchiveSearch.Index.Schema;
using ArchiveSearch.Index.Search;
using ArchiveSearch.Index.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.Composition;

/// <summary>
/// The archive's parts shared by every host (the service, the CLI, tests): analyzers, the index, its
/// ingestion and its searches. The host says where the index lives.
/// </summary>
public static class ArchiveCoreServices
{
    public static IServiceCollection AddArchiveCore(
        this IServiceCollection services,
        Func<IServiceProvider, string> indexPath)
    {
        services.AddSingleton(sp => ArchiveAnalyzers.Create(sp.GetRequiredService<ILogger<ArchiveAnalyzers>>()));
        services.AddOptions<IndexIntegrityOptions>();
        services.AddSingleton<IndexIntegrity>();
        services.AddSingleton(sp => new ArchiveIndex(indexPath(sp), sp.GetRequiredService<ArchiveAnalyzers>(), sp.GetRequiredService<ILogger<ArchiveIndex>>(),
            sp.GetRequiredService<IngestSettings>().RamBufferMegabytes, sp.GetRequiredService<IndexIntegrity>(), searcher => SearcherWarmer.Warm(searcher)));
        services.AddSingleton<IndexContents>();
        services.AddSingleton<IPageProblemFacts, PageProblemFacts>();
        services.AddSingleton<PageWriter>();
        services.AddSingleton<SnippetMaker>();
        services.AddSingleton<ArticleSearch>();
        services.AddSingleton<CoverageSearch>();
        services.AddSingleton<SearchExporter>();
        services.AddSingleton<Trends.TrendCounter>();
        services.AddSingleton<QueryMarks>();
        services.AddSingleton<PermalinkResolver>();
        services.AddSingleton<IPageSegmenter, NewspaperPageSegmenter>();
        services.TryAddSingleton(new PageMetadataResolver());
        services.TryAddSingleton(PageLimits.Default);
        services.AddSingleton<IngestionProgress>();
        services.AddSingleton<OperatorWarnings>();
        services.AddSingleton<FileProblemWarnings>();
        services.AddSingleton<UnreadableEntries>();
        services.AddSingleton<IndexReadFailures>();
        services.TryAddSingleton(new IngestSettings());
        services.TryAddSingleton(CorrectionStore.Disabled);
        services.AddSingleton<CorrectionFits>();
        services.AddSingleton<PageCorrector>();
        services.AddSingleton<PageIngestor>();
        services.AddSingleton<PageLoader>();
        services.AddSingleton<DeletionGuard>();
        services.AddSingleton<InboxSynchronizer>();
        return services;
    }
}
