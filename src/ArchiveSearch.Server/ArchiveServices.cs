using ArchiveSearch.Index.Composition;
using ArchiveSearch.Index.Store;
using ArchiveSearch.Archive.Pages;
using ArchiveSearch.Server.Configuration;
using ArchiveSearch.Server.Indexing;
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
        // The old section name first, so a setting under the new one wins when both are given.
        services.AddOptions<CoverageOptions>()
            .Bind(configuration.GetSection(CoverageOptions.AliasSection))
            .Bind(configuration.GetSection(CoverageOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<PageReindexQueue>();
        services.AddSingleton<Corrections.CorrectionService>();
        services.AddArchiveCore(sp => sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.ToCoreSettings());
        services.AddOptions<SearchOptions>()
            .Bind(configuration.GetSection(SearchOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SearchOptions>, SearchOptionsValidator>();
        // The engine comes from the validated options, read when searches or the writer first need it.
        services.AddClusterSearch(sp => sp.GetRequiredService<IOptions<SearchOptions>>().Value is { Engine: SearchEngineKind.Elasticsearch } search
            ? search.ToClusterSettings()
            : null);
        services.AddSingleton<ArchiveSearch.Index.Papers.PaperDirectory>();
        services.AddSingleton<IndexWriteFailure>();
        services.AddSingleton<IndexingHealth>();
        services.AddSingleton<Feeds.FeedValidators>();
        services.AddSingleton<Problems.ChineseProblemTexts>();
        services.AddHostedService<InboxIndexingWorker>();

        services.AddHealthChecks().AddCheck<IndexReadyHealthCheck>("index", tags: ["ready"]);
        return services;
    }
}
