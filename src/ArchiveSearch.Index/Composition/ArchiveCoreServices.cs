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
using Microsoft.Extensions.Logging;

namespace ArchiveSearch.Index.Composition;

/// <summary>
/// The archive's parts shared by every host (the service, the CLI, tests): analyzers, the index, its
/// ingestion and its searches. The host's settings come in one piece, so no registration order decides them.
/// </summary>
public static class ArchiveCoreServices
{
    public static IServiceCollection AddArchiveCore(
        this IServiceCollection services,
        Func<IServiceProvider, ArchiveCoreSettings> settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton(sp => sp.GetRequiredService<ArchiveCoreSettings>().Ingest);
        services.AddSingleton(sp => sp.GetRequiredService<ArchiveCoreSettings>().Integrity);
        services.AddSingleton(sp => sp.GetRequiredService<ArchiveCoreSettings>().Limits);
        services.AddSingleton(sp => new PageMetadataResolver(sp.GetRequiredService<ArchiveCoreSettings>().PathPattern, sp.GetRequiredService<PageLimits>()));
        services.AddSingleton(sp => ArchiveAnalyzers.Create(sp.GetRequiredService<ILogger<ArchiveAnalyzers>>()));
        services.AddSingleton<IndexIntegrity>();
        services.AddSingleton(sp => new ArchiveIndex(sp.GetRequiredService<ArchiveCoreSettings>().IndexPath, sp.GetRequiredService<ArchiveAnalyzers>(), sp.GetRequiredService<ILogger<ArchiveIndex>>(),
            sp.GetRequiredService<IngestSettings>().RamBufferMegabytes, sp.GetRequiredService<IndexIntegrity>(), searcher => SearcherWarmer.Warm(searcher)));
        services.AddSingleton<IndexContents>();
        services.AddSingleton<IPageProblemFacts, PageProblemFacts>();
        services.AddSingleton<PageWriter>();
        services.AddSingleton<SnippetMaker>();
        services.AddSingleton<ArticleSearch>();
        services.AddSingleton<ISearchEngine>(sp => sp.GetRequiredService<ArticleSearch>());
        services.AddSingleton<CoverageSearch>();
        services.AddSingleton<SearchExporter>();
        services.AddSingleton<ISearchExporter>(sp => sp.GetRequiredService<SearchExporter>());
        services.AddSingleton<Trends.TrendCounter>();
        services.AddSingleton<Trends.ITrendCounter>(sp => sp.GetRequiredService<Trends.TrendCounter>());
        services.AddSingleton<QueryMarks>();
        services.AddSingleton<PermalinkResolver>();
        services.AddSingleton<IPageSegmenter, NewspaperPageSegmenter>();
        services.AddSingleton<IngestionProgress>();
        services.AddSingleton<OperatorWarnings>();
        services.AddSingleton<FileProblemWarnings>();
        services.AddSingleton<UnreadableEntries>();
        services.AddSingleton<IndexReadFailures>();
        services.AddSingleton(sp => new CorrectionStore(sp.GetRequiredService<ArchiveCoreSettings>().CorrectionsPath));
        services.AddSingleton<CorrectionFits>();
        services.AddSingleton<PageCorrector>();
        services.AddSingleton<CorrectionChanges>();
        services.AddSingleton<PageIngestor>();
        services.AddSingleton<PageLoader>();
        services.AddSingleton<DeletionGuard>();
        services.AddSingleton<InboxSynchronizer>();
        return services;
    }
}
